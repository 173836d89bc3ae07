import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const sample = template.examples?.[0]?.expected as { [field: string]: unknown }

// The shared suite; validate.test.ts holds the warnings (which the suite cannot require).
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    { name: 'a number for the fare', data: { ...sample, fare: 36 }, path: '/fare', by: 'schema' },
    {
      name: 'a missing plate',
      data: { ...sample, plate_number: undefined },
      path: '/plate_number',
      by: 'schema',
    },
    { name: 'an unknown field', data: { ...sample, waiting_time: '00:03:15' }, path: '', by: 'schema' },
    {
      name: 'an 11-digit invoice code',
      data: { ...sample, invoice_code: '11100168100' },
      path: '/invoice_code',
      by: 'validate',
    },
    {
      name: 'a 9-digit invoice number',
      data: { ...sample, invoice_number: '326571080' },
      path: '/invoice_number',
      by: 'validate',
    },
    {
      name: 'a drop-off an hour before pick-up',
      data: { ...sample, drop_off_time: '07:12' },
      path: '/drop_off_time',
      by: 'validate',
    },
    {
      name: 'a pick-up at 24:10',
      data: { ...sample, pick_up_time: '24:10' },
      path: '/pick_up_time',
      by: 'validate',
    },
    { name: 'February 30th', data: { ...sample, date: '2024-02-30' }, path: '/date', by: 'validate' },
    {
      name: 'a distance with its unit',
      data: { ...sample, distance: '12.6km' },
      path: '/distance',
      by: 'validate',
    },
  ],
})

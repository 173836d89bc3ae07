import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const sample = template.examples?.[0]?.expected as { [field: string]: unknown }

// The shared suite; this package's other tests hold only what is special about vehicle licences.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a date as a number',
      data: { ...sample, register_date: 20160520 },
      path: '/register_date',
      by: 'schema',
    },
    { name: 'a missing VIN', data: { ...sample, vin: undefined }, path: '/vin', by: 'schema' },
    { name: 'an unknown field', data: { ...sample, color: '白' }, path: '', by: 'schema' },
    {
      name: 'a VIN with a wrong check digit',
      data: { ...sample, vin: 'LSVAM4187C2184758' },
      path: '/vin',
      by: 'validate',
    },
    {
      name: 'a VIN with an O for a 0',
      data: { ...sample, vin: 'LSVAM4188C218475O' },
      path: '/vin',
      by: 'validate',
    },
    {
      name: 'a 16-character VIN',
      data: { ...sample, vin: 'LSVAM4188C218475' },
      path: '/vin',
      by: 'validate',
    },
    {
      name: 'a plate without its province',
      data: { ...sample, plate_number: 'N8K2L6' },
      path: '/plate_number',
      by: 'validate',
    },
    {
      name: 'a plate one character short',
      data: { ...sample, plate_number: '京N8K2L' },
      path: '/plate_number',
      by: 'validate',
    },
    {
      name: 'a register date that is no real date',
      data: { ...sample, register_date: '2016-02-30' },
      path: '/register_date',
      by: 'validate',
    },
    {
      name: 'an issue date that is no real date',
      data: { ...sample, issue_date: '2016-13-20' },
      path: '/issue_date',
      by: 'validate',
    },
    {
      name: 'an issue date before registration',
      data: { ...sample, issue_date: '2015-05-20' },
      path: '/issue_date',
      by: 'validate',
    },
  ],
})

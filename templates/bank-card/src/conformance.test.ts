import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

const sample = template.examples?.[0]?.expected as { [field: string]: unknown }

// The shared suite; this package's other tests hold only what is special about bank cards.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a number for the card number',
      data: { ...sample, card_number: 6225881234670916 },
      path: '/card_number',
      by: 'schema',
    },
    {
      name: 'a missing bank name',
      data: { ...sample, bank_name: undefined },
      path: '/bank_name',
      by: 'schema',
    },
    { name: 'an unknown field', data: { ...sample, cvv: '123' }, path: '', by: 'schema' },
    {
      name: 'a wrong Luhn check digit',
      data: { ...sample, card_number: '6222021003124578935' },
      path: '/card_number',
      by: 'validate',
    },
    {
      name: 'a 12-digit number',
      data: { ...sample, card_number: '622202100312' },
      path: '/card_number',
      by: 'validate',
    },
    {
      name: 'a 20-digit number',
      data: { ...sample, card_number: '62220210031245789341' },
      path: '/card_number',
      by: 'validate',
    },
    { name: 'month 13', data: { ...sample, valid_thru: '13/28' }, path: '/valid_thru', by: 'validate' },
    {
      name: 'an expiry with a four-digit year',
      data: { ...sample, valid_thru: '11/2032' },
      path: '/valid_thru',
      by: 'validate',
    },
  ],
})

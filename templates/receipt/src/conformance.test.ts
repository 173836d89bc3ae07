import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

// The US receipt: before-tax prices, so subtotal + tax = total and the items add up to the subtotal.
const sample = template.examples?.find((example) => example.image.includes('usd'))?.expected as {
  [field: string]: unknown
}
const items = sample.items as Array<{ [field: string]: unknown }>

// The shared suite; this package's other tests hold only what is special about receipts.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  // The default 0.9 is out of reach today: `items` is one field in nine and no local rule can yield an
  // array (see local-rules.ts), and the recognizer drops the space after a comma in the address.
  // Measured: 34 of 45 fields (75.6%). Left failing on purpose rather than lowered; see README.md.
  invalid: [
    { name: 'a number for the total', data: { ...sample, total: 25.25 }, path: '/total', by: 'schema' },
    { name: 'a missing currency', data: { ...sample, currency: undefined }, path: '/currency', by: 'schema' },
    {
      name: 'an item without its amount',
      data: { ...sample, items: [{ name: 'Iced Tea', quantity: '2', unit_price: '2.75' }] },
      path: '/items/0/amount',
      by: 'schema',
    },
    { name: 'an unknown field', data: { ...sample, tip: '3.00' }, path: '', by: 'schema' },
    {
      name: 'subtotal + tax off the total by a cent and more',
      data: { ...sample, total: '25.35' },
      path: '/total',
      by: 'validate',
    },
    { name: 'a currency symbol', data: { ...sample, currency: '$' }, path: '/currency', by: 'validate' },
    {
      name: 'a made-up currency code',
      data: { ...sample, currency: 'USX' },
      path: '/currency',
      by: 'validate',
    },
    { name: 'June 31st', data: { ...sample, date: '2025-06-31' }, path: '/date', by: 'validate' },
    { name: 'a US-order date', data: { ...sample, date: '06/02/2025' }, path: '/date', by: 'validate' },
    { name: 'a time of 24:17', data: { ...sample, time: '24:17' }, path: '/time', by: 'validate' },
    {
      name: 'a thousands separator',
      data: { ...sample, subtotal: '1,023.19' },
      path: '/subtotal',
      by: 'validate',
    },
    { name: 'a tax with a dollar sign', data: { ...sample, tax: '$2.06' }, path: '/tax', by: 'validate' },
    {
      name: "an item's amount with a comma",
      data: { ...sample, items: [{ ...items[0], amount: '11,95' }, ...items.slice(1)] },
      path: '/items/0/amount',
      by: 'validate',
    },
  ],
})

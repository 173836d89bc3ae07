import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

type Invoice = { [field: string]: unknown; items: Array<{ [field: string]: unknown }> }
const examples = (template.examples ?? []).map((example) => example.expected as Invoice)
// The Berlin invoice (19% on every line, no discount) and the London one (a 5% discount).
const berlin = examples[0] as Invoice
const london = examples[1] as Invoice
const withItem = (invoice: Invoice, index: number, change: { [field: string]: unknown }): Invoice => ({
  ...invoice,
  items: invoice.items.map((item, at) => (at === index ? { ...item, ...change } : item)),
})

// The shared suite; validate.test.ts and internal/*.test.ts hold the warnings and the checksums.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    { name: 'a number for the total', data: { ...berlin, total: 1762.99 }, path: '/total', by: 'schema' },
    { name: 'a missing currency', data: { ...berlin, currency: undefined }, path: '/currency', by: 'schema' },
    { name: 'an unknown field', data: { ...berlin, shipping_address: 'Hamburg' }, path: '', by: 'schema' },
    {
      name: 'a line without its amount',
      data: withItem(berlin, 0, { amount: undefined }),
      path: '/items/0/amount',
      by: 'schema',
    },
    {
      name: 'a total 0.01 off subtotal + tax',
      data: { ...berlin, total: '1763.00', amount_due: '1763.00' },
      path: '/total',
      by: 'validate',
    },
    {
      name: 'a total that forgets the discount',
      data: { ...london, total: '3400.42', amount_due: '3400.42' },
      path: '/total',
      by: 'validate',
    },
    {
      name: 'lines that do not add up to the subtotal',
      data: { ...london, items: london.items.slice(0, 2) },
      path: '/items',
      by: 'validate',
    },
    {
      name: 'an IBAN with one digit misread',
      data: { ...berlin, iban: 'DE76100900002847119008' },
      path: '/iban',
      by: 'validate',
    },
    {
      name: 'an IBAN a digit short',
      data: { ...london, iban: 'GB29NWBK6016133192681' },
      path: '/iban',
      by: 'validate',
    },
    {
      name: 'a made-up currency code',
      data: { ...berlin, currency: 'EUX' },
      path: '/currency',
      by: 'validate',
    },
    { name: 'a currency symbol', data: { ...london, currency: '£' }, path: '/currency', by: 'validate' },
    {
      name: 'February 30th',
      data: { ...berlin, invoice_date: '2025-02-30' },
      path: '/invoice_date',
      by: 'validate',
    },
    {
      name: 'a US-order due date',
      data: { ...berlin, due_date: '04/13/2025' },
      path: '/due_date',
      by: 'validate',
    },
    {
      name: 'a due date before the invoice date',
      data: { ...berlin, due_date: '2025-02-12' },
      path: '/due_date',
      by: 'validate',
    },
    {
      name: 'a subtotal with a thousands separator',
      data: { ...berlin, subtotal: '1,481.50' },
      path: '/subtotal',
      by: 'validate',
    },
    {
      name: 'a total tax with a euro sign',
      data: { ...berlin, total_tax: '€281.49' },
      path: '/total_tax',
      by: 'validate',
    },
    {
      name: "a line's unit price with a decimal comma",
      data: withItem(berlin, 2, { unit_price: '18,50' }),
      path: '/items/2/unit_price',
      by: 'validate',
    },
    {
      name: 'a tax rate without its percent sign',
      data: withItem(berlin, 1, { tax_rate: '19' }),
      path: '/items/1/tax_rate',
      by: 'validate',
    },
  ],
})

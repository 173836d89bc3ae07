import { fileURLToPath } from 'node:url'
import { testTemplate } from '@tiqu/testing'
import template from './index.js'

type Invoice = { [field: string]: unknown; items: Array<{ [field: string]: unknown }> }
const examples = (template.examples ?? []).map((example) => example.expected as Invoice)
// The paper special invoice (two lines, no check code) and the digital one (no code).
const paper = examples[0] as Invoice
const ordinary = examples[1] as Invoice
const digital = examples[3] as Invoice
const withItem = (invoice: Invoice, index: number, change: { [field: string]: unknown }): Invoice => ({
  ...invoice,
  items: invoice.items.map((item, at) => (at === index ? { ...item, ...change } : item)),
})

// The shared suite; this package's other tests hold only what is special about VAT invoices.
// The embedded engine leaves `items` null (see local-rules.ts), and the suite counts every expected
// field, so each fixture's `items` counts as a miss in the 90%.
testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  invalid: [
    {
      name: 'a number for the total',
      data: { ...paper, total_amount: 65720 },
      path: '/total_amount',
      by: 'schema',
    },
    { name: 'a missing drawer', data: { ...paper, drawer: undefined }, path: '/drawer', by: 'schema' },
    { name: 'an unknown field', data: { ...paper, machine_code: '499099831205' }, path: '', by: 'schema' },
    {
      name: 'a line without its tax',
      data: withItem(paper, 0, { tax: undefined }),
      path: '/items/0/tax',
      by: 'schema',
    },
    {
      name: 'a total 0.01 off the pre-tax amount plus tax',
      data: { ...paper, total_amount: '65720.01', total_amount_in_words: '陆万伍仟柒佰贰拾圆零壹分' },
      path: '/total_amount',
      by: 'validate',
    },
    {
      name: "a pre-tax amount that is not the sum of the lines' amounts",
      data: {
        ...paper,
        items: [paper.items[0]],
      },
      path: '/pre_tax_amount',
      by: 'validate',
    },
    {
      name: "a total tax that is not the sum of the lines' taxes",
      data: withItem(ordinary, 1, { tax: '47.77' }),
      path: '/total_tax',
      by: 'validate',
    },
    {
      name: "a line's tax that is not its amount × rate",
      data: withItem(paper, 1, { tax_rate: '13%' }),
      path: '/items/1/tax',
      by: 'validate',
    },
    {
      name: 'a 12% tax rate',
      data: withItem(ordinary, 2, { tax_rate: '12%' }),
      path: '/items/2/tax_rate',
      by: 'validate',
    },
    {
      name: 'an amount in words that differs from the figures',
      data: { ...paper, total_amount_in_words: '陆万伍仟柒佰贰拾伍圆整' },
      path: '/total_amount_in_words',
      by: 'validate',
    },
    {
      name: 'an amount in words that is not capital numerals',
      data: { ...paper, total_amount_in_words: '六万五千七百二十元整' },
      path: '/total_amount_in_words',
      by: 'validate',
    },
    {
      name: 'a 9-digit invoice code',
      data: { ...paper, invoice_code: '310023113' },
      path: '/invoice_code',
      by: 'validate',
    },
    {
      name: 'a 9-digit number with a code',
      data: { ...paper, invoice_number: '045183620' },
      path: '/invoice_number',
      by: 'validate',
    },
    {
      name: 'an 8-digit number on a digital invoice (no code)',
      data: { ...digital, invoice_number: '12345678' },
      path: '/invoice_number',
      by: 'validate',
    },
    {
      name: 'a 19-digit check code',
      data: { ...ordinary, check_code: '6102583917402561938' },
      path: '/check_code',
      by: 'validate',
    },
    {
      name: "a seller's USCC with a wrong check character",
      data: { ...paper, seller_tax_id: '91330106MA27Y8QW46' },
      path: '/seller_tax_id',
      by: 'validate',
    },
    {
      name: "a buyer's tax ID with a letter O",
      data: { ...paper, buyer_tax_id: '91310115MA1K3B5LO1' },
      path: '/buyer_tax_id',
      by: 'validate',
    },
    {
      name: 'February 30th',
      data: { ...paper, issue_date: '2023年02月30日' },
      path: '/issue_date',
      by: 'validate',
    },
    {
      name: 'a date with dashes',
      data: { ...paper, issue_date: '2023-11-15' },
      path: '/issue_date',
      by: 'validate',
    },
    {
      name: 'a total tax that is not an amount',
      data: { ...paper, total_tax: '3720.0.0' },
      path: '/total_tax',
      by: 'validate',
    },
  ],
})

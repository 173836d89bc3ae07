import { expect, it } from 'vitest'
import template from './index.js'
import { validate } from './validate.js'

type Invoice = { [field: string]: unknown; items: Array<{ [field: string]: unknown }> }
const examples = (template.examples ?? []).map((example) => example.expected as Invoice)
const paper = examples[0] as Invoice
const digital = examples[3] as Invoice
const issues = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)

it('finds nothing wrong with any fixture, nor with absent values', () => {
  for (const example of examples) expect(validate(example)).toEqual([])
  expect(validate(Object.fromEntries(Object.keys(paper).map((field) => [field, null])))).toEqual([])
})

it('skips arithmetic over a value holding ?', () => {
  expect(issues({ ...paper, total_amount: '657?0.00' })).toEqual([])
  expect(issues({ ...paper, total_amount_in_words: '陆万伍仟柒佰贰?圆整' })).toEqual([])
})

it('checks a 0.01 difference in either direction, and names both figures', () => {
  const [issue] = validate({ ...paper, total_tax: '3719.99', items: null })
  expect(issue).toMatchObject({ path: '/total_amount', severity: 'error' })
  expect(issue?.message).toContain('65719.99')
})

it('accepts an individual buyer identified by a resident ID number', () => {
  expect(issues({ ...digital, buyer_tax_id: '11010519491231002X' })).toEqual([])
})

it('only warns about a legacy 15-character taxpayer ID', () => {
  expect(issues({ ...paper, buyer_tax_id: '310115552993944' })).toEqual(['warning /buyer_tax_id'])
})

it('only warns about a former tax rate, and checks the tax against it', () => {
  const old = {
    ...paper,
    items: [{ ...paper.items[0], unit_price: '62000.00', amount: '62000.00', tax: '3720.00' }],
  }
  expect(issues(old)).toEqual([])
  const seventeen = { ...old, items: [{ ...old.items[0], tax_rate: '17%' }] }
  expect(issues(seventeen)).toEqual(['warning /items/0/tax_rate', 'error /items/0/tax'])
})

it('allows the tax system’s 0.06 per line, not more', () => {
  const withTax = (tax: string) => ({ ...paper.items[1], tax })
  expect(issues({ ...paper, total_tax: null, items: [paper.items[0], withTax('720.06')] })).toEqual([])
  expect(issues({ ...paper, total_tax: null, items: [paper.items[0], withTax('720.07')] })).toEqual([
    'error /items/1/tax',
  ])
})

it('accepts tax-exempt lines printed with *** for the tax', () => {
  const exempt = {
    ...paper,
    items: [{ ...paper.items[0], amount: '62000.00', tax_rate: '免税', tax: '***' }],
    total_tax: '0.00',
    total_amount: '62000.00',
    total_amount_in_words: '陆万贰仟圆整',
  }
  expect(issues(exempt)).toEqual([])
})

it('warns when quantity × unit price is not the amount', () => {
  const wrongPrice = { ...paper, items: [{ ...paper.items[0], unit_price: '50001.00' }, paper.items[1]] }
  expect(issues(wrongPrice)).toEqual(['warning /items/0/amount'])
})

it('warns, and still computes, when an amount keeps its ¥ or thousands separators', () => {
  expect(issues({ ...paper, total_amount: '¥65,720.00' })).toEqual(['warning /total_amount'])
  expect(issues({ ...paper, total_amount: '¥65,720.01' })).toContain('error /total_amount')
})

it('handles a red-letter (negative) invoice', () => {
  const red = {
    ...digital,
    items: [{ ...digital.items[0], quantity: '-1', amount: '-18867.92', tax: '-1132.08' }],
    pre_tax_amount: '-18867.92',
    total_tax: '-1132.08',
    total_amount: '-20000.00',
    total_amount_in_words: '负贰万圆整',
  }
  expect(issues(red)).toEqual([])
  expect(issues({ ...red, total_amount_in_words: '贰万圆整' })).toEqual(['error /total_amount_in_words'])
})

it('refuses a code on an invoice with a 20-digit number', () => {
  expect(issues({ ...digital, invoice_code: '3100231130' })).toEqual(['error /invoice_number'])
})

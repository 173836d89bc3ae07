import { describe, expect, it } from 'vitest'
import { validate } from './validate.js'

const receipt = {
  merchant_name: "Lucky's Deli & Grocery",
  merchant_address: '388 Amsterdam Ave, New York NY 10024',
  date: '2025-06-02',
  time: '13:17:05',
  total: '25.25',
  currency: 'USD',
  subtotal: '23.19',
  tax: '2.06',
  items: [
    { name: 'Turkey Club Sandwich', quantity: '1', unit_price: '11.95', amount: '11.95' },
    { name: 'Iced Tea', quantity: '2', unit_price: '2.75', amount: '5.50' },
    { name: 'Potato Chips', quantity: '1', unit_price: '1.99', amount: '1.99' },
    { name: 'Chocolate Cookie', quantity: '3', unit_price: '1.25', amount: '3.75' },
  ],
}

const at = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)

describe('validate', () => {
  it('accepts a consistent receipt', () => {
    expect(validate(receipt)).toEqual([])
  })

  it('holds subtotal + tax = total to the cent, only when all three are there', () => {
    expect(at({ ...receipt, total: '25.26' })).toEqual([])
    expect(at({ ...receipt, total: '25.27' })).toEqual(['error /total'])
    // Without a subtotal the items are held against the total instead, which only warns.
    expect(at({ ...receipt, total: '25.27', subtotal: null })).toEqual(['warning /items'])
    expect(at({ ...receipt, total: '25.27', tax: '2.0?' })).toEqual([])
  })

  it('warns when the items do not add up to the subtotal, or to the total of a tax-inclusive receipt', () => {
    const [first, ...rest] = receipt.items
    expect(at({ ...receipt, items: rest })).toEqual(['warning /items'])
    // Prices with tax included: no subtotal printed, the items make the total.
    expect(at({ ...receipt, subtotal: null, tax: '1.73', total: '23.19' })).toEqual([])
    expect(at({ ...receipt, subtotal: '21.46', tax: '1.73', total: '23.19' })).toEqual([])
    expect(at({ ...receipt, subtotal: null, tax: '1.73', total: '23.20' })).toEqual([])
    expect(at({ ...receipt, subtotal: null, tax: '1.73', total: '23.25' })).toEqual(['warning /items'])
    expect(at({ ...receipt, items: [{ ...first, amount: null }, ...rest] })).toEqual([])
  })

  it("warns when a line's quantity × unit price is not its amount", () => {
    const [first, second, ...rest] = receipt.items
    expect(at({ ...receipt, items: [first, { ...second, amount: '5.60' }, ...rest] })).toEqual([
      'warning /items/1/amount',
      'warning /items',
    ])
    // Weighed goods: 0.846 kg × 1.99 = 1.68354, printed 1.68.
    const bananas = { name: 'Bananas kg', quantity: '0.846', unit_price: '1.99', amount: '1.68' }
    expect(at({ ...receipt, subtotal: null, tax: null, total: '1.68', items: [bananas] })).toEqual([])
  })

  it('reads dates as ISO 8601 days of the calendar', () => {
    expect(at({ ...receipt, date: '2024-02-29' })).toEqual([])
    expect(at({ ...receipt, date: '2025-02-29' })).toEqual(['error /date'])
    expect(at({ ...receipt, date: '02/06/2025' })).toEqual(['error /date'])
    expect(at({ ...receipt, date: '2025-0?-02' })).toEqual([])
  })

  it('reads times of day', () => {
    expect(at({ ...receipt, time: '23:59' })).toEqual([])
    expect(at({ ...receipt, time: '24:00' })).toEqual(['error /time'])
    expect(at({ ...receipt, time: '12:60' })).toEqual(['error /time'])
    expect(at({ ...receipt, time: '1:17 PM' })).toEqual(['error /time'])
  })

  it('knows ISO 4217 codes', () => {
    for (const code of ['EUR', 'GBP', 'JPY', 'SGD', 'CNY', 'ZWG'])
      expect(at({ ...receipt, currency: code })).toEqual([])
    for (const code of ['$', 'usd', 'EURO', 'XYZ', 'RMB']) {
      expect(at({ ...receipt, currency: code }), code).toEqual(['error /currency'])
    }
  })

  it("refuses amounts not in the schema's form", () => {
    expect(at({ ...receipt, tax: '2,06' })).toEqual(['error /tax'])
    expect(at({ ...receipt, subtotal: '$23.19' })).toEqual(['error /subtotal'])
  })

  it('leaves values of the wrong type to the schema', () => {
    expect(validate({ ...receipt, total: 25.25, items: 'four' })).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { validate } from './validate.js'

// The Berlin invoice of the fixtures: 19% VAT on every line, no discount.
const invoice = {
  invoice_number: 'NWD-2025-0417',
  invoice_date: '2025-03-14',
  due_date: '2025-04-13',
  purchase_order: 'PO-77120',
  vendor_name: 'Northwind Data GmbH',
  vendor_address: 'Torstrasse 109, 10119 Berlin, Germany',
  vendor_tax_id: 'DE281447193',
  customer_name: 'Hafenkontor Logistik AG',
  customer_address: 'Am Sandtorkai 41, 20457 Hamburg, Germany',
  currency: 'EUR',
  items: [
    {
      description: 'Data pipeline consulting',
      quantity: '12',
      unit_price: '95.00',
      tax_rate: '19%',
      amount: '1140.00',
    },
    {
      description: 'Cloud hosting, March',
      quantity: '1',
      unit_price: '249.00',
      tax_rate: '19%',
      amount: '249.00',
    },
    {
      description: 'Dashboard licence',
      quantity: '5',
      unit_price: '18.50',
      tax_rate: '19%',
      amount: '92.50',
    },
  ],
  subtotal: '1481.50',
  discount: null,
  total_tax: '281.49',
  total: '1762.99',
  amount_due: '1762.99',
  payment_terms: 'Net 30 days',
  iban: 'DE76100900002847119000',
}
// The London one: a 5% discount before 20% VAT, lines without a rate.
const discounted = {
  ...invoice,
  items: [
    {
      description: 'Brand identity design',
      quantity: '1',
      unit_price: '1800.00',
      tax_rate: null,
      amount: '1800.00',
    },
    {
      description: 'Website illustrations',
      quantity: '6',
      unit_price: '120.00',
      tax_rate: null,
      amount: '720.00',
    },
    {
      description: 'Print-ready brochure',
      quantity: '250',
      unit_price: '1.35',
      tax_rate: null,
      amount: '337.50',
    },
  ],
  subtotal: '2857.50',
  discount: '142.88',
  total_tax: '542.92',
  total: '3257.54',
  amount_due: '3257.54',
}

const at = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)

describe('validate', () => {
  it('accepts consistent invoices', () => {
    expect(validate(invoice)).toEqual([])
    expect(validate(discounted)).toEqual([])
  })

  it('holds subtotal − discount + tax = total to the cent', () => {
    expect(at({ ...invoice, total: '1763.00', amount_due: '1763.00' })).toEqual(['error /total'])
    expect(at({ ...discounted, total: '3257.53', amount_due: '3257.53' })).toEqual(['error /total'])
    // A discount returned as printed, with its minus sign, is still taken off.
    expect(at({ ...discounted, discount: '-142.88' })).toEqual([])
    // No tax printed: the total is the subtotal less the discount.
    expect(at({ ...discounted, total_tax: null, total: '2714.62', amount_due: '2714.62' })).toEqual([])
    // An unreadable amount leaves the sum unchecked.
    expect(at({ ...invoice, total_tax: '28?.49', total: '1763.00', amount_due: '1763.00' })).toEqual([])
  })

  it('wants the lines to add up to the subtotal', () => {
    expect(at({ ...invoice, items: invoice.items.slice(1) })).toEqual(['error /items', 'warning /total_tax'])
    expect(at({ ...discounted, items: discounted.items.slice(0, 2) })).toEqual(['error /items'])
    expect(at({ ...discounted, subtotal: null, total: null })).toEqual([])
  })

  it("warns when a line's quantity × unit price is not its amount", () => {
    const [first, ...rest] = discounted.items
    expect(at({ ...discounted, items: [{ ...first, quantity: '2' }, ...rest] })).toEqual([
      'warning /items/0/amount',
    ])
    // Hours at a unit price with more decimals, rounded to the cent.
    const hours = {
      description: 'Support',
      quantity: '7.5',
      unit_price: '84.333',
      tax_rate: null,
      amount: '632.50',
    }
    expect(at({ ...discounted, items: [hours], subtotal: null })).toEqual([])
    expect(at({ ...discounted, items: [{ ...first, quantity: '1 h' }, ...rest] })).toEqual([
      'warning /items/0/quantity',
    ])
  })

  it("warns when the lines' tax rates do not give the total tax", () => {
    const [first, ...rest] = invoice.items
    expect(at({ ...invoice, items: [{ ...first, tax_rate: '7%' }, ...rest] })).toEqual(['warning /total_tax'])
    expect(at({ ...invoice, items: [{ ...first, tax_rate: '19 %' }, ...rest] })).toEqual([
      'error /items/0/tax_rate',
    ])
  })

  it('reads dates as ISO 8601 days, the due date not before the invoice date', () => {
    expect(at({ ...invoice, invoice_date: '2024-02-29', due_date: '2024-03-30' })).toEqual([])
    expect(at({ ...invoice, invoice_date: '2025-02-29' })).toEqual(['error /invoice_date'])
    expect(at({ ...invoice, due_date: '04/13/2025' })).toEqual(['error /due_date'])
    expect(at({ ...invoice, due_date: '2025-03-13' })).toEqual(['error /due_date'])
    expect(at({ ...invoice, due_date: '2025-03-14' })).toEqual([])
    expect(at({ ...invoice, due_date: null })).toEqual([])
  })

  it('checks the IBAN and, by its form only, the VAT number', () => {
    expect(at({ ...invoice, iban: 'DE76100900002847119001' })).toEqual(['error /iban'])
    expect(at({ ...invoice, iban: 'DE76 1009 0000 2847 1190 00' })).toEqual(['error /iban'])
    expect(at({ ...invoice, iban: null })).toEqual([])
    expect(at({ ...invoice, vendor_tax_id: 'DE28144719' })).toEqual(['warning /vendor_tax_id'])
    expect(at({ ...invoice, vendor_tax_id: '84-2917365' })).toEqual([])
  })

  it('knows ISO 4217 codes', () => {
    for (const code of ['GBP', 'USD', 'CHF', 'SEK', 'JPY'])
      expect(at({ ...invoice, currency: code })).toEqual([])
    for (const code of ['€', 'eur', 'EURO', 'XYZ']) {
      expect(at({ ...invoice, currency: code }), code).toEqual(['error /currency'])
    }
  })

  it("refuses amounts not in the schema's form, and warns when more is due than the total", () => {
    expect(at({ ...invoice, subtotal: '1,481.50' })).toEqual(['error /subtotal'])
    expect(at({ ...invoice, total: '€1762.99' })).toEqual(['error /total'])
    expect(at({ ...invoice, amount_due: '1762,99' })).toEqual(['error /amount_due'])
    expect(at({ ...invoice, amount_due: '1246.45' })).toEqual([])
    expect(at({ ...invoice, amount_due: '1862.99' })).toEqual(['warning /amount_due'])
  })

  it('leaves values of the wrong type to the schema', () => {
    expect(validate({ ...invoice, total: 1762.99, items: 'three', iban: 42 })).toEqual([])
  })
})

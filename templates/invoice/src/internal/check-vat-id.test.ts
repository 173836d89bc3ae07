import { describe, expect, it } from 'vitest'
import { checkVatId } from './check-vat-id.js'

describe('checkVatId', () => {
  it("accepts each country's form", () => {
    for (const id of [
      'DE281447193',
      'GB318447126',
      'FRK7399859412',
      'NL859048372B01',
      'SE556677889901',
      'ATU13585627',
      'ESB12345678',
      'IE6388047V',
      'CHE-284.615.929',
      'CHE284615929',
    ]) {
      expect(checkVatId(id), id).toBeUndefined()
    }
  })

  it('catches a digit missing or extra, and a letter for a digit', () => {
    expect(checkVatId('DE28144719')).toMatch(/DE VAT number/)
    expect(checkVatId('GB3184471260')).toMatch(/GB VAT number/)
    expect(checkVatId('SE556677889902')).toMatch(/SE VAT number/)
    expect(checkVatId('NL859048372801')).toMatch(/NL VAT number/)
    expect(checkVatId('CHE-284.615.92')).toMatch(/CHE VAT number/)
  })

  it('leaves numbers without a known country prefix alone', () => {
    for (const id of ['84-2917365', '51824753556', 'GR094014201', 'US123']) {
      expect(checkVatId(id), id).toBeUndefined()
    }
  })
})

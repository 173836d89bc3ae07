import { describe, expect, it } from 'vitest'
import { checkIban } from './check-iban.js'

describe('checkIban', () => {
  it("accepts the registry's example IBANs", () => {
    for (const iban of [
      'DE89370400440532013000',
      'GB29NWBK60161331926819',
      'FR1420041010050500013M02606',
      'CH9300762011623852957',
      'NL91ABNA0417164300',
      'NO9386011117947',
      'MT84MALT011000012345MTLCAST001S',
    ]) {
      expect(checkIban(iban), iban).toBeUndefined()
    }
  })

  it('catches one misread character and a swap of two', () => {
    expect(checkIban('DE89370400440532013001')).toMatch(/check digits/)
    expect(checkIban('DE89370400440532031000')).toMatch(/check digits/)
    expect(checkIban('GB29NWBK60161331926818')).toMatch(/check digits/)
  })

  it("knows each country's length", () => {
    expect(checkIban('DE8937040044053201300')).toMatch(/21 characters, but an IBAN from DE has 22/)
    // A country missing from the table is held to the general form and the check digits only.
    expect(checkIban('ZZ80539007547034')).toBeUndefined()
    expect(checkIban('ZZ81539007547034')).toMatch(/check digits/)
  })

  it('refuses what is not in electronic form', () => {
    expect(checkIban('DE89 3704 0044 0532 0130 00')).toMatch(/spaces/)
    expect(checkIban('de89370400440532013000')).toMatch(/not in IBAN form/)
    expect(checkIban('DE8X370400440532013000')).toMatch(/not in IBAN form/)
    expect(checkIban('DE89')).toMatch(/not in IBAN form/)
  })
})

import { describe, expect, it } from 'vitest'
import { validate } from './validate.js'

// ICAO 9303 Part 4's specimen passport, exactly as the standard prints it (expiry 2012).
const specimen = {
  surname: 'ERIKSSON',
  given_names: 'ANNA MARIA',
  nationality: 'UTO',
  date_of_birth: '12AUG1974',
  sex: 'F',
  passport_number: 'L898902C3',
  date_of_expiry: '15APR2012',
  issuing_country: 'UTO',
  mrz_line_1: 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  mrz_line_2: 'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
}

const at = (data: { [field: string]: unknown }) =>
  validate(data).map((issue) => `${issue.severity} ${issue.path}`)
const replaceAt = (line: string, index: number, character: string) =>
  line.slice(0, index) + character + line.slice(index + 1)

describe('validate', () => {
  it("accepts ICAO's specimen", () => {
    expect(validate(specimen)).toEqual([])
  })

  it('finds a misread character through the check digits', () => {
    // The document number's 'C' read as 'G': its check digit and the composite's both fail.
    const misread = replaceAt(specimen.mrz_line_2, 6, 'G')
    expect(validate({ ...specimen, mrz_line_2: misread }).map((issue) => issue.message)).toEqual([
      expect.stringContaining('document number'),
      expect.stringContaining('composite'),
    ])
    expect(at({ ...specimen, mrz_line_2: replaceAt(specimen.mrz_line_2, 30, 'F') })).toEqual([
      'error /mrz_line_2',
      'error /mrz_line_2',
    ])
  })

  it("accepts '<' as the check digit of empty optional data", () => {
    const line2 = '5334018725GBR8811031M3306219<<<<<<<<<<<<<<<2'
    const data = {
      ...specimen,
      surname: 'HARGREAVES',
      given_names: 'OLIVER JAMES',
      nationality: 'GBR',
      issuing_country: 'GBR',
      date_of_birth: '03 NOV 1988',
      sex: 'M',
      passport_number: '533401872',
      date_of_expiry: '21.06.2033',
      mrz_line_1: 'P<GBRHARGREAVES<<OLIVER<JAMES<<<<<<<<<<<<<<<',
      mrz_line_2: line2,
    }
    expect(validate(data)).toEqual([])
  })

  it('compares the visual fields with the MRZ', () => {
    expect(at({ ...specimen, passport_number: 'L898902C5' })).toEqual(['error /passport_number'])
    expect(at({ ...specimen, date_of_birth: '13AUG1974' })).toEqual(['error /date_of_birth'])
    expect(at({ ...specimen, sex: 'M' })).toEqual(['error /sex'])
    expect(at({ ...specimen, nationality: 'GBR' })).toEqual(['error /nationality'])
    // Names only warn: transliteration varies by State.
    expect(at({ ...specimen, surname: 'ERICSSON' })).toEqual(['warning /surname'])
    expect(at({ ...specimen, given_names: 'ANNA-MARIA' })).toEqual([])
  })

  it('skips comparisons with a line whose check digits fail, and uncertain values', () => {
    const broken = replaceAt(specimen.mrz_line_2, 43, '9')
    expect(at({ ...specimen, mrz_line_2: broken, sex: 'M' })).toEqual(['error /mrz_line_2'])
    expect(at({ ...specimen, mrz_line_2: replaceAt(specimen.mrz_line_2, 3, '?') })).toEqual([])
    expect(at({ ...specimen, passport_number: 'L8989?2C3' })).toEqual([])
  })

  it('checks the form of the lines, the dates and the sex', () => {
    expect(at({ ...specimen, mrz_line_1: specimen.mrz_line_1.replace('P<', 'I<') })).toEqual([
      'error /mrz_line_1',
    ])
    expect(at({ ...specimen, mrz_line_2: `${specimen.mrz_line_2} ` })).toEqual(['error /mrz_line_2'])
    expect(at({ ...specimen, date_of_expiry: '31APR2012' })).toEqual(['error /date_of_expiry'])
    expect(at({ ...specimen, date_of_expiry: 'APRIL 2012' })).toEqual(['warning /date_of_expiry'])
    expect(at({ ...specimen, sex: 'W' })).toEqual(['error /sex', 'error /sex'])
  })
})

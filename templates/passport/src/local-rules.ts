import type { LocalRules } from '@tiqu/core'

// A TD3 MRZ line: 44 characters of A–Z, 0–9 and the filler '<'. The recognizer sometimes breaks a
// line into pieces with spaces between, which remove-spaces joins again.
// Line 1 holds no digit (type, issuing State, name); line 2 has a digit in position 10, the document
// number's check digit, and ends in the composite check digit.
const line1 = '^\\s*(P[A-Z<](?:\\s*[A-Z<]){42})\\s*$'
const line2 = '^\\s*((?:[A-Z0-9<]\\s*){9}\\d\\s*(?:[A-Z0-9<]\\s*){33}\\d)\\s*$'
const name = "^\\s*([A-Z][A-Z' -]*[A-Z])\\s*$"
const date = '^\\s*(\\d{2}\\s*[A-Z]{3}\\s*\\d{4})\\s*$'
const below: 'below'[] = ['below']

/**
 * How the embedded engine reads a passport data page's OCR lines. The visual zone has a small
 * bilingual label over each value ('Surname / Nom', then the surname under it), so every visual field
 * is read below its label; the Code beside the type and the number beside it share the labels' row
 * layout. Nationality comes from MRZ line 2 (positions 11–13), since the visual zone spells it as a
 * word ('BRITISH CITIZEN') and the schema wants the code. The MRZ lines are read whole.
 */
export const localRules: LocalRules = {
  fields: {
    surname: { label: '^\\s*Surname\\b', where: below, pattern: name },
    given_names: { label: '^\\s*Given\\s*names?\\b', where: below, pattern: name },
    nationality: {
      pattern: '^\\s*(?:[A-Z0-9<]\\s*){9}\\d\\s*(?=[A-Z<]{3}\\d{7}[MFX<])([A-Z]{1,3})',
      sameRowAs: line2,
    },
    date_of_birth: {
      label: '^\\s*Date\\s*of\\s*birth\\b',
      where: below,
      pattern: date,
      transforms: ['remove-spaces'],
    },
    sex: { label: '^\\s*Sex\\b', where: below, pattern: '^\\s*([MFX])\\s*$' },
    passport_number: {
      label: '^\\s*Passport\\s*No\\b',
      where: below,
      pattern: '^\\s*([A-Z0-9]{6,9})\\s*$',
    },
    date_of_expiry: {
      label: '^\\s*Date\\s*of\\s*expiry\\b',
      where: below,
      pattern: date,
      transforms: ['remove-spaces'],
    },
    issuing_country: { label: '^\\s*Code\\b', where: below, pattern: '^\\s*([A-Z]{1,3})\\s*$' },
    mrz_line_1: { pattern: line1, transforms: ['remove-spaces'] },
    mrz_line_2: { pattern: line2, transforms: ['remove-spaces'] },
  },
}

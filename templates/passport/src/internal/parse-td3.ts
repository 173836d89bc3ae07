/** The fields of a TD3 (passport) machine-readable zone, sliced as ICAO 9303 Part 4 places them. */
export interface Td3 {
  documentType: string
  issuingState: string
  /** The name field of line 1 (positions 6–44), with its fillers. */
  name: string
  documentNumber: string
  documentNumberCheck: string
  nationality: string
  birthDate: string
  birthDateCheck: string
  sex: string
  expiryDate: string
  expiryDateCheck: string
  optionalData: string
  optionalDataCheck: string
  compositeCheck: string
  /** The characters the composite check digit covers (line 2, positions 1–10, 14–20 and 22–43). */
  composite: string
}

/** Slices the two lines of a TD3 MRZ; undefined when they are not two lines of 44 characters. */
export function parseTd3(line1: string, line2: string): Td3 | undefined {
  if (line1.length !== 44 || line2.length !== 44) return undefined
  return {
    documentType: line1.slice(0, 2),
    issuingState: line1.slice(2, 5),
    name: line1.slice(5),
    documentNumber: line2.slice(0, 9),
    documentNumberCheck: line2.slice(9, 10),
    nationality: line2.slice(10, 13),
    birthDate: line2.slice(13, 19),
    birthDateCheck: line2.slice(19, 20),
    sex: line2.slice(20, 21),
    expiryDate: line2.slice(21, 27),
    expiryDateCheck: line2.slice(27, 28),
    optionalData: line2.slice(28, 42),
    optionalDataCheck: line2.slice(42, 43),
    compositeCheck: line2.slice(43, 44),
    composite: line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43),
  }
}

/** A value with its fillers taken off the end: 'GBR' from 'GBR', 'D' from 'D<<'. */
export function withoutFiller(value: string): string {
  return value.replace(/<+$/u, '')
}

/**
 * The surname and given names of an MRZ name field: 'ERIKSSON<<ANNA<MARIA<<<' gives
 * { surname: 'ERIKSSON', givenNames: 'ANNA<MARIA' }, fillers between words kept.
 */
export function splitMrzName(name: string): { surname: string; givenNames: string } {
  const [surname = '', ...rest] = withoutFiller(name).split('<<')
  return { surname, givenNames: rest.join('<<') }
}

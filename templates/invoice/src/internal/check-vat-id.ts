/**
 * The form of a VAT number after its country prefix: the EU member states' formats as the VIES
 * service lists them (Greece prefixes EL, Northern Ireland XI), the UK's, Switzerland's UID (CHE) and
 * Norway's organisation number.
 */
const vatFormats: ReadonlyMap<string, RegExp> = new Map([
  ['AT', /^U\d{8}$/u],
  ['BE', /^[01]\d{9}$/u],
  ['BG', /^\d{9,10}$/u],
  ['CY', /^\d{8}[A-Z]$/u],
  ['CZ', /^\d{8,10}$/u],
  ['DE', /^\d{9}$/u],
  ['DK', /^\d{8}$/u],
  ['EE', /^\d{9}$/u],
  ['EL', /^\d{9}$/u],
  ['ES', /^[A-Z0-9]\d{7}[A-Z0-9]$/u],
  ['FI', /^\d{8}$/u],
  ['FR', /^[A-HJ-NP-Z0-9]{2}\d{9}$/u],
  ['HR', /^\d{11}$/u],
  ['HU', /^\d{8}$/u],
  ['IE', /^(?:\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W])$/u],
  ['IT', /^\d{11}$/u],
  ['LT', /^(?:\d{9}|\d{12})$/u],
  ['LU', /^\d{8}$/u],
  ['LV', /^\d{11}$/u],
  ['MT', /^\d{8}$/u],
  ['NL', /^\d{9}B\d{2}$/u],
  ['PL', /^\d{10}$/u],
  ['PT', /^\d{9}$/u],
  ['RO', /^\d{2,10}$/u],
  ['SE', /^\d{10}01$/u],
  ['SI', /^\d{8}$/u],
  ['SK', /^\d{10}$/u],
  ['GB', /^(?:\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/u],
  ['XI', /^(?:\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2})$/u],
  ['CHE', /^-?\d{3}\.?\d{3}\.?\d{3}$/u],
  ['NO', /^\d{9}$/u],
])

/**
 * What is wrong with a VAT number whose prefix names a country in the table above, or undefined when
 * its form fits (or it has no such prefix: a US EIN, an Australian ABN are left alone). Form only: the
 * national check digits are not computed.
 */
export function checkVatId(value: string): string | undefined {
  const prefix = value.startsWith('CHE') ? 'CHE' : value.slice(0, 2)
  const format = vatFormats.get(prefix)
  if (format === undefined || format.test(value.slice(prefix.length))) return undefined
  return `VAT number '${value}' does not have the form of a ${prefix} VAT number (e.g. ${example(prefix)}); a character may be misread, missing or extra.`
}

function example(prefix: string): string {
  const examples: { [prefix: string]: string } = {
    DE: "'DE123456789'",
    GB: "'GB123456789'",
    FR: "'FR12345678901'",
    NL: "'NL123456789B01'",
    SE: "'SE123456789001'",
    CHE: "'CHE-123.456.789'",
    AT: "'ATU12345678'",
  }
  return examples[prefix] ?? 'the VIES format of its country'
}

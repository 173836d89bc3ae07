/** The card schemes whose word marks appear on cards issued in China, and the number prefixes each uses (ISO/IEC 7812 IINs, bg). */
export const cardSchemes: Array<{ name: string; marks: string[]; prefixes: RegExp }> = [
  { name: 'UnionPay', marks: ['unionpay', '银联'], prefixes: /^(?:62|81)/u },
  { name: 'VISA', marks: ['visa'], prefixes: /^4/u },
  { name: 'Mastercard', marks: ['mastercard'], prefixes: /^(?:5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720))/u },
  { name: 'American Express', marks: ['american express', 'amex'], prefixes: /^3[47]/u },
  { name: 'JCB', marks: ['jcb'], prefixes: /^35(?:2[89]|[3-8])/u },
  { name: 'Discover', marks: ['discover'], prefixes: /^(?:6011|64[4-9]|65)/u },
]

/** The scheme a logo's word mark names, case and spaces aside; undefined when it names none known. */
export function schemeOfMark(mark: string): (typeof cardSchemes)[number] | undefined {
  const key = mark.trim().toLowerCase().replace(/\s+/gu, ' ')
  return cardSchemes.find((scheme) => scheme.marks.includes(key))
}

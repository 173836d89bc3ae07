/**
 * IBAN lengths by country, from the SWIFT IBAN registry (ISO 13616). A country not listed is checked
 * for the general form and the check digits only.
 */
const ibanLengths: ReadonlyMap<string, number> = new Map(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 ' +
    'DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 ' +
    'IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 ' +
    'MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SD18 SE24 SI19 SK24 ' +
    'SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
)

/**
 * What is wrong with an IBAN in electronic form (no spaces), or undefined when it is a valid one:
 * the form (country, two check digits, up to 30 letters and digits), the country's length, and the
 * ISO 7064 mod 97-10 check, which catches any one misread character and most swaps.
 */
export function checkIban(iban: string): string | undefined {
  if (/\s/u.test(iban)) {
    return `IBAN '${iban}' has spaces: write it in electronic form, without them (e.g. 'DE89370400440532013000').`
  }
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(iban)) {
    return `IBAN '${iban}' is not in IBAN form: two capital letters for the country, two check digits, then 11 to 30 capital letters and digits.`
  }
  const length = ibanLengths.get(iban.slice(0, 2))
  if (length !== undefined && iban.length !== length) {
    return `IBAN '${iban}' has ${iban.length} characters, but an IBAN from ${iban.slice(0, 2)} has ${length}; a character is missing or extra.`
  }
  if (mod97(`${iban.slice(4)}${iban.slice(0, 4)}`) !== 1) {
    return `IBAN '${iban}' fails its check digits (ISO 13616 mod 97): a character is misread; compare it with the invoice.`
  }
  return undefined
}

/** The remainder mod 97 of the number a letters-and-digits string stands for (A = 10 … Z = 35). */
function mod97(text: string): number {
  let remainder = 0
  for (const character of text) {
    const code = character.charCodeAt(0)
    const value = code >= 65 ? code - 55 : code - 48
    // Letters stand for two digits, digits for one; the remainder never leaves safe integers.
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97
  }
  return remainder
}

import { creditCodeCheckCharacter, residentIdCheckCharacter } from '@tiqu/core'

/** True for an 18-character unified social credit code whose check character is right. */
export function isUscc(value: string): boolean {
  return (
    /^[0-9A-HJ-NPQRTUW-Y]{18}$/u.test(value) && creditCodeCheckCharacter(value.slice(0, 17)) === value[17]
  )
}

/** True for an 18-character resident ID number with a right ISO 7064 MOD 11-2 check character. */
export function isResidentIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/u.test(value)) return false
  return residentIdCheckCharacter(value.slice(0, 17)) === value[17]
}

/** What a taxpayer identification number (纳税人识别号) is, judged by its form and check character. */
export type TaxpayerIdVerdict =
  /** An 18-character unified social credit code with a right check character. */
  | 'uscc'
  /** An individual's 18-character resident ID number (a natural person buying on a digital invoice). */
  | 'resident-id'
  /** 15, 17 or 20 characters: a pre-2015 tax registration number, still seen on older invoices. */
  | 'legacy'
  /** 18 characters of the right alphabet, but neither check character is right. */
  | 'bad-check'
  /** Neither 18 characters nor a legacy length, or characters no ID has. */
  | 'malformed'

/** Classifies a taxpayer ID as printed on an invoice (spaces already removed). */
export function checkTaxpayerId(value: string): TaxpayerIdVerdict {
  if (value.length === 18) {
    if (isUscc(value)) return 'uscc'
    if (isResidentIdNumber(value)) return 'resident-id'
    return /^[0-9A-Z]{18}$/u.test(value) ? 'bad-check' : 'malformed'
  }
  if ([15, 17, 20].includes(value.length) && /^[0-9A-Z]+$/u.test(value)) return 'legacy'
  return 'malformed'
}

import { creditCodeAlphabet, creditCodeCheckCharacter, type Issue } from '@tiqu/core'
import { chineseDate, dayNumber } from './internal/chinese-date.js'

const wildcard = /[?？]/u
const codeFormat = new RegExp(`^[${creditCodeAlphabet}?？]{18}$`, 'u')
const term = new RegExp(
  `^(${chineseDate.replace(/\(/gu, '(?:')})\\s*(?:至|-|—|~)\\s*(${chineseDate.replace(/\(/gu, '(?:')}|长期|永久|不约定期限)$`,
  'u',
)

/**
 * The business licence's checks beyond the schema (document catalog B7): the credit code's alphabet,
 * length and GB 32100-2015 check character; real dates in the printed form; the issue date not before
 * establishment; a business term that ends after it starts. Every check skips a null (absent) value
 * and a value of the wrong type (the schema reports that), and a value with '?' where the check needs
 * the unreadable character.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !wildcard.test(value) ? value : undefined
  }
  const code =
    typeof data.unified_social_credit_code === 'string' ? data.unified_social_credit_code : undefined
  const established = text('date_of_establishment')
  const issued = text('issue_date')
  return [
    ...(code === undefined ? [] : checkCreditCode(code)),
    ...checkDate(established, '/date_of_establishment', 'Date of establishment'),
    ...checkDate(issued, '/issue_date', 'Issue date'),
    ...checkIssuedAfterEstablished(established, issued),
    ...checkTerm(text('business_term'), established),
  ]
}

function checkCreditCode(value: string): Issue[] {
  const path = '/unified_social_credit_code'
  const code = value.toUpperCase()
  if (!codeFormat.test(code)) {
    return [
      {
        path,
        message:
          `Unified social credit code '${value}' is not 18 characters of digits and capital letters without I, O, S, V and Z ` +
          "(e.g. '91110108MA01C7K2PH'); O and S are often misreadings of 0 and 5.",
        severity: 'error',
      },
    ]
  }
  if (wildcard.test(code)) return []
  const expected = creditCodeCheckCharacter(code.slice(0, 17))
  if (code[17] !== expected) {
    return [
      {
        path,
        message: `Unified social credit code '${value}' fails its check character: the first 17 characters call for '${expected}' at the end. A character was probably misread.`,
        severity: 'error',
      },
    ]
  }
  return []
}

function checkDate(value: string | undefined, path: string, name: string): Issue[] {
  if (value === undefined || dayNumber(value) !== undefined) return []
  return [
    {
      path,
      message: `${name} '${value}' is not a real date in the licence's form 'YYYY年MM月DD日' (e.g. '2018年04月09日').`,
      severity: 'error',
    },
  ]
}

function checkIssuedAfterEstablished(established: string | undefined, issued: string | undefined): Issue[] {
  const start = established === undefined ? undefined : dayNumber(established)
  const issue = issued === undefined ? undefined : dayNumber(issued)
  if (start === undefined || issue === undefined || issue >= start) return []
  return [
    {
      path: '/issue_date',
      message: `Issue date '${issued}' is before the date of establishment '${established}'; a licence is issued on or after it. One of them is misread.`,
      severity: 'error',
    },
  ]
}

function checkTerm(value: string | undefined, established: string | undefined): Issue[] {
  if (value === undefined) return []
  const path = '/business_term'
  const match = term.exec(value)
  if (!match) {
    // Older licences print other wordings (e.g. '自2005年07月18日至2025年07月17日'), so only a warning.
    return [
      {
        path,
        message: `Business term '${value}' is not in the form 'YYYY年MM月DD日至YYYY年MM月DD日' or 'YYYY年MM月DD日至长期'; check it against the licence.`,
        severity: 'warning',
      },
    ]
  }
  const [startText, endText] = [match[1] as string, match[2] as string]
  const start = dayNumber(startText)
  const end = dayNumber(endText)
  if (start === undefined || (/^\d/u.test(endText) && end === undefined)) {
    return [{ path, message: `Business term '${value}' holds a date that is not real.`, severity: 'error' }]
  }
  if (end !== undefined && end <= start) {
    return [
      {
        path,
        message: `Business term '${value}' ends before it starts; a date is probably misread.`,
        severity: 'error',
      },
    ]
  }
  const founded = established === undefined ? undefined : dayNumber(established)
  if (founded !== undefined && founded !== start) {
    return [
      {
        path,
        message: `Business term '${value}' starts on another day than the date of establishment '${established}'; check both against the licence.`,
        severity: 'warning',
      },
    ]
  }
  return []
}

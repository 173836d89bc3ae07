import type { Issue } from '@tiqu/core'
import { schemeOfMark } from './internal/card-scheme.js'
import { passesLuhn } from './internal/luhn.js'

/** The kinds of card Chinese banks print on the front; another value is only a warning. */
export const cardTypes = ['借记卡', '信用卡', '准贷记卡', '贷记卡', '储蓄卡', '预付卡']

const wildcard = /[?？]/u
const validThru = /^(?:0[1-9]|1[0-2]|[?？]{2}|0[?？]|1[?？]|[?？]\d)\/[\d?？]{2}$/u

/**
 * The bank card's checks beyond the schema (document catalog B9): the number's length and Luhn check,
 * the expiry's MM/YY form, and the scheme against the number's prefix. Every check skips a null
 * (absent) value and a value of the wrong type (the schema reports that); '?' marks an unreadable
 * character, which leaves the Luhn check undecided.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' ? value : undefined
  }
  const number = text('card_number')
  return [
    ...(number === undefined ? [] : checkCardNumber(number)),
    ...checkValidThru(text('valid_thru')),
    ...checkCardType(text('card_type')),
    ...checkNetwork(text('card_network'), number),
  ]
}

function checkCardNumber(value: string): Issue[] {
  const path = '/card_number'
  const digits = value.replace(/\s+/gu, '')
  const americanExpress = /^3[47]/u.test(digits)
  if (!/^[\d?？]+$/u.test(digits) || digits.length > 19 || digits.length < (americanExpress ? 15 : 16)) {
    return [
      {
        path,
        message: `Card number '${value}' is not 16 to 19 digits (15 for American Express), e.g. '6222021003124578934'.`,
        severity: 'error',
      },
    ]
  }
  if (!wildcard.test(digits) && !passesLuhn(digits)) {
    return [
      {
        path,
        message: `Card number '${value}' fails its Luhn check digit; a digit was probably misread. Compare it with the card.`,
        severity: 'error',
      },
    ]
  }
  if (digits !== value) {
    return [
      {
        path,
        message: `Card number '${value}' should be the digits only, without the spaces between the groups: '${digits}'.`,
        severity: 'warning',
      },
    ]
  }
  return []
}

function checkValidThru(value: string | undefined): Issue[] {
  if (value === undefined || validThru.test(value)) return []
  return [
    {
      path: '/valid_thru',
      message: `Valid thru '${value}' is not a month and year as cards print them, 'MM/YY' with a month 01 to 12 (e.g. '05/28').`,
      severity: 'error',
    },
  ]
}

function checkCardType(value: string | undefined): Issue[] {
  if (value === undefined || wildcard.test(value) || cardTypes.includes(value)) return []
  return [
    {
      path: '/card_type',
      message: `Card type '${value}' is not one banks are known to print (${cardTypes.join(', ')}); check it against the card.`,
      severity: 'warning',
    },
  ]
}

/** A known scheme whose numbers start as this one does; warnings only, as co-branded cards carry two. */
function checkNetwork(mark: string | undefined, number: string | undefined): Issue[] {
  if (mark === undefined || wildcard.test(mark)) return []
  const path = '/card_network'
  const scheme = schemeOfMark(mark)
  if (!scheme) {
    return [
      {
        path,
        message: `Card network '${mark}' is not a scheme known here (UnionPay, VISA, mastercard, AMERICAN EXPRESS, JCB, DISCOVER); check it against the card.`,
        severity: 'warning',
      },
    ]
  }
  const digits = number?.replace(/\s+/gu, '')
  if (digits === undefined || wildcard.test(digits.slice(0, 6)) || scheme.prefixes.test(digits)) return []
  return [
    {
      path,
      message: `Card network '${mark}' does not issue numbers starting '${digits.slice(0, 4)}'; the logo or the number is probably misread, unless the card is co-branded.`,
      severity: 'warning',
    },
  ]
}

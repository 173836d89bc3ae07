import { type Issue, isCalendarDate } from '@tiqu/core'
import { wordsToAmount } from './internal/amount-in-words.js'
import { checkItems } from './internal/check-items.js'
import { checkTaxpayerId } from './internal/check-taxpayer-id.js'
import { formatFen, readAmount } from './internal/read-amount.js'

/**
 * The VAT invoice's checks beyond the schema (document catalog B2 unless noted). A null value is
 * never checked, nor a value holding '?' (an unreadable character makes it uncertain, not wrong), and
 * arithmetic runs only over values that could be read.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const text = (field: string): string | undefined => {
    const value = data[field]
    return typeof value === 'string' && !value.includes('?') ? value : undefined
  }
  const preTax = readAmount(data.pre_tax_amount, '/pre_tax_amount', 'Pre-tax amount')
  const tax = readAmount(data.total_tax, '/total_tax', 'Total tax')
  const total = readAmount(data.total_amount, '/total_amount', 'Total amount')
  const issues: Issue[] = [
    ...checkCodeAndNumber(text('invoice_code'), text('invoice_number'), data.invoice_code === null),
    ...checkDate(text('issue_date')),
    ...checkCheckCode(text('check_code')),
    ...checkTaxId(text('buyer_tax_id'), '/buyer_tax_id', "Buyer's"),
    ...checkTaxId(text('seller_tax_id'), '/seller_tax_id', "Seller's"),
    ...preTax.issues,
    ...tax.issues,
    ...total.issues,
  ]
  if (
    preTax.kind === 'fen' &&
    tax.kind === 'fen' &&
    total.kind === 'fen' &&
    preTax.fen + tax.fen !== total.fen
  ) {
    issues.push({
      path: '/total_amount',
      message: `Total amount ${formatFen(total.fen)} is not the pre-tax amount ${formatFen(preTax.fen)} plus the tax ${formatFen(tax.fen)} = ${formatFen(preTax.fen + tax.fen)}.`,
      severity: 'error',
    })
  }
  if (Array.isArray(data.items) && data.items.length > 0) {
    const { issues: itemIssues, sums } = checkItems(data.items)
    issues.push(...itemIssues)
    if (preTax.kind === 'fen' && sums.amountFen !== undefined && sums.amountFen !== preTax.fen) {
      issues.push({
        path: '/pre_tax_amount',
        message: `Pre-tax amount ${formatFen(preTax.fen)} is not the sum of the lines' amounts, ${formatFen(sums.amountFen)}; a line may be missing or misread.`,
        severity: 'error',
      })
    }
    if (tax.kind === 'fen' && sums.taxFen !== undefined && sums.taxFen !== tax.fen) {
      issues.push({
        path: '/total_tax',
        message: `Total tax ${formatFen(tax.fen)} is not the sum of the lines' taxes, ${formatFen(sums.taxFen)}; a line may be missing or misread.`,
        severity: 'error',
      })
    }
  }
  issues.push(...checkWords(text('total_amount_in_words'), total.kind === 'fen' ? total.fen : undefined))
  return issues
}

function checkCodeAndNumber(code: string | undefined, number: string | undefined, noCode: boolean): Issue[] {
  const issues: Issue[] = []
  if (code !== undefined && code !== '' && !/^(?:\d{10}|\d{12})$/u.test(code)) {
    issues.push({
      path: '/invoice_code',
      message: `Invoice code '${code}' is neither 10 digits (paper invoices) nor 12 digits (electronic, roll and toll invoices); a fully digital invoice has no code (null).`,
      severity: 'error',
    })
  }
  if (number === undefined) return issues
  const digital = noCode || code === ''
  if (digital && !/^\d{20}$/u.test(number)) {
    issues.push({
      path: '/invoice_number',
      message: `Invoice number '${number}' on an invoice without a code should be a fully digital invoice's 20 digits; a paper invoice's 8-digit number goes with its code.`,
      severity: 'error',
    })
  } else if (!digital && !/^\d{8}$/u.test(number)) {
    issues.push({
      path: '/invoice_number',
      message: `Invoice number '${number}' should be 8 digits on an invoice with a code (a 20-digit number belongs to a fully digital invoice, which has no code).`,
      severity: 'error',
    })
  }
  return issues
}

function checkDate(value: string | undefined): Issue[] {
  if (value === undefined) return []
  const match = /^(\d{4})年(\d{2})月(\d{2})日$/u.exec(value)
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return []
  return [
    {
      path: '/issue_date',
      message: match
        ? `Issue date '${value}' is not a real date.`
        : `Issue date '${value}' is not in the invoice's form 'YYYY年MM月DD日' (e.g. '2023年11月15日').`,
      severity: 'error',
    },
  ]
}

function checkCheckCode(value: string | undefined): Issue[] {
  if (value === undefined || /^\d{20}$/u.test(value)) return []
  return [
    {
      path: '/check_code',
      message: `Check code '${value}' should be 20 digits without spaces.`,
      severity: 'error',
    },
  ]
}

function checkTaxId(value: string | undefined, path: string, whose: string): Issue[] {
  if (value === undefined) return []
  switch (checkTaxpayerId(value)) {
    case 'uscc':
    case 'resident-id':
      return []
    case 'legacy':
      return [
        {
          path,
          message: `${whose} taxpayer ID '${value}' is not an 18-character unified social credit code; older 15-, 17- and 20-character IDs exist, so check it against the invoice.`,
          severity: 'warning',
        },
      ]
    case 'bad-check':
      return [
        {
          path,
          message: `${whose} taxpayer ID '${value}' fails the unified social credit code's check character (GB 32100-2015) and is not a resident ID number either; a character is probably misread.`,
          severity: 'error',
        },
      ]
    case 'malformed':
      return [
        {
          path,
          message: `${whose} taxpayer ID '${value}' is not a taxpayer ID: 18 characters of digits and capitals without I, O, S, V, Z (or an older 15-, 17- or 20-character ID).`,
          severity: 'error',
        },
      ]
  }
}

function checkWords(words: string | undefined, totalFen: number | undefined): Issue[] {
  if (words === undefined) return []
  const path = '/total_amount_in_words'
  const fen = wordsToAmount(words)
  if (fen === undefined) {
    return [
      {
        path,
        message: `Amount in words '${words}' is not an amount in capital numerals (壹贰叁…拾佰仟万亿 圆角分整).`,
        severity: 'error',
      },
    ]
  }
  if (totalFen === undefined || fen === totalFen) return []
  return [
    {
      path,
      message: `Amount in words '${words}' reads ${formatFen(fen)}, but the total amount in figures is ${formatFen(totalFen)}.`,
      severity: 'error',
    },
  ]
}

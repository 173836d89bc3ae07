import type { LocalRules } from '@tiqu/core'
import { currencyCodes } from './internal/currency-codes.js'

// Building blocks. The engine makes text half-width before matching and may drop the space between
// Latin words or after a ':' or ',', so labels allow for no space where one is printed.
const codes = [...currencyCodes].join('|')
const sign = '[$£€¥]'
/** An amount as printed, after an optional currency code or sign; no thousands separators. */
const amountAlone = `^\\s*(?:(?:${codes})\\s*)?${sign}?\\s*(\\d{1,9}(?:\\.\\d{1,3})?)\\s*$`
const isoDate = '(?<!\\d)(\\d{4}\\s*-\\s*\\d{2}\\s*-\\s*\\d{2})(?!\\d)'
/** A street address: a comma and a digit, and no ':' or '@' (a 'Tel:' or e-mail line has one). */
const address = '^\\s*([^:@]*\\d[^:@]*,[^:@]*|[^:@]*,[^:@]*\\d[^:@]*?)\\s*$'
const besideLabel: Array<'same-line' | 'right'> = ['same-line', 'right']
const billTo = '^\\s*(?:BILL(?:ED)?\\s*TO|INVOICE\\s*TO|SOLD\\s*TO|CUSTOMER)\\s*:?\\s*$'

/**
 * How the embedded engine reads a commercial invoice's OCR lines. The header's values stand beside
 * their labels (Invoice No, Invoice Date, Due Date, PO Number, VAT ID, Currency), the customer's name
 * and address are the two lines under 'Bill To', the vendor's name is the largest text at the top left
 * and its address the first line that reads as one. The items table is read row by row: a row ending
 * in quantity, unit price, an optional tax rate and the amount is one item. The totals are the amounts
 * beside their labels (Subtotal, Discount, VAT/Tax, Total, Amount Due), never from a line below.
 */
export const localRules: LocalRules = {
  fields: {
    invoice_number: {
      label: '\\bInvoice\\s*(?:No\\.?|Number|Num\\.?|#)\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: '^\\s*((?=[^\\s]*\\d)[A-Za-z0-9][A-Za-z0-9\\-/._]{1,30})\\s*$',
    },
    invoice_date: {
      label: '\\b(?:Invoice|Issue)\\s*Date\\s*:?|^\\s*Date\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: isoDate,
      transforms: ['remove-spaces'],
    },
    due_date: {
      label: '\\b(?:Due\\s*Date|Payment\\s*Due|Date\\s*Due)\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: isoDate,
      transforms: ['remove-spaces'],
    },
    purchase_order: {
      label: '\\b(?:P\\.?\\s*O\\.?\\s*(?:Number|No\\.?|#)|Purchase\\s*Order(?:\\s*(?:Number|No\\.?))?)\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: '^\\s*([A-Za-z0-9][A-Za-z0-9\\-/._]{2,30})\\s*$',
    },
    vendor_name: { pattern: '^\\s*(\\S.*?)\\s*$', largestIn: { x: 0, y: 0, width: 0.55, height: 0.12 } },
    // The first address in reading order: the vendor's block heads the page, the customer's is under it.
    vendor_address: { pattern: address, transforms: ['trim'] },
    // The vendor's number comes first in reading order; the customer's, when printed, is under Bill To.
    vendor_tax_id: {
      label:
        '(?:\\b(?:VAT|Tax|TAX|GST)\\s*(?:ID|Id|No\\.?|Number|Reg(?:istration)?\\.?\\s*(?:No\\.?|Number))|\\b(?:ABN|EIN|UID))\\s*:?',
      where: besideLabel,
      pattern:
        '^\\s*(CHE-?\\d{3}\\.?\\d{3}\\.?\\d{3}|[A-Z]{2}(?:\\s?[0-9A-Z]){2,13}|\\d[\\d\\s-]{6,14}\\d)(?=\\s*(?:MWST|TVA|IVA|MVA)?\\s*$)',
      transforms: ['remove-spaces'],
    },
    customer_name: {
      label: billTo,
      flags: 'iu',
      where: ['same-line', 'below'],
      pattern: '^\\s*(\\S.*?)\\s*$',
    },
    customer_address: {
      label: billTo,
      flags: 'iu',
      where: ['same-line', 'below'],
      pattern: address,
      transforms: ['trim'],
    },
    currency: [
      { label: '\\bCurrency\\s*:?', flags: 'iu', where: besideLabel, pattern: `^\\s*(${codes})(?![A-Za-z])` },
      // 'Total (GBP)', 'All amounts in USD', 'Total EUR 1762.99'.
      { pattern: `\\((${codes})\\)` },
      { pattern: `\\b(?:amounts?|prices?)\\s*(?:are\\s*)?in\\s*(${codes})(?![A-Za-z])` },
      {
        pattern: `(?<![A-Za-z])(${codes})\\s*\\d{1,9}(?:\\.\\d{2})?\\s*$`,
        nearestTo: '^\\s*(?:Total|TOTAL|Amount\\s*Due|AMOUNT\\s*DUE)',
      },
      // A sign that names one currency; '$' and '¥' name several and are left to the qwen engine.
      { pattern: '€', value: 'EUR' },
      { pattern: '£', value: 'GBP' },
    ],
    items: [
      {
        scope: 'row',
        many: true,
        pattern: [
          '^(?<description>\\S.*?\\S)',
          '\\s+(?<quantity>\\d{1,6}(?:\\.\\d{1,3})?)',
          `\\s+${sign}?(?<unit_price>\\d{1,9}(?:\\.\\d{1,4})?)`,
          '(?:\\s+(?<tax_rate>\\d{1,2}(?:\\.\\d{1,3})?%))?',
          `\\s+${sign}?(?<amount>-?\\d{1,9}\\.\\d{2})$`,
        ].join(''),
      },
      // A currency without decimals (JPY, KRW): whole amounts, and no ':', '@' or '+' in the
      // description, which would make an IBAN or a phone number printed in groups a line.
      {
        scope: 'row',
        many: true,
        pattern: [
          '^(?<description>[^:@+\\s][^:@+]*?\\S)',
          '\\s+(?<quantity>\\d{1,6}(?:\\.\\d{1,3})?)',
          `\\s+${sign}?(?<unit_price>\\d{1,9})`,
          '(?:\\s+(?<tax_rate>\\d{1,2}(?:\\.\\d{1,3})?%))?',
          `\\s+${sign}?(?<amount>-?\\d{1,9})$`,
        ].join(''),
      },
    ],
    subtotal: {
      label: '^\\s*(?:Sub\\s*-?\\s*total|Net\\s*(?:Total|Amount))\\s*(?:\\([A-Z]{3}\\))?\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: amountAlone,
    },
    discount: {
      label: '^\\s*(?:Less\\s*)?Discount(?![A-Za-z])[^:\\d]*(?:\\d{1,2}(?:\\.\\d{1,3})?\\s*%)?\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: `^\\s*[-−–]?\\s*(?:(?:${codes})\\s*)?${sign}?\\s*-?\\s*(\\d{1,9}(?:\\.\\d{1,3})?)\\s*$`,
    },
    // 'VAT 19%', 'VAT8.1%', 'Sales Tax 8.25%', 'GST', 'Total VAT': a letter right after the name would
    // make it a 'VAT ID' or 'Tax ID' label, which is not the tax.
    total_tax: {
      label:
        '^\\s*(?:Total\\s*)?(?:VAT|Tax|Sales\\s*Tax|GST|HST|MwSt\\.?|IVA|TVA|Moms)(?![A-Za-z])\\s*(?:\\(?\\s*\\d{1,2}(?:\\.\\d{1,3})?\\s*%\\s*\\)?)?\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: amountAlone,
    },
    total: {
      label:
        '^\\s*(?:Invoice\\s*|Grand\\s*)?Total(?!\\s*(?:VAT|Tax|Discount|Due|excl|net|before))\\s*(?:\\([A-Z]{3}\\))?\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: amountAlone,
    },
    amount_due: {
      label: '^\\s*(?:(?:Amount|Balance|Total)\\s*Due|Amount\\s*Payable)\\s*(?:\\([A-Z]{3}\\))?\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: amountAlone,
    },
    payment_terms: {
      label: '^\\s*(?:Payment\\s*)?Terms(?:\\s*of\\s*Payment)?\\s*:?',
      flags: 'iu',
      where: besideLabel,
      pattern: '^\\s*(\\S.*?)\\s*$',
    },
    // Printed in groups of four; a BIC printed after it on the same line ends it.
    iban: {
      label: '\\bIBAN\\s*:?',
      where: ['same-line', 'right', 'below'],
      pattern: '^\\s*([A-Z]{2}\\s*\\d{2}(?:\\s*[A-Z0-9]){11,30}?)(?=\\s*(?:$|BIC|SWIFT))',
      transforms: ['remove-spaces'],
    },
  },
}

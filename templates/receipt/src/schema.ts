import type { JsonSchema } from '@tiqu/core'

/** One line of the receipt's item list. Every value is a string as printed, or null when absent. */
export interface ReceiptItem {
  name: string | null
  quantity: string | null
  unit_price: string | null
  amount: string | null
}

/** What the template extracts from one till receipt. */
export interface Receipt {
  merchant_name: string | null
  merchant_address: string | null
  date: string | null
  time: string | null
  total: string | null
  currency: string | null
  subtotal: string | null
  tax: string | null
  items: ReceiptItem[] | null
}

// Strings, not numbers: vendors return the receipt's text, and '?' marks an unreadable character,
// which a number could not hold.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const amount = (what: string, example: string) =>
  printed(
    `${what}: digits with a '.' before the decimals, without currency symbol or thousands separators, e.g. '${example}'.`,
  )

const itemProperties: { [field in keyof ReceiptItem]: JsonSchema } = {
  name: printed("The item's description as printed, e.g. 'Flat White'."),
  quantity: printed(
    "How many were bought (or the weight for goods sold by weight), as a number, e.g. '2' or '0.512'; null when not printed.",
  ),
  unit_price: amount('Price of one unit; null when not printed', '3.20'),
  amount: amount("The line's amount (quantity × unit price)", '6.40'),
}

const properties: { [field in keyof Receipt]: JsonSchema } = {
  merchant_name: printed("The shop's name as printed at the top of the receipt, e.g. 'Corner Bakery'."),
  merchant_address: printed(
    "The shop's address as printed, its lines joined with ', ', e.g. '12 High Street, Oxford OX1 4AB'.",
  ),
  date: printed("Date of the purchase in ISO 8601 form 'YYYY-MM-DD', e.g. '2025-03-14'."),
  time: printed("Time of the purchase, 24-hour 'HH:MM' or 'HH:MM:SS' as printed, e.g. '18:42'."),
  total: amount('The total paid (TOTAL)', '23.40'),
  currency: printed(
    "Currency of the amounts as an ISO 4217 code, e.g. 'EUR', 'GBP', 'USD', 'JPY' (not a symbol such as '€').",
  ),
  subtotal: amount(
    'The amount before tax (SUBTOTAL, or the net amount of a VAT table); null when the receipt shows only a total that includes tax',
    '21.27',
  ),
  tax: amount('The tax (TAX, VAT, GST, MwSt...); null when not printed', '2.13'),
  items: {
    type: ['array', 'null'],
    description: 'The purchased items in printed order; null when they could not be listed.',
    items: {
      type: 'object',
      description: 'One purchased item.',
      properties: itemProperties,
      required: Object.keys(itemProperties),
      additionalProperties: false,
    },
  },
}

/** JSON Schema (draft 2020-12) of {@link Receipt}: all fields required (null when absent), nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Till receipt',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

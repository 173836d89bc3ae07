import type { JsonSchema } from '@tiqu/core'

/** One line of the invoice's items table. Every value is a string as printed, or null when absent. */
export interface InvoiceItem {
  description: string | null
  quantity: string | null
  unit_price: string | null
  tax_rate: string | null
  amount: string | null
}

/** What the template extracts from one commercial invoice. */
export interface Invoice {
  invoice_number: string | null
  invoice_date: string | null
  due_date: string | null
  purchase_order: string | null
  vendor_name: string | null
  vendor_address: string | null
  vendor_tax_id: string | null
  customer_name: string | null
  customer_address: string | null
  currency: string | null
  items: InvoiceItem[] | null
  subtotal: string | null
  discount: string | null
  total_tax: string | null
  total: string | null
  amount_due: string | null
  payment_terms: string | null
  iban: string | null
}

// Strings, not numbers or dates: vendors return the invoice's text, and '?' marks an unreadable
// character, which a number or date type could not hold.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const amount = (what: string, example: string) =>
  printed(
    `${what}: digits with a '.' before the decimals, without currency symbol or thousands separators, e.g. '${example}'.`,
  )

const itemProperties: { [field in keyof InvoiceItem]: JsonSchema } = {
  description: printed(
    "What was sold, as printed in the line's description, e.g. 'Data pipeline consulting'.",
  ),
  quantity: printed("The quantity as a number, e.g. '12' or '7.5' (hours); null when not printed."),
  unit_price: amount('Price of one unit before tax; null when not printed', '95.00'),
  tax_rate: printed(
    "The line's tax rate as printed with '%', e.g. '19%' or '8.1%'; null when the line has none.",
  ),
  amount: amount("The line's amount (quantity × unit price), before tax", '1140.00'),
}

const properties: { [field in keyof Invoice]: JsonSchema } = {
  invoice_number: printed("The invoice's number as printed (Invoice No, Invoice #), e.g. 'INV-2025-0417'."),
  invoice_date: printed("Date of issue in ISO 8601 form 'YYYY-MM-DD', e.g. '2025-03-14'."),
  due_date: printed("Date payment is due in ISO 8601 form 'YYYY-MM-DD'; null when not printed."),
  purchase_order: printed(
    "The customer's purchase order number (PO Number, Purchase Order), e.g. 'PO-77120'; null when not printed.",
  ),
  vendor_name: printed("The name of the company that issued the invoice, e.g. 'Northwind Data GmbH'."),
  vendor_address: printed(
    "The vendor's address as printed, its lines joined with ', ', e.g. 'Torstrasse 109, 10119 Berlin, Germany'.",
  ),
  vendor_tax_id: printed(
    "The vendor's VAT or tax registration number without spaces and without a register suffix such as 'MWST', e.g. 'DE281447193', 'GB318447126', 'CHE-284.615.929', '84-2917365'; null when not printed.",
  ),
  customer_name: printed("The name of the customer billed (Bill To), e.g. 'Hafenkontor Logistik AG'."),
  customer_address: printed(
    "The customer's billing address as printed, its lines joined with ', ', e.g. 'Am Sandtorkai 41, 20457 Hamburg, Germany'.",
  ),
  currency: printed(
    "Currency of the amounts as an ISO 4217 code, e.g. 'EUR', 'GBP', 'USD', 'CHF' (not a symbol such as '€').",
  ),
  items: {
    type: ['array', 'null'],
    description: 'The lines of the items table in printed order; null when they could not be listed.',
    items: {
      type: 'object',
      description: 'One line of the items table.',
      properties: itemProperties,
      required: Object.keys(itemProperties),
      additionalProperties: false,
    },
  },
  subtotal: amount('The sum of the lines before discount and tax (Subtotal, Net)', '1481.50'),
  discount: amount(
    'The discount taken off the subtotal, without a minus sign; null when there is none',
    '142.88',
  ),
  total_tax: amount('The tax charged (VAT, GST, Sales Tax); null when none is printed', '281.49'),
  total: amount('The invoice total including tax (Total)', '1762.99'),
  amount_due: amount(
    'What remains to be paid (Amount Due, Balance Due): the total less any deposit or payment already made',
    '1762.99',
  ),
  payment_terms: printed(
    "The payment terms as printed, e.g. 'Net 30 days', '14 days'; null when not printed.",
  ),
  iban: printed(
    "The vendor's IBAN for payment without spaces, e.g. 'DE76100900002847119000'; null when no IBAN is printed.",
  ),
}

/** JSON Schema (draft 2020-12) of {@link Invoice}: all fields required (null when absent), nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Commercial invoice',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

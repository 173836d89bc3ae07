import type { JsonSchema } from '@tiqu/core'

/** What the template extracts from one taxi receipt. Every value is a string as printed, or null when absent. */
export interface TaxiReceipt {
  invoice_code: string | null
  invoice_number: string | null
  plate_number: string | null
  date: string | null
  pick_up_time: string | null
  drop_off_time: string | null
  unit_price: string | null
  distance: string | null
  fare: string | null
  fuel_surcharge: string | null
  total_fare: string | null
}

// Strings, not numbers or dates: vendors return the receipt's text, and '?' marks an unreadable
// character, which a number or date type could not hold.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const properties: { [field in keyof TaxiReceipt]: JsonSchema } = {
  invoice_code: printed("Invoice code (发票代码), 12 digits, e.g. '111001681009'."),
  invoice_number: printed("Invoice number (发票号码), 8 digits, e.g. '32657108'."),
  plate_number: printed(
    "The taxi's plate (车号) as printed, often without the province, e.g. '京B-T3286' or 'B-30T76'.",
  ),
  date: printed("Date of the ride (日期) as printed, e.g. '2024-03-15'."),
  pick_up_time: printed("Pick-up time (上车), 'HH:MM', e.g. '08:12'."),
  drop_off_time: printed("Drop-off time (下车), 'HH:MM', e.g. '08:41'."),
  unit_price: printed("Price per kilometre (单价) in yuan without '元', e.g. '2.30'."),
  distance: printed("Distance (里程) in kilometres without 'km', e.g. '12.6'."),
  fare: printed("Fare (金额) in yuan without '¥' or '元', e.g. '36.00'."),
  fuel_surcharge: printed("Fuel surcharge (燃油附加费) in yuan, e.g. '1.00'; null where not printed."),
  total_fare: printed(
    "Amount paid (实收金额 / 合计) in yuan, e.g. '37.00'; null where only the fare is printed.",
  ),
}

/** JSON Schema (draft 2020-12) of {@link TaxiReceipt}: every field required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Chinese taxi receipt',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

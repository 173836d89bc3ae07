import type { JsonSchema } from '@tiqu/core'

/** What the template extracts from the front of a bank card. Every value is a string, or null when not printed. */
export interface BankCard {
  card_number: string | null
  bank_name: string | null
  card_type: string | null
  valid_thru: string | null
  holder_name: string | null
  card_network: string | null
}

// Strings, not numbers: a card number has up to 19 digits (beyond a double's precision), and '?'
// marks an unreadable character.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const properties: { [field in keyof BankCard]: JsonSchema } = {
  card_number: printed(
    "Card number (卡号): the 15 to 19 digits without the spaces between the embossed groups, e.g. '6222021003124578934'.",
  ),
  bank_name: printed("Issuing bank's name in Chinese as printed, e.g. '中国工商银行', '招商银行'."),
  card_type: printed(
    "Kind of card where printed: '借记卡' (debit) or '信用卡' (credit), e.g. '信用卡'; null when not printed.",
  ),
  valid_thru: printed(
    "Expiry (VALID THRU / 有效期) as printed, 'MM/YY', e.g. '05/28'; null when not printed.",
  ),
  holder_name: printed(
    "Cardholder's name where embossed, usually in capital pinyin, e.g. 'WANG JIANGUO'; null on the many cards that carry none.",
  ),
  card_network: printed(
    "Card scheme as its logo's word mark reads, e.g. 'UnionPay', 'VISA', 'mastercard', 'JCB', 'AMERICAN EXPRESS'; null without a logo.",
  ),
}

/** JSON Schema (draft 2020-12) of {@link BankCard}: all six fields required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Bank card (银行卡)',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

import type { JsonSchema } from '@tiqu/core'

/**
 * What the template extracts from one side of a resident ID card. The side that is not in the image
 * gives null for all its fields. Every value is a string as printed, or null.
 */
export interface IdCard {
  side: 'front' | 'back' | null
  name: string | null
  sex: string | null
  ethnicity: string | null
  birth_date: string | null
  address: string | null
  id_number: string | null
  issuing_authority: string | null
  validity_period: string | null
}

// Strings, not dates: vendors return the card's text, and '?' marks an unreadable character.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const properties: { [field in keyof IdCard]: JsonSchema } = {
  side: {
    type: ['string', 'null'],
    enum: ['front', 'back', null],
    description:
      "Which side the image shows: 'front' (人像面, the portrait side with name and number) or 'back' (国徽面, the emblem side with issuing authority and validity period).",
  },
  name: printed("Holder's name (姓名) as printed, on the front, e.g. '王建华'; null on the back."),
  sex: printed("Sex (性别) as printed, '男' or '女', on the front; null on the back."),
  ethnicity: printed(
    "Ethnic group (民族) as printed, without 族, on the front, e.g. '汉', '维吾尔'; null on the back.",
  ),
  birth_date: printed(
    "Birth date (出生) as printed, 'YYYY年M月D日' without spaces or leading zeros, on the front, e.g. '1986年7月23日'; null on the back.",
  ),
  address: printed(
    "Address (住址) as printed, its lines joined without spaces, on the front, e.g. '北京市朝阳区建国路88号院3号楼2单元1501号'; null on the back.",
  ),
  id_number: printed(
    "Citizen ID number (公民身份号码): 17 digits and a check digit or X, without spaces, on the front, e.g. '110105198607231235'; null on the back.",
  ),
  issuing_authority: printed(
    "Issuing authority (签发机关) as printed, on the back, e.g. '北京市公安局朝阳分局'; null on the front.",
  ),
  validity_period: printed(
    "Validity period (有效期限) as printed, 'YYYY.MM.DD-YYYY.MM.DD' or 'YYYY.MM.DD-长期', on the back, e.g. '2016.08.15-2036.08.15'; null on the front.",
  ),
}

/** JSON Schema (draft 2020-12) of {@link IdCard}: all nine fields required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Resident identity card (居民身份证)',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

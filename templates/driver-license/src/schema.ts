import type { JsonSchema } from '@tiqu/core'

/**
 * What the template extracts from the main page (正页) of a driving licence. Every value is a string
 * as printed, or null when the page does not show it.
 */
export interface DriverLicense {
  license_number: string | null
  name: string | null
  sex: string | null
  nationality: string | null
  address: string | null
  birth_date: string | null
  first_issue_date: string | null
  vehicle_class: string | null
  valid_from: string | null
  valid_until: string | null
  issuing_authority: string | null
}

// Strings, not dates: vendors return the page's text, '?' marks an unreadable character, and the end
// of the validity period may be 长期 rather than a date.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const properties: { [field in keyof DriverLicense]: JsonSchema } = {
  license_number: printed(
    "Licence number (证号): the holder's 18-character resident ID number, 17 digits and a check digit or X, without spaces, e.g. '110105198506121239'.",
  ),
  name: printed("Holder's name (姓名) as printed, e.g. '张伟明'."),
  sex: printed("Sex (性别) as printed, '男' or '女'."),
  nationality: printed("Nationality (国籍) as printed, e.g. '中国'."),
  address: printed(
    "Address (住址) as printed, its lines joined without spaces, e.g. '北京市朝阳区望京西园三区312号楼'.",
  ),
  birth_date: printed("Date of birth (出生日期), 'YYYY-MM-DD' as printed, e.g. '1985-06-12'."),
  first_issue_date: printed(
    "Date the holder was first licensed (初次领证日期), 'YYYY-MM-DD' as printed, e.g. '2006-09-15'.",
  ),
  vehicle_class: printed(
    "Permitted vehicle classes (准驾车型), the codes run together as printed, e.g. 'C1', 'A2', 'C1E'.",
  ),
  valid_from: printed(
    "Start of the validity period (有效期限, the date before 至), 'YYYY-MM-DD', e.g. '2018-09-15'.",
  ),
  valid_until: printed(
    "End of the validity period (有效期限, after 至), 'YYYY-MM-DD' or '长期' for a licence without end, e.g. '2028-09-15'.",
  ),
  issuing_authority: printed(
    "Issuing authority named in the red seal, e.g. '北京市公安局公安交通管理局'; null when no seal text is legible.",
  ),
}

/** JSON Schema (draft 2020-12) of {@link DriverLicense}: all eleven fields required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Driving licence (机动车驾驶证)',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

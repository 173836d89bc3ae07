import type { JsonSchema } from '@tiqu/core'

/** What the template extracts from a business licence. Every value is a string as printed, or null when absent. */
export interface BusinessLicense {
  unified_social_credit_code: string | null
  name: string | null
  type: string | null
  legal_representative: string | null
  registered_capital: string | null
  date_of_establishment: string | null
  business_term: string | null
  address: string | null
  business_scope: string | null
  registration_authority: string | null
  issue_date: string | null
}

// Strings: capital is free text ('壹仟万元整', '200万元人民币'), dates are as printed, and '?' marks an
// unreadable character.
const printed = (description: string) => ({ type: ['string', 'null'], description })
const halfwidthNote = "punctuation with an ASCII twin half-width ('(', ';', ',')"

const properties: { [field in keyof BusinessLicense]: JsonSchema } = {
  unified_social_credit_code: printed(
    "Unified social credit code (统一社会信用代码): 18 digits and capital letters (no I, O, S, V or Z), without spaces, e.g. '91110108MA01C7K2PH'.",
  ),
  name: printed(`Entity name (名称) as printed, ${halfwidthNote}, e.g. '北京云帆数据科技有限公司'.`),
  type: printed(`Entity type (类型) as printed, ${halfwidthNote}, e.g. '有限责任公司(自然人投资或控股)'.`),
  legal_representative: printed(
    "Legal representative (法定代表人; on some licences 负责人, 经营者 or 执行事务合伙人) as printed, e.g. '张立新'.",
  ),
  registered_capital: printed(
    "Registered capital (注册资本) as printed, e.g. '壹仟万元整', '人民币500万元'.",
  ),
  date_of_establishment: printed(
    "Date of establishment (成立日期) as printed, 'YYYY年MM月DD日', e.g. '2018年04月09日'.",
  ),
  business_term: printed(
    "Business term (营业期限) as printed, 'YYYY年MM月DD日至YYYY年MM月DD日' or 'YYYY年MM月DD日至长期', e.g. '2018年04月09日至长期'.",
  ),
  address: printed(
    "Registered address (住所 or 经营场所) as printed, its lines joined, e.g. '北京市海淀区中关村大街27号1106室'.",
  ),
  business_scope: printed(
    `Business scope (经营范围) as printed, its lines joined without spaces, ${halfwidthNote}, e.g. '技术开发、技术咨询;数据处理。'.`,
  ),
  registration_authority: printed(
    "Registration authority (登记机关), the name in its seal, e.g. '北京市海淀区市场监督管理局'.",
  ),
  issue_date: printed("Date of issue printed under the seal, 'YYYY年MM月DD日', e.g. '2021年03月15日'."),
}

/** JSON Schema (draft 2020-12) of {@link BusinessLicense}: all eleven fields required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Business licence (营业执照)',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

import type { JsonSchema } from '@tiqu/core'

/**
 * What the template extracts from the main page (正页) of a vehicle licence. Every value is a string
 * as printed, or null when the page does not show it.
 */
export interface VehicleLicense {
  plate_number: string | null
  vehicle_type: string | null
  owner: string | null
  address: string | null
  use_character: string | null
  model: string | null
  vin: string | null
  engine_number: string | null
  register_date: string | null
  issue_date: string | null
}

// Strings, not dates: vendors return the page's text, and '?' marks an unreadable character.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const properties: { [field in keyof VehicleLicense]: JsonSchema } = {
  plate_number: printed(
    "Plate number (号牌号码) without spaces or dot: the province's character, a letter and five letters or digits (six for a new-energy vehicle), e.g. '京N8K2L6', '沪AD12345'.",
  ),
  vehicle_type: printed("Vehicle type (车辆类型) as printed, e.g. '小型轿车', '重型厢式货车'."),
  owner: printed("Owner (所有人), a person or a company, as printed, e.g. '张伟明'."),
  address: printed("Owner's address (住址) as printed, its lines joined without spaces."),
  use_character: printed("Use (使用性质) as printed, e.g. '非营运', '出租客运', '货运'."),
  model: printed("Brand and model (品牌型号) as printed, without spaces, e.g. '大众汽车牌SVW71612BM'."),
  vin: printed(
    "Vehicle identification number (车辆识别代号), 17 letters and digits without I, O or Q, e.g. 'LSVAM4187C2184758'.",
  ),
  engine_number: printed("Engine number (发动机号码) as printed, without spaces, e.g. 'CSS128457'."),
  register_date: printed("Registration date (注册日期), 'YYYY-MM-DD' as printed, e.g. '2016-05-20'."),
  issue_date: printed("Issue date of this licence (发证日期), 'YYYY-MM-DD' as printed, e.g. '2016-05-20'."),
}

/** JSON Schema (draft 2020-12) of {@link VehicleLicense}: all ten fields required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Vehicle licence (机动车行驶证)',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

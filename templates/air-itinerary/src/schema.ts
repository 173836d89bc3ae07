import type { JsonSchema } from '@tiqu/core'

/** One flight (one coupon) of the itinerary. Every value is a string as printed, or null. */
export interface AirItineraryFlight {
  departure_station: string | null
  arrival_station: string | null
  carrier: string | null
  flight_number: string | null
  seat_class: string | null
  date: string | null
  time: string | null
  baggage_allowance: string | null
}

/** What the template extracts from one air itinerary. Every value is a string as printed, or null when absent. */
export interface AirItinerary {
  serial_number: string | null
  passenger_name: string | null
  id_number: string | null
  endorsements: string | null
  flights: AirItineraryFlight[] | null
  fare: string | null
  caac_development_fund: string | null
  fuel_surcharge: string | null
  other_taxes: string | null
  total: string | null
  ticket_number: string | null
  validation_code: string | null
  insurance: string | null
  agent_code: string | null
  issued_by: string | null
  issue_date: string | null
}

// Strings, not numbers or dates: vendors return the itinerary's text, and '?' marks an unreadable
// character, which a number or date type could not hold.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const flightProperties: { [field in keyof AirItineraryFlight]: JsonSchema } = {
  departure_station: printed(
    "Where the flight leaves from (the station on the 自 FROM row, or on the 至 TO row of the flight before), e.g. '北京首都'.",
  ),
  arrival_station: printed("Where the flight lands (the station on the next 至 TO row), e.g. '上海虹桥'."),
  carrier: printed("Carrier (承运人) as printed, a short airline name or its code, e.g. '东航' or 'MU'."),
  flight_number: printed(
    "Flight number (航班号): 2-character airline code and 3–4 digits, without spaces, e.g. 'MU2271'.",
  ),
  seat_class: printed("Seat class (座位等级), the booking class letter, e.g. 'Y'."),
  date: printed("Date of the flight (日期) as printed, e.g. '2024-05-12'."),
  time: printed("Departure time (时间) as printed, 'HH:MM' or 'HHMM', e.g. '08:30'."),
  baggage_allowance: printed("Free baggage allowance (免费行李) as printed, e.g. '20K' or '1PC'."),
}

const properties: { [field in keyof AirItinerary]: JsonSchema } = {
  serial_number: printed(
    "Serial number (印刷序号), 11 digits, printed in red at the top right, e.g. '39018264751'.",
  ),
  passenger_name: printed("Passenger's name (旅客姓名), e.g. '王建华'."),
  id_number: printed(
    "Passenger's ID document number (有效身份证件号码): an 18-character resident ID number or a passport number, e.g. '110105198607231235'.",
  ),
  endorsements: printed(
    "Endorsements and restrictions (签注) as printed, e.g. '不得签转/变更退票收费'; null when blank.",
  ),
  flights: {
    type: ['array', 'null'],
    description:
      'The flights of the itinerary, one per used 自/至 row pair, in printed order; unused (blank or VOID) rows are left out.',
    items: {
      type: 'object',
      description: 'One flight.',
      properties: flightProperties,
      required: Object.keys(flightProperties),
      additionalProperties: false,
    },
  },
  fare: printed("Fare (票价) in yuan, digits with 2 decimals without 'CNY', e.g. '1130.00'."),
  caac_development_fund: printed(
    "CAAC development fund (民航发展基金) in yuan without the 'CN' tax code, e.g. '50.00'.",
  ),
  fuel_surcharge: printed("Fuel surcharge (燃油附加费) in yuan without the 'YQ' tax code, e.g. '20.00'."),
  other_taxes: printed("Other taxes (其他税费) in yuan, e.g. '0.00'; null when blank."),
  total: printed("Total (合计) in yuan, digits with 2 decimals without 'CNY', e.g. '1200.00'."),
  ticket_number: printed(
    "E-ticket number (电子客票号码), 13 digits without dash or spaces: the 3-digit airline accounting code and 10 digits, e.g. '7812345678901'.",
  ),
  validation_code: printed("Validation code (验证码, CK.), 4 digits, e.g. '4821'."),
  insurance: printed(
    "Insurance premium (保险费) in yuan, e.g. '20.00'; null when none was bought (the form prints 'XXX').",
  ),
  agent_code: printed("Sales agent code (销售单位代号), e.g. 'PEK191'."),
  issued_by: printed("Issuing agent or airline (填开单位), e.g. '北京蓝天航空服务有限公司'."),
  issue_date: printed("Date the itinerary was issued (填开日期) as printed, e.g. '2024-05-10'."),
}

/** JSON Schema (draft 2020-12) of {@link AirItinerary}: every field required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Air e-ticket itinerary',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

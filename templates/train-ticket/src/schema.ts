import type { JsonSchema } from '@tiqu/core'

/** What the template extracts from one ticket. Every value is a string as printed, or null when absent. */
export interface TrainTicket {
  invoice_number: string | null
  train_number: string | null
  departure_station: string | null
  arrival_station: string | null
  departure_date_and_time: string | null
  seat_number: string | null
  seat_class: string | null
  ticket_price: string | null
  id_card_number: string | null
  passenger_name: string | null
}

// Strings, not numbers or dates: vendors return the ticket's text, and '?' marks an unreadable
// character, which a number or date type could not hold.
const printed = (description: string) => ({ type: ['string', 'null'], description })

const properties: { [field in keyof TrainTicket]: JsonSchema } = {
  invoice_number: printed(
    "Ticket serial number, printed in red at the top left (on an e-ticket, the 电子客票号), as printed, e.g. 'Z69E012345'.",
  ),
  train_number: printed(
    "Train number (车次): an optional letter G, D, C, Z, T, K, S, Y or L, then 1 to 4 digits, e.g. 'G1234'.",
  ),
  departure_station: printed(
    "Departure station (出发站) in Chinese as printed, ending in 站, e.g. '北京南站'.",
  ),
  arrival_station: printed(
    "Arrival station (到达站) in Chinese as printed, ending in 站, e.g. '上海虹桥站'.",
  ),
  departure_date_and_time: printed(
    "Departure date and time as printed, 'YYYY年MM月DD日HH:MM开' without spaces, e.g. '2025年06月18日08:05开'.",
  ),
  seat_number: printed(
    "Coach and seat (座位号) as printed without spaces: 'NN车NNX号', a berth such as '03车015号下铺', or '无座' for a standing ticket, e.g. '05车12F号'.",
  ),
  seat_class: printed("Seat class (席别) as printed, e.g. '二等座', '一等座', '商务座', '硬卧', '无座'."),
  ticket_price: printed(
    "Fare (票价) in yuan: digits with up to 2 decimals, without '¥' or '元', e.g. '553.0'.",
  ),
  id_card_number: printed(
    "Passenger's ID card number (身份证号) as printed, usually masked: 10 digits, '****', 3 digits and a digit or X, e.g. '1101051990****123X'.",
  ),
  passenger_name: printed("Passenger's name as printed after the ID card number, e.g. '张三'."),
}

/** JSON Schema (draft 2020-12) of {@link TrainTicket}: all ten fields required, nothing else allowed. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'China Railway train ticket',
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
} satisfies JsonSchema

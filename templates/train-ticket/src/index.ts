import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema, type TrainTicket } from './schema.js'
import { validate } from './validate.js'

/** What the sample ticket in `fixtures/` (rendered by the repository's `pnpm render:examples`) must yield. */
const sample: TrainTicket = {
  invoice_number: 'Z69E012345',
  train_number: 'G1234',
  departure_station: '北京南站',
  arrival_station: '上海虹桥站',
  departure_date_and_time: '2025年06月18日08:05开',
  seat_number: '05车12F号',
  seat_class: '二等座',
  ticket_price: '553.0',
  id_card_number: '1101051990****123X',
  passenger_name: '张三',
}

/** China Railway train ticket (火车票): the paper ticket and the e-ticket itinerary. */
export default defineTemplate({
  id: 'train-ticket',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'China Railway train ticket',
  titleZh: '火车票',
  description:
    'Reads a China Railway train ticket: serial number, train number, stations, departure date and time, seat, class, fare, passenger ID card number and name.',
  prompt,
  schema,
  validate,
  local: localRules,
  // The sample of examples/ first, then the tickets `pnpm render:fixtures` draws (values in rendered.json).
  examples: [{ image: 'fixtures/train-ticket.jpg', expected: { ...sample } }, ...rendered],
})

export type { TrainTicket } from './schema.js'

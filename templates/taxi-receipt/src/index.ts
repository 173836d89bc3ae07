import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** Chinese taxi receipt (出租车票): the metered receipt a taxi prints, on a city's pre-printed invoice. */
export default defineTemplate({
  id: 'taxi-receipt',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Chinese taxi receipt',
  titleZh: '出租车票',
  description:
    'Reads a Chinese taxi receipt: invoice code and number, plate, date, pick-up and drop-off times, unit price, distance, fare, fuel surcharge and total.',
  prompt,
  schema,
  validate,
  local: localRules,
  // The receipts `pnpm render:fixtures` draws, with the values drawn on them (fixtures/rendered.json).
  examples: rendered,
})

export type { TaxiReceipt } from './schema.js'

import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** Chinese motor-vehicle licence (机动车行驶证), the main page. */
export default defineTemplate({
  id: 'vehicle-license',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Chinese vehicle licence',
  titleZh: '机动车行驶证',
  description:
    'Reads the main page of a Chinese motor-vehicle licence: plate number, vehicle type, owner, address, use, brand and model, VIN, engine number, registration date and issue date.',
  prompt,
  schema,
  validate,
  local: localRules,
  // The licences `pnpm render:fixtures` draws (values in rendered.json).
  examples: rendered,
})

export type { VehicleLicense } from './schema.js'

import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** Chinese motor-vehicle driving licence (机动车驾驶证), the main page. */
export default defineTemplate({
  id: 'driver-license',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Chinese driving licence',
  titleZh: '机动车驾驶证',
  description:
    "Reads the main page of a Chinese motor-vehicle driving licence: licence number, name, sex, nationality, address, birth date, first issue date, permitted vehicle classes, validity period and the issuing authority's seal.",
  prompt,
  schema,
  validate,
  local: localRules,
  // The licences `pnpm render:fixtures` draws (values in rendered.json).
  examples: rendered,
})

export type { DriverLicense } from './schema.js'

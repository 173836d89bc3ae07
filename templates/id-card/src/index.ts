import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** Chinese resident identity card (居民身份证), either side. */
export default defineTemplate({
  id: 'id-card',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Chinese resident identity card',
  titleZh: '居民身份证',
  description:
    'Reads either side of a Chinese resident identity card: name, sex, ethnicity, birth date, address and ID number from the front; issuing authority and validity period from the back.',
  prompt,
  schema,
  validate,
  local: localRules,
  // The cards `pnpm render:fixtures` draws (values in rendered.json).
  examples: rendered,
})

export type { IdCard } from './schema.js'

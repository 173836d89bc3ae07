import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** Chinese business licence (营业执照), the 2016 form with the unified social credit code. */
export default defineTemplate({
  id: 'business-license',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Chinese business license',
  titleZh: '营业执照',
  description:
    'Reads a Chinese business license: unified social credit code, name, type, legal representative, registered capital, date of establishment, business term, address, business scope, registration authority and issue date.',
  prompt,
  schema,
  validate,
  local: localRules,
  // The licences `pnpm render:fixtures` draws (values in rendered.json).
  examples: rendered,
})

export type { BusinessLicense } from './schema.js'

import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** A passport's data page with its ICAO 9303 TD3 machine-readable zone. */
export default defineTemplate({
  id: 'passport',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Passport data page (ICAO 9303 TD3)',
  titleZh: '护照',
  description:
    "Reads a passport's data page: surname, given names, nationality, date of birth, sex, passport number, date of expiry, issuing country and the two MRZ lines, and checks the MRZ's check digits against the printed fields.",
  prompt,
  schema,
  validate,
  local: localRules,
  // The data pages `pnpm render:fixtures` draws (values in rendered.json).
  examples: rendered,
})

export type { Passport } from './schema.js'

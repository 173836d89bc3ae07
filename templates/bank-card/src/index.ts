import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** Bank card (银行卡), the front. */
export default defineTemplate({
  id: 'bank-card',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Bank card',
  titleZh: '银行卡',
  description:
    'Reads the front of a bank card: card number, issuing bank, card type, expiry, holder name and card scheme.',
  prompt,
  schema,
  validate,
  local: localRules,
  // The cards `pnpm render:fixtures` draws (values in rendered.json).
  examples: rendered,
})

export type { BankCard } from './schema.js'

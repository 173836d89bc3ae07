import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** A till receipt from a shop, café or restaurant, in English, in any currency. */
export default defineTemplate({
  id: 'receipt',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Till receipt',
  titleZh: '购物小票',
  description:
    "Reads a shop's till receipt: merchant name and address, date, time, the items bought, subtotal, tax, total and currency.",
  prompt,
  schema,
  validate,
  local: localRules,
  // The receipts `pnpm render:fixtures` draws (values in rendered.json).
  examples: rendered,
})

export type { Receipt, ReceiptItem } from './schema.js'

import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** An international commercial invoice in English, in any currency. */
export default defineTemplate({
  id: 'invoice',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Commercial invoice',
  titleZh: '商业发票',
  description:
    'Reads an international commercial invoice in English: number, dates, purchase order, vendor and customer with addresses and VAT ID, currency, line items, subtotal, discount, tax, total, amount due, payment terms and IBAN.',
  prompt,
  schema,
  validate,
  local: localRules,
  // The invoices `pnpm render:fixtures` draws, with the values drawn on them (fixtures/rendered.json).
  examples: rendered,
})

export type { Invoice, InvoiceItem } from './schema.js'

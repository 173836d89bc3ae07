import { defineTemplate } from '@tiqu/core'
import rendered from '../fixtures/rendered.json' with { type: 'json' }
import packageJson from '../package.json' with { type: 'json' }
import { localRules } from './local-rules.js'
import { prompt } from './prompt.js'
import { schema } from './schema.js'
import { validate } from './validate.js'

/** Chinese VAT invoice (增值税发票): paper special and ordinary invoices and fully digital e-invoices. */
export default defineTemplate({
  id: 'vat-invoice',
  // Read from package.json at build time, so a changeset release cannot leave it behind.
  version: packageJson.version,
  title: 'Chinese VAT invoice',
  titleZh: '增值税发票',
  description:
    'Reads a Chinese VAT invoice, paper (special or ordinary) or fully digital (全电/数电): code, number, date, check code, buyer and seller with taxpayer IDs, line items, totals, the total in words, remarks and the people who issued it.',
  prompt,
  schema,
  validate,
  local: localRules,
  // The invoices `pnpm render:fixtures` draws, with the values drawn on them (fixtures/rendered.json).
  examples: rendered,
})

export { amountToWords, wordsToAmount } from './internal/amount-in-words.js'
export type { VatInvoice, VatInvoiceItem } from './schema.js'

import { z } from 'zod'
import { InvalidOptionError } from '../errors/invalid-option-error.js'
import type { PriceTable } from './price-table.js'

const modelPrice = z.strictObject({
  input: z.number().nonnegative(),
  output: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY or USD'),
})
const priceTable = z.record(z.string().min(1), modelPrice)

/**
 * Checks a price table read from a file or the environment: model ids, each with `input` and `output`
 * prices per million tokens and a three-letter `currency`. Throws an `InvalidOptionError` naming the
 * first entry that is wrong, e.g. `qwen-vl-ocr.currency`, and what it should be.
 */
export function parsePriceTable(value: unknown, origin = 'prices'): PriceTable {
  const parsed = priceTable.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const where = issue?.path.length ? issue.path.join('.') : 'the table'
  throw new InvalidOptionError(
    `Invalid price table in ${origin}: ${where}: ${issue?.message ?? 'not a price table'}. ` +
      'Write { "<model>": { "input": <price per million input tokens>, "output": <per million output tokens>, "currency": "CNY" } }.',
    { parameter: 'prices' },
  )
}

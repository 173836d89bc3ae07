import type { Usage } from '../engine/types.js'
import { defaultPriceTable, type PriceTable } from './price-table.js'

/** An estimated price of some token usage. */
export interface CostEstimate {
  /** ISO 4217 code of the amounts. */
  currency: string
  input: number
  output: number
  total: number
}

/**
 * The estimated price of a request's usage on a model, from the given table merged over the default
 * one; `undefined` for a model neither table prices (a self-hosted server, the local engine).
 */
export function estimateCost(
  usage: Usage,
  model: string | undefined,
  prices: PriceTable = {},
): CostEstimate | undefined {
  if (model === undefined) return undefined
  const price = prices[model] ?? defaultPriceTable[model]
  if (!price) return undefined
  const input = (usage.prompt_tokens * price.input) / 1_000_000
  const output = (usage.completion_tokens * price.output) / 1_000_000
  return {
    currency: price.currency,
    input: round(input),
    output: round(output),
    total: round(input + output),
  }
}

// Sub-cent amounts matter summed over a batch of thousands; keep six decimals, drop float noise.
function round(amount: number): number {
  return Math.round(amount * 1_000_000) / 1_000_000
}

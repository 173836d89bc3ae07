import type { BatchSummary } from '@tiqu/core'

/** What the summary line says besides the batch's own counts. */
export interface BatchFacts {
  /** Retries of requests, when the engine's transport tells them (the qwen engine does). @default undefined (not said) */
  retries?: number | undefined
  /** Documents skipped because an earlier run's record already holds them (`--resume`). @default 0 */
  skipped?: number
  /** Ctrl-C stopped the run. @default false */
  interrupted?: boolean
}

/**
 * The one summary line of a batch on stderr:
 * `1000 documents in 12.3 s: 997 succeeded (990 valid), 3 failed (2 TIQU_SERVER, 1 TIQU_TIMEOUT); 612 retries;
 * 431,200 tokens; about 0.17 CNY (estimated)`.
 */
export function describeBatch(summary: BatchSummary, facts: BatchFacts = {}): string {
  const documents = `${summary.total} ${summary.total === 1 ? 'document' : 'documents'}`
  const skipped = facts.skipped ? ` (${facts.skipped} more already done)` : ''
  const seconds = `${(summary.elapsedMs / 1000).toFixed(1)} s`
  const byCode = Object.entries(summary.failedByCode)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([code, count]) => `${count} ${code}`)
    .join(', ')
  const failed = `${summary.failed} failed${summary.failed > 0 ? ` (${byCode})` : ''}`
  const parts = [
    `${documents}${skipped} in ${seconds}: ${summary.succeeded} succeeded (${summary.valid} valid), ${failed}`,
  ]
  if (facts.retries !== undefined) parts.push(`${facts.retries} ${facts.retries === 1 ? 'retry' : 'retries'}`)
  if (summary.usage.total_tokens > 0)
    parts.push(`${summary.usage.total_tokens.toLocaleString('en-US')} tokens`)
  if (summary.cost)
    parts.push(`about ${formatAmount(summary.cost.total)} ${summary.cost.currency} (estimated)`)
  if (facts.interrupted) parts.push('interrupted')
  return parts.join('; ')
}

// Cents for sums of a unit or more; three significant digits below, where a batch of a few pages lands.
function formatAmount(amount: number): string {
  if (amount >= 1)
    return amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return amount === 0 ? '0' : amount.toPrecision(3).replace(/0+$/, '').replace(/\.$/, '')
}

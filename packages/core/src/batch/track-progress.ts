import type { CostEstimate } from '../cost/estimate-cost.js'
import type { Usage } from '../engine/types.js'
import type { ExtractResult } from '../result.js'
import type { BatchProgress, BatchSummary } from './types.js'

/** Counts a batch's records as they finish, for its progress parts and its summary. */
export interface ProgressTracker {
  /** Counts one finished record. */
  add(result: ExtractResult): void
  /** Sets the number of documents once the input iterable has ended. */
  setTotal(total: number): void
  /** Adds to the expected total, while it is known: a PDF's other pages, or minus a skipped input. */
  grow(documents: number): void
  /** Counts documents left out by the caller's `skip`, for the summary. */
  skip(documents: number): void
  progress(running: number): BatchProgress
  summary(aborted: boolean): BatchSummary
}

/** Starts the clock of a batch of `total` inputs (undefined while unknown). */
export function trackProgress(total: number | undefined): ProgressTracker {
  const startedAt = performance.now()
  let known = total
  let done = 0
  let failed = 0
  let valid = 0
  let skipped = 0
  // Summed while every priced record is in one currency; records of unpriced models add nothing.
  let cost: CostEstimate | undefined
  let mixedCurrencies = false
  const failedByCode: BatchSummary['failedByCode'] = {}
  const usage: Usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, image_tokens: 0 }

  return {
    add(result) {
      done += 1
      if (result.error) {
        failed += 1
        failedByCode[result.error.code] = (failedByCode[result.error.code] ?? 0) + 1
      } else if (result.valid) valid += 1
      usage.prompt_tokens += result.usage.prompt_tokens
      usage.completion_tokens += result.usage.completion_tokens
      usage.total_tokens += result.usage.total_tokens
      usage.image_tokens += result.usage.image_tokens
      if (result.cost && !mixedCurrencies) {
        if (cost && cost.currency !== result.cost.currency) {
          mixedCurrencies = true
          cost = undefined
        } else {
          cost = {
            currency: result.cost.currency,
            input: round((cost?.input ?? 0) + result.cost.input),
            output: round((cost?.output ?? 0) + result.cost.output),
            total: round((cost?.total ?? 0) + result.cost.total),
          }
        }
      }
    },
    setTotal(count) {
      known = count
    },
    grow(documents) {
      if (known !== undefined) known = Math.max(done, known + documents)
    },
    skip(documents) {
      skipped += documents
    },
    progress(running) {
      const elapsedMs = performance.now() - startedAt
      // The mean since the start, not a recent window: steadier to read, and a batch's rate is
      // bounded by concurrency and latency, which change little during a run.
      const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0
      const etaMs =
        known !== undefined && done > 0 && rate > 0 ? (Math.max(0, known - done) / rate) * 1000 : undefined
      return { done, succeeded: done - failed, failed, running, total: known, elapsedMs, rate, etaMs }
    },
    summary(aborted) {
      return {
        total: done,
        succeeded: done - failed,
        valid,
        failed,
        failedByCode: { ...failedByCode },
        usage: { ...usage },
        ...(cost ? { cost: { ...cost } } : {}),
        elapsedMs: performance.now() - startedAt,
        aborted,
        skipped,
      }
    },
  }
}

// The same six decimals as each record's estimate, without the float noise of a long sum.
function round(amount: number): number {
  return Math.round(amount * 1_000_000) / 1_000_000
}

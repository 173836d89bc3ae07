import type { Usage } from '../engine/types.js'
import type { ExtractResult } from '../result.js'
import type { BatchProgress, BatchSummary } from './types.js'

/** Counts a batch's records as they finish, for its progress parts and its summary. */
export interface ProgressTracker {
  /** Counts one finished record. */
  add(result: ExtractResult): void
  /** Sets the number of inputs once the input iterable has ended. */
  setTotal(total: number): void
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
    },
    setTotal(count) {
      known = count
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
        elapsedMs: performance.now() - startedAt,
        aborted,
      }
    },
  }
}

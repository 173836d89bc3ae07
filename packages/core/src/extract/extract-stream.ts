import type { ExtractResult } from '../result.js'
import { runExtraction } from './run-extraction.js'
import type { ExtractOptions, ExtractPart, ExtractStream } from './types.js'

/**
 * Reads one document and yields its parts as they happen (text as it arrives, layout, usage), ending
 * with `finish` or `error` carrying the record. `result` resolves with the record whether or not the
 * parts are read; parts not read yet are buffered.
 */
export function extractStream(options: ExtractOptions): ExtractStream {
  const buffered: ExtractPart[] = []
  let wake: (() => void) | undefined
  let done = false
  let failure: unknown

  const result: Promise<ExtractResult> = runExtraction(options, (part) => {
    buffered.push(part)
    wake?.()
  }).then(
    (record) => {
      done = true
      wake?.()
      return record
    },
    (error: unknown) => {
      done = true
      failure = error
      wake?.()
      throw error
    },
  )
  // The record is also reachable through iteration; don't report a rejection twice as unhandled.
  result.catch(() => {})

  return {
    result,
    async *[Symbol.asyncIterator]() {
      while (true) {
        const part = buffered.shift()
        if (part) {
          yield part
          continue
        }
        if (done) {
          if (failure !== undefined) throw failure
          return
        }
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = undefined
      }
    },
  }
}

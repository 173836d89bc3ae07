import { AbortedError } from '../errors/aborted-error.js'
import { InvalidOptionError } from '../errors/invalid-option-error.js'
import { extract } from '../extract/extract.js'
import { extractStream } from '../extract/extract-stream.js'
import type { ExtractOptions } from '../extract/types.js'
import type { ExtractResult } from '../result.js'
import { createPartChannel, type PartChannel } from './create-part-channel.js'
import { expandPdfPages } from './expand-pdf-pages.js'
import { failedRecord } from './failed-record.js'
import type { SplitBatchInput } from './split-batch-input.js'
import { trackProgress } from './track-progress.js'
import type { BatchSummary, ExtractManyOptions, ExtractManyPart, ExtractManyStream } from './types.js'

/**
 * Reads many documents with the same engine, template and options, at most `concurrency` at once, and
 * yields one `result` part per document (in input order, or as each finishes) with a `progress` part
 * after each. A PDF file is a document per page, rendered as its turn comes. A document that fails is
 * a record with `error`, never a throw, and the batch goes on. Aborting `signal` starts no more
 * documents and aborts those being read; each document still gets its record.
 */
export function extractMany(options: ExtractManyOptions): ExtractManyStream {
  const concurrency = options.concurrency ?? 4
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InvalidOptionError(
      `Invalid option concurrency=${concurrency}: pass a whole number of documents read at once, ≥ 1 (default 4).`,
      { parameter: 'concurrency' },
    )
  }
  if (options.order !== undefined && options.order !== 'input' && options.order !== 'finish') {
    throw new InvalidOptionError(
      `Invalid option order=${JSON.stringify(options.order)}: pass 'input' (the order of inputs) or 'finish' (as each is done).`,
      { parameter: 'order' },
    )
  }
  const channel = createPartChannel<ExtractManyPart>()
  const done = runBatch(options, concurrency, channel).then(
    (summary) => {
      channel.close()
      return summary
    },
    (error: unknown) => {
      channel.fail(error)
      throw error
    },
  )
  // The error is also thrown to whoever iterates; don't report it as unhandled when only one side looks.
  done.catch(() => {})
  return { done, [Symbol.asyncIterator]: () => channel[Symbol.asyncIterator]() }
}

async function runBatch(
  options: ExtractManyOptions,
  concurrency: number,
  channel: PartChannel<ExtractManyPart>,
): Promise<BatchSummary> {
  const { inputs, order = 'input', signal: callerSignal } = options
  // Aborted by the caller's signal, or when one document shows that the request itself is wrong.
  const stop = new AbortController()
  // Each document gets a signal of its own: the SDK and others leave a listener on the signal they are
  // given, and thousands of documents must not pile thousands of listeners onto one shared signal.
  const inFlight = new Set<AbortController>()
  stop.signal.addEventListener('abort', () => {
    for (const controller of inFlight) controller.abort(stop.signal.reason)
  })
  const onCallerAbort = () => stop.abort(callerSignal?.reason)
  if (callerSignal?.aborted) onCallerAbort()
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true })

  const tracker = trackProgress(options.total ?? (Array.isArray(inputs) ? inputs.length : undefined))
  const running = new Set<Promise<void>>()
  const held = new Map<number, ExtractResult>()
  let nextToYield = 0
  let requestError: { error: unknown } | undefined

  const settle = (index: number, result: ExtractResult) => {
    tracker.add(result)
    if (order === 'finish') channel.push({ type: 'result', index, result })
    else {
      held.set(index, result)
      for (let next = held.get(nextToYield); next; next = held.get(nextToYield)) {
        held.delete(nextToYield)
        channel.push({ type: 'result', index: nextToYield, result: next })
        nextToYield += 1
      }
    }
    channel.push({ type: 'progress', progress: tracker.progress(running.size) })
  }

  try {
    channel.push({ type: 'progress', progress: tracker.progress(0) })
    let count = 0
    let skipped = 0
    for await (const document of expandPdfPages(inputs, { options: options.options })) {
      // A PDF is one input and several documents: the total grows by its other pages at its first.
      if ('page' in document && document.page?.number === 1 && document.page.count > 1) {
        tracker.grow(document.page.count - 1)
        channel.push({ type: 'progress', progress: tracker.progress(running.size) })
      }
      if (options.skip?.(document.name)) {
        skipped += 1
        tracker.grow(-1)
        continue
      }
      const index = count++
      while (running.size >= concurrency && !requestError) await Promise.race(running)
      if (requestError) break
      if ('error' in document) {
        settle(index, failedRecord(options, document.name, document.error))
        continue
      }
      const input = document
      if (stop.signal.aborted) {
        const notStarted = new AbortedError('Not read: the batch was aborted before this document began.')
        settle(index, failedRecord(options, input.name, notStarted))
        continue
      }
      const controller = new AbortController()
      inFlight.add(controller)
      const task: Promise<void> = readOne(options, input, index, controller.signal, channel).then(
        (result) => {
          inFlight.delete(controller)
          running.delete(task)
          settle(index, result)
        },
        (error: unknown) => {
          inFlight.delete(controller)
          running.delete(task)
          requestError ??= { error }
          stop.abort(error)
        },
      )
      running.add(task)
    }
    if (!requestError) tracker.setTotal(count)
    tracker.skip(skipped)
    await Promise.all(running)
  } finally {
    callerSignal?.removeEventListener('abort', onCallerAbort)
  }
  if (requestError) throw requestError.error
  return tracker.summary(callerSignal?.aborted === true)
}

/** One document through the public `extract` functions, so a batch reads exactly as single calls do. */
async function readOne(
  options: ExtractManyOptions,
  input: SplitBatchInput,
  index: number,
  signal: AbortSignal,
  channel: PartChannel<ExtractManyPart>,
): Promise<ExtractResult> {
  const {
    inputs: _inputs,
    concurrency: _concurrency,
    order: _order,
    total: _total,
    skip: _skip,
    ...shared
  } = options
  const single: ExtractOptions = {
    ...shared,
    input: input.input,
    ...(input.source !== undefined ? { source: input.source } : {}),
    signal,
  }
  if (!options.stream) return extract(single)
  const stream = extractStream(single)
  for await (const part of stream) {
    if (part.type === 'text-delta')
      channel.push({ type: 'text-delta', index, source: input.name, textDelta: part.textDelta })
    else if (part.type === 'repair-start')
      channel.push({
        type: 'repair-start',
        index,
        source: input.name,
        attempt: part.attempt,
        issues: part.issues,
      })
  }
  return stream.result
}

import type { BatchSummary, Engine, ExtractResult, ModelOptions, PriceTable, Template } from '@tiqu/core'
import { extractMany } from '@tiqu/core'
import type { Input } from './collect-inputs.js'
import { createProgressDisplay } from './create-progress-display.js'
import type { Io } from './io.js'
import type { ResultWriter } from './write-results.js'

/** The documents of a batch and what they all share. */
export interface RunBatchOptions {
  inputs: Input[]
  /** The bytes read from stdin, for the `-` input. @default undefined (no `-` input) */
  stdin?: Uint8Array | undefined
  engine: Engine
  template?: Template | undefined
  prompt?: string | undefined
  /** Reads each page's layout to give the fields boxes (`--boxes`). @default undefined (no layout pass) */
  layoutEngine?: Engine | undefined
  modelOptions: ModelOptions
  /** Stream each answer's text to stderr as it arrives, one document at a time. @default false */
  stream?: boolean
  concurrency: number
  /** Prices over the built-in list prices, for each record's `cost`. @default {} */
  prices?: PriceTable | undefined
  /** Documents to leave out by source (`--resume`), PDF pages included. @default none */
  skip?: ((source: string) => boolean) | undefined
  /** Where records go; without one (`tiqu ocr` to stdout) each document's plain text is printed. */
  writer: ResultWriter | undefined
}

/** How a batch ended. */
export interface BatchOutcome {
  summary: BatchSummary
  /** Ctrl-C (or SIGTERM) stopped it. */
  interrupted: boolean
}

/**
 * Reads the documents with `extractMany`, writing each record as it finishes and showing progress on
 * stderr. Ctrl-C stops starting documents and aborts those in flight (every input still gets a record);
 * a second Ctrl-C exits at once.
 */
export async function runBatch(io: Io, options: RunBatchOptions): Promise<BatchOutcome> {
  const { inputs, writer } = options
  const streaming = options.stream === true
  const display = createProgressDisplay(io, {
    total: inputs.length,
    bar: io.interactive && !streaming && inputs.length > 1,
  })
  const controller = new AbortController()
  let interrupted = false
  const interrupt = () => {
    // A second Ctrl-C means now: every record written so far is already on disk, line by line.
    if (interrupted) process.exit(130)
    interrupted = true
    display.log(
      'interrupted: no more documents start; those being read stop. Press Ctrl-C again to quit at once.',
    )
    controller.abort()
  }
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  try {
    const batch = extractMany({
      inputs: inputs.map((input) => ({
        input:
          input.kind === 'stdin'
            ? (options.stdin ?? new Uint8Array())
            : input.kind === 'url'
              ? input.url
              : input.path,
        source: input.source,
      })),
      engine: options.engine,
      ...(options.template ? { template: options.template } : {}),
      ...(options.prompt ? { prompt: options.prompt } : {}),
      ...(options.layoutEngine ? { layoutEngine: options.layoutEngine } : {}),
      options: options.modelOptions,
      stream: streaming,
      // Streamed text is shown as it arrives, so one document at a time keeps it readable.
      concurrency: streaming ? 1 : options.concurrency,
      ...(options.skip ? { skip: options.skip } : {}),
      ...(options.prices ? { prices: options.prices } : {}),
      // Written as each finishes, so a crash loses nothing done; a JSON array is put in order at the end.
      order: 'finish',
      signal: controller.signal,
    })
    let done = 0
    for await (const part of batch) {
      if (part.type === 'text-delta') io.stderr.write(part.textDelta)
      else if (part.type === 'repair-start') {
        // The streamed text so far was an answer with errors; what follows is a new one.
        const count = part.issues.length
        io.stderr.write(
          `\ntiqu: that answer had ${count} error${count === 1 ? '' : 's'} (${part.issues[0]?.path || '/'}: ${part.issues[0]?.message ?? ''}); asking again, answer ${part.attempt}:\n`,
        )
      } else if (part.type === 'progress') display.progress(part.progress)
      else {
        if (streaming) io.stderr.write('\n')
        if (writer) await writer.write(part.result, part.index)
        else writeText(io, part.result, inputs.length > 1)
        done += 1
        display.finished(part.result, done)
      }
    }
    return { summary: await batch.done, interrupted }
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
    display.close()
  }
}

function writeText(io: Io, result: ExtractResult, withHeader: boolean): void {
  if (withHeader) io.stdout.write(`==> ${result.source} <==\n`)
  if (!result.error) io.stdout.write(`${result.text}\n`)
}

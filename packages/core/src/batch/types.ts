import type { Usage } from '../engine/types.js'
import type { TiquErrorCode } from '../errors/tiqu-error.js'
import type { ExtractOptions } from '../extract/types.js'
import type { ExtractResult } from '../result.js'

/** One document of a batch: anything `extract` reads, alone or with the name its record gives it. */
export type ExtractManyInput =
  | ExtractOptions['input']
  | {
      input: ExtractOptions['input']
      /** How the record names the input. @default the path or URL; 'bytes' for bytes */
      source?: string
    }

/** What to read, with what, and how: `extract`'s options shared by every document, plus the batch's own. */
export interface ExtractManyOptions extends Omit<ExtractOptions, 'input' | 'source'> {
  /**
   * The documents. An array, any iterable, or an async iterable, which is read only as fast as
   * documents start, so a listing of millions of files need not be held in memory. It must end.
   */
  inputs: Iterable<ExtractManyInput> | AsyncIterable<ExtractManyInput>
  /**
   * How many documents are read at once.
   * @default 4
   */
  concurrency?: number
  /**
   * `'input'` yields results in the order of `inputs` (a slow document holds back the ones after it);
   * `'finish'` yields each as soon as it is done.
   * @default 'input'
   */
  order?: 'input' | 'finish'
  /**
   * How many inputs there are, for progress and ETA, when `inputs` is not an array.
   * @default inputs.length for an array; otherwise unknown until `inputs` ends
   */
  total?: number
  /**
   * Ask the service to stream each answer, and yield its text as `text-delta` parts tagged with the
   * document's index and source.
   * @default false
   */
  stream?: boolean
  /**
   * Stops the batch: no more documents start and those being read are aborted. Every input still gets
   * its record, with a `TIQU_ABORTED` error for those not read to the end.
   * @default undefined (never)
   */
  signal?: AbortSignal
}

/** How far a batch has got; sent after every document. */
export interface BatchProgress {
  /** Documents finished, succeeded or failed. */
  done: number
  /** Documents finished without an `error` (valid or not). */
  succeeded: number
  /** Documents finished with an `error`. */
  failed: number
  /** Documents being read now. */
  running: number
  /** All documents, once known. */
  total: number | undefined
  elapsedMs: number
  /** Documents finished per second since the batch began. */
  rate: number
  /** Estimated time until the last document finishes, once something has finished and `total` is known. */
  etaMs: number | undefined
}

/** The counts of a finished batch. */
export interface BatchSummary {
  /** Records yielded: one per input. */
  total: number
  /** Documents without an `error`. */
  succeeded: number
  /** Of the succeeded, those whose data passed every check. */
  valid: number
  /** Documents with an `error`. */
  failed: number
  /** The failed documents counted by error code. */
  failedByCode: Partial<Record<TiquErrorCode, number>>
  /** Tokens of every document added up. */
  usage: Usage
  elapsedMs: number
  /** The caller's signal stopped the batch; documents not read have a `TIQU_ABORTED` error. */
  aborted: boolean
}

/** What {@link extractMany} yields while it works. */
export type ExtractManyPart =
  /** One document's record; `index` is its position in `inputs`. */
  | { type: 'result'; index: number; result: ExtractResult }
  | { type: 'progress'; progress: BatchProgress }
  /** Text of one document as it arrives; sent only with `stream: true`. */
  | { type: 'text-delta'; index: number; source: string; textDelta: string }

/** The parts of a batch as they happen, and its counts at the end. */
export interface ExtractManyStream extends AsyncIterable<ExtractManyPart> {
  /**
   * The counts, once every input has its record. Rejects only for an error about the request itself
   * (bad option, unknown template), which no document could succeed with; parts not read are buffered.
   */
  readonly done: Promise<BatchSummary>
}

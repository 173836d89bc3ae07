import type { CostEstimate } from '../cost/estimate-cost.js'
import type { Usage } from '../engine/types.js'
import type { TiquErrorCode } from '../errors/tiqu-error.js'
import type { ExtractOptions } from '../extract/types.js'
import type { ExtractResult } from '../result.js'
import type { Issue } from '../template/types.js'

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
   * A PDF (a path, `file:` URL or bytes) is read as one document per page, each rendered when its
   * turn comes, with `#page=<n>` appended to its source.
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
   * Leaves out documents by source, e.g. those an earlier run already finished: called with each
   * document's source (a PDF page's ends in `#page=<n>`) before it is read. Skipped documents get no
   * record, and are counted in the summary's `skipped`.
   * @default undefined (none skipped)
   */
  skip?: (source: string) => boolean
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
  /** Records yielded: one per document (a PDF is a document per page), skipped ones aside. */
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
  /**
   * The records' estimated costs added up (see `prices`); absent when no record has one, or when
   * they are in different currencies.
   */
  cost?: CostEstimate
  elapsedMs: number
  /** The caller's signal stopped the batch; documents not read have a `TIQU_ABORTED` error. */
  aborted: boolean
  /** Documents left out by `skip`, without a record. */
  skipped: number
}

/** What {@link extractMany} yields while it works. */
export type ExtractManyPart =
  /** One document's record; `index` is its position in `inputs`. */
  | { type: 'result'; index: number; result: ExtractResult }
  | { type: 'progress'; progress: BatchProgress }
  /** Text of one document as it arrives; sent only with `stream: true`. */
  | { type: 'text-delta'; index: number; source: string; textDelta: string }
  /**
   * One document's answer had `error` issues and the model is asked again (see `repairAttempts`): the
   * `text-delta` parts that follow are the new answer's. Sent only with `stream: true`.
   */
  | {
      type: 'repair-start'
      index: number
      source: string
      /** Which answer is now requested: 2 for the first re-ask. */
      attempt: number
      /** The issues of the answer being corrected. */
      issues: Issue[]
    }

/** The parts of a batch as they happen, and its counts at the end. */
export interface ExtractManyStream extends AsyncIterable<ExtractManyPart> {
  /**
   * The counts, once every input has its record. Rejects only for an error about the request itself
   * (bad option, unknown template), which no document could succeed with; parts not read are buffered.
   */
  readonly done: Promise<BatchSummary>
}

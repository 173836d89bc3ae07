import type { PriceTable } from '../cost/price-table.js'
import type { Engine, EnginePart, ModelOptions, ResolvedImage, Usage } from '../engine/types.js'
import type { ExtractResult } from '../result.js'
import type { Issue, Template } from '../template/types.js'

/** What to read, with what, and how. */
export interface ExtractOptions {
  /** A file path, an http(s) URL, image bytes, or an image already resolved. */
  input: string | URL | Uint8Array | ResolvedImage
  /** How the record names the input. @default the path or URL; 'bytes' for bytes */
  source?: string
  /** The engine that reads the image (from a registry, or `createQwenEngine()` / `createLocalEngine()`). */
  engine: Engine
  /** The template to fill; without one, the result is plain OCR text. */
  template?: Template
  /** A prompt of the caller's own, instead of the template's (the `qwen` engine only). */
  prompt?: string
  /** Model and sampling options, checked before any network call. @default {} */
  options?: ModelOptions
  /** Ask the service to stream its answer as it is produced. @default false */
  stream?: boolean
  /**
   * How many times to ask the model again when its answer does not parse or has `error` issues: each
   * re-ask is a fresh request with the same image, whose prompt holds the original prompt, the previous
   * answer and its issues. A re-ask's answer is used only when it is better (it parses, with fewer
   * errors); the others are kept in the record's `attempts`. Engines that fill the object themselves
   * (the `local` engine) are never re-asked: their answer does not depend on a prompt. 0 disables it.
   * @default 1
   */
  repairAttempts?: number
  /**
   * An engine that reads the page's layout (its plain OCR gives a `lines` part; the embedded engine
   * does), for engines that give no boxes themselves, such as `qwen`. The page is read with it while
   * the model answers, and each value of the answer is placed on the line(s) whose text matches it
   * (see `locateValues`): the box goes into the record's `evidence`. A value matched nowhere, or
   * equally well in two places, gets no box. Fields the engine placed itself keep their box, and when
   * it is the extraction's own engine nothing more is read. If it fails, the record says so in a
   * warning and has no boxes; the values are unaffected.
   * @default undefined (no layout pass)
   */
  layoutEngine?: Engine
  /** Prices per model to estimate `cost` with, over the built-in list prices. @default {} */
  prices?: PriceTable
  /** Stops the extraction; the record then carries a `TIQU_ABORTED` error. @default undefined (never) */
  signal?: AbortSignal
}

/**
 * What {@link extractStream} yields while it works, ending with `finish` (or `error`) carrying the record.
 * The record in `finish` is the final word: parts before it show the work as it happens.
 */
export type ExtractPart =
  | { type: 'text-delta'; textDelta: string }
  | Extract<EnginePart, { type: 'lines' }>
  | {
      /**
       * A top-level field whose value is complete: the parser has seen the `,` or `}` after it (or the
       * engine filled the object itself), so the value will not change within this answer. Only with a template.
       */
      type: 'object-delta'
      /** The object so far, holding only completed fields; a fresh copy each time, safe to keep. */
      object: { [field: string]: unknown }
      /** The top-level property name that just completed. */
      field: string
      value: unknown
      /**
       * The field's own problems against its property's schema. Checks that need the whole object
       * (`required`, the template's `validate`) are made once, in the record.
       */
      issues: Issue[]
    }
  | {
      /**
       * The answer had `error` issues and the model is asked again (see `repairAttempts`). The
       * `text-delta` and `object-delta` parts that follow belong to the new answer: start the text and
       * the object afresh. The record keeps whichever answer is better.
       */
      type: 'repair-start'
      /** Which answer is now requested: 2 for the first re-ask. */
      attempt: number
      /** The `error` issues of the answer being corrected, as the new prompt lists them. */
      issues: Issue[]
    }
  | {
      type: 'usage'
      /** Tokens of the extraction so far, summed over its requests (re-asks included). */
      usage: Usage
    }
  | { type: 'finish'; result: ExtractResult }
  | { type: 'error'; error: NonNullable<ExtractResult['error']>; result: ExtractResult }

/** The parts of one extraction as they happen, and the final record. */
export interface ExtractStream extends AsyncIterable<ExtractPart> {
  /** The record of the extraction: resolves whether or not the parts are read. */
  readonly result: Promise<ExtractResult>
}

import type { Engine, EnginePart, ModelOptions, ResolvedImage, Usage } from '../engine/types.js'
import type { ExtractResult } from '../result.js'
import type { Template } from '../template/types.js'

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
  signal?: AbortSignal
}

/** What {@link extractStream} yields while it works, ending with `finish` (or `error`) carrying the record. */
export type ExtractPart =
  | { type: 'text-delta'; textDelta: string }
  | Extract<EnginePart, { type: 'lines' }>
  | { type: 'usage'; usage: Usage }
  | { type: 'finish'; result: ExtractResult }
  | { type: 'error'; error: NonNullable<ExtractResult['error']>; result: ExtractResult }

/** The parts of one extraction as they happen, and the final record. */
export interface ExtractStream extends AsyncIterable<ExtractPart> {
  /** The record of the extraction: resolves whether or not the parts are read. */
  readonly result: Promise<ExtractResult>
}

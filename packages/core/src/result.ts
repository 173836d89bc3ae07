import type { Usage } from './engine/types.js'
import type { TiquErrorCode } from './errors/tiqu-error.js'
import type { Issue } from './template/types.js'

/** The record of one extraction: one input, one record, always. */
export interface ExtractResult<TData = { [field: string]: unknown }> {
  /** What was read: a path, a URL, or `-` for standard input. */
  source: string
  /** The template used; absent for plain OCR. */
  template?: { id: string; version: string }
  engine: string
  model?: string
  /** The parsed object, or null when none could be parsed. */
  data: TData | null
  /** Schema and template checks all passed. */
  valid: boolean
  issues: Issue[]
  /** JSON pointers of values holding '?' for unreadable characters. */
  uncertain: string[]
  /** The engine's raw text, always kept. */
  text: string
  usage: Usage
  timing: { total_ms: number; first_token_ms: number | null }
  /** Present when the document failed; `data` is then null. */
  error?: { code: TiquErrorCode; message: string }
  /** Why the engine stopped, when it says. */
  finish_reason?: string
}

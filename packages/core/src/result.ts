import type { CostEstimate } from './cost/estimate-cost.js'
import type { FieldEvidence, Usage } from './engine/types.js'
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
  /**
   * By JSON pointer, how sure the engine is of a field's value and where it was read: the local
   * engine's recognizer score and box; with `logprobs`, the model's probability of each top-level
   * value (the product of its tokens' probabilities); with `layoutEngine`, the box of the text a
   * value matched. Fields without any are absent.
   */
  evidence?: { [pointer: string]: FieldEvidence }
  /** The engine's raw text of the answer `data` comes from, always kept. */
  text: string
  /**
   * The other answers when the model was asked again (`repairAttempts`), in the order they were
   * requested: each with its raw text and the issues it had. Absent when only one answer was requested.
   */
  attempts?: Array<{ text: string; issues: Issue[] }>
  /** Tokens of every request the extraction made, re-asks included. */
  usage: Usage
  /** The estimated price of `usage`, for models with a known (or given) price. */
  cost?: CostEstimate
  timing: { total_ms: number; first_token_ms: number | null }
  /** Present when the document failed; `data` is then null. */
  error?: { code: TiquErrorCode; message: string }
  /** Why the engine stopped, when it says. */
  finish_reason?: string
}

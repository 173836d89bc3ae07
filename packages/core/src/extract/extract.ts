import type { ExtractResult } from '../result.js'
import { runExtraction } from './run-extraction.js'
import type { ExtractOptions } from './types.js'

/**
 * Reads one document and returns its record: the parsed, validated object with the raw text kept.
 * A document that fails (unreadable file, API error, broken stream) resolves with `error` set, never
 * rejects; an invalid request (bad option, unknown template) rejects with a `TiquError`.
 */
export function extract(options: ExtractOptions): Promise<ExtractResult> {
  return runExtraction(options)
}

import { jsonrepair } from 'jsonrepair'
import type { ParsedModelText } from './parse-model-text.js'

/**
 * Parses text that should be one JSON value: strict JSON first, so a well-formed answer is never
 * altered, then `jsonrepair` for the model's habits (single quotes, `None`, trailing commas, a missing
 * closer). Shared by the whole-answer parse and the field-by-field one, so a field streamed early
 * reads exactly as it will in the final record.
 */
export function parseJsonCandidate(candidate: string): ParsedModelText {
  try {
    return { ok: true, value: JSON.parse(candidate), repaired: false }
  } catch {
    // fall through to repair
  }
  try {
    return { ok: true, value: JSON.parse(jsonrepair(candidate)), repaired: true }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

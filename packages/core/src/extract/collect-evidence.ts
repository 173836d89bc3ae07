import { fieldConfidence } from '../confidence/field-confidence.js'
import type { FieldEvidence, OcrLine } from '../engine/types.js'
import { escapePointer } from '../internal/escape-pointer.js'
import type { ExtractResult } from '../result.js'
import type { JudgedAnswer } from './judge-answer.js'

/**
 * The evidence of the answer used, by JSON pointer: what the engine said of its own fields, then the
 * model's confidence from the tokens that wrote each top-level value, then the boxes a layout pass
 * found. What comes first is kept; later sources fill only what is missing.
 */
export function collectEvidence(
  chosen: JudgedAnswer,
  boxes: { [pointer: string]: OcrLine['box'] } = {},
): ExtractResult['evidence'] {
  const { answer, data } = chosen
  if (data === null) return undefined
  const evidence: { [pointer: string]: FieldEvidence } = {}
  const add = (pointer: string, more: FieldEvidence) => {
    evidence[pointer] = { ...more, ...evidence[pointer] }
  }
  for (const [field, own] of Object.entries(answer.evidence ?? {})) add(`/${escapePointer(field)}`, own)
  // The tokens belong to this answer's text, so a re-ask's confidence never mixes with the first answer's.
  if (answer.tokens && answer.tokens.length > 0) {
    for (const [field, confidence] of Object.entries(fieldConfidence(answer.text, answer.tokens, data)))
      add(`/${escapePointer(field)}`, { confidence })
  }
  for (const [pointer, box] of Object.entries(boxes)) add(pointer, { box })
  return Object.keys(evidence).length > 0 ? evidence : undefined
}

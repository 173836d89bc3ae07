import { parseJsonCandidate } from './parse-json-candidate.js'
import { unfence } from './unfence.js'

/** The outcome of turning a model's answer into a value. */
export type ParsedModelText = { ok: true; value: unknown; repaired: boolean } | { ok: false; reason: string }

/**
 * Turns a model's answer into a value. Qwen-OCR fences its JSON in ```json, sometimes leaves the fence
 * open when cut short, and follows prompts that show Python-dict style examples with single quotes;
 * Alibaba's own evaluator strips the fence before parsing for the same reason. Strict JSON is tried
 * first so a well-formed answer is never altered; `jsonrepair` handles the rest.
 */
export function parseModelText(text: string): ParsedModelText {
  const candidate = extractJsonCandidate(text)
  if (candidate === undefined) {
    return { ok: false, reason: 'the answer holds no JSON object or array' }
  }
  return parseJsonCandidate(candidate)
}

function extractJsonCandidate(text: string): string | undefined {
  const body = unfence(text)
  const start = body.search(/[[{]/)
  if (start === -1) return undefined
  const closer = body[start] === '{' ? '}' : ']'
  const end = body.lastIndexOf(closer)
  // An answer cut short has no closer: hand jsonrepair everything from the opener on.
  return end > start ? body.slice(start, end + 1) : body.slice(start)
}

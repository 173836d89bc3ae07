import { parseModelText } from '@tiqu/core'
import type { KeyValuePair, KeyValues } from './schema.js'

/**
 * The model's JSON as {@link KeyValues}. The asked-for `{ pairs: [{ key, value }] }` is taken as it is;
 * a plain object of labels to values, which models trained on Qwen-OCR's own all-pairs task tend to
 * write, is turned into pairs in its order, nested objects and lists giving keys joined by '/'
 * (`买方/名称`, `货物[1]/金额`). Numbers and booleans become their text. `null` when the answer is not
 * JSON, or not an object or list.
 */
export function parseAnswer(answer: string): KeyValues | null {
  const parsed = parseModelText(answer)
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return null
  const value = parsed.value as { pairs?: unknown }
  const listed = Array.isArray(value) ? value : Array.isArray(value.pairs) ? value.pairs : undefined
  if (listed?.every(isPairLike)) {
    return { pairs: listed.map((pair) => ({ key: String(pair.key), value: asText(pair.value) })) }
  }
  return { pairs: flatten(value, '') }
}

function isPairLike(item: unknown): item is { key: unknown; value?: unknown } {
  return item !== null && typeof item === 'object' && 'key' in item
}

function flatten(value: unknown, prefix: string): KeyValuePair[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => flatten(item, `${prefix}[${index + 1}]`))
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) =>
      flatten(inner, prefix === '' ? key : `${prefix}/${key}`),
    )
  }
  return prefix === '' ? [] : [{ key: prefix, value: asText(value) }]
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

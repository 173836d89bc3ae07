import { escapePointer } from '../internal/escape-pointer.js'
import { hasWildcard } from './wildcard-pattern.js'

/**
 * JSON pointers of the string values that hold '?' (or its full-width form): the prompts ask the model
 * to write one for each character it cannot read, so these values need a human look.
 */
export function findUncertain(value: unknown, pointer = ''): string[] {
  if (typeof value === 'string') return hasWildcard(value) ? [pointer] : []
  if (Array.isArray(value)) return value.flatMap((item, index) => findUncertain(item, `${pointer}/${index}`))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      findUncertain(item, `${pointer}/${escapePointer(key)}`),
    )
  }
  return []
}

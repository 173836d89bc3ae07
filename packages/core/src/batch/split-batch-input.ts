import type { ExtractOptions } from '../extract/types.js'
import type { ExtractManyInput } from './types.js'

/** One batch input taken apart: what to read, the source the caller gave, and a name for it either way. */
export interface SplitBatchInput {
  input: ExtractOptions['input']
  /** The caller's own `source`, passed on as given. */
  source: string | undefined
  /** The caller's source, else how `extract` names such an input: for parts sent before its record exists. */
  name: string
}

/** Tells `{ input, source }` from a bare input (a `ResolvedImage` is an object too, but has no `input`). */
export function splitBatchInput(item: ExtractManyInput): SplitBatchInput {
  const wrapped =
    typeof item === 'object' &&
    item !== null &&
    !(item instanceof Uint8Array) &&
    !(item instanceof URL) &&
    'input' in item
  const input = wrapped ? item.input : item
  const source = wrapped ? item.source : undefined
  return { input, source, name: source ?? nameOf(input) }
}

function nameOf(input: ExtractOptions['input']): string {
  if (typeof input === 'string') return input
  if (input instanceof URL) return input.href
  if (input instanceof Uint8Array) return 'bytes'
  return input.source
}

import type { OcrLine } from '../engine/types.js'
import { escapePointer } from '../internal/escape-pointer.js'
import { groupRows } from './group-rows.js'
import { normalizeForMatching } from './normalize-for-matching.js'

/** Most lines of one row a value may spread over. */
const maxLinesPerValue = 4
/** A value found inside a longer line must be at least this long, or it could be anywhere. */
const minContainedLength = 2
/** A value must be at least this long to be matched with an edit. */
const minFuzzyLength = 8

/**
 * Places each string or number value of `data` (nested ones too, by JSON pointer such as
 * `/items/0/name`) on the OCR lines it was read from, and returns the box around those lines.
 *
 * Text is compared after {@link normalizeForMatching}. The best kind of match wins: a line (or
 * adjacent lines of one row, joined) whose text is exactly the value; then a value inside one line, or
 * starting in one line and ending in a later line of its row; then, for values of 8 characters or more,
 * a single line holding the value with one edit per 8 characters (a character the OCR read otherwise).
 * A value matched equally well in two places, or not at all, gets no box: a wrong box is worse than none.
 */
export function locateValues(
  data: { [field: string]: unknown },
  lines: readonly OcrLine[],
): { [pointer: string]: OcrLine['box'] } {
  const rows = groupRows(lines).map((row) =>
    row.map((line) => ({ line, text: normalizeForMatching(line.text) })),
  )
  const boxes: { [pointer: string]: OcrLine['box'] } = {}
  for (const { pointer, value } of leaves(data, '')) {
    const placed = placeValue(normalizeForMatching(value), rows)
    if (placed) boxes[pointer] = enclose(placed)
  }
  return boxes
}

interface PreparedLine {
  line: OcrLine
  text: string
}

function placeValue(value: string, rows: PreparedLine[][]): OcrLine[] | undefined {
  if (value === '') return undefined
  const found: Array<Array<PreparedLine[]>> = [[], [], []]
  for (const row of rows) {
    for (let first = 0; first < row.length; first++) {
      let joined = ''
      for (let last = first; last < row.length && last < first + maxLinesPerValue; last++) {
        const window = row.slice(first, last + 1)
        joined += (row[last] as PreparedLine).text
        const kind = matchKind(value, window, joined)
        if (kind !== undefined) found[kind]?.push(window)
        if (joined.length >= value.length + (window[0]?.text.length ?? 0)) break
      }
    }
  }
  if (found[0]?.length === 0 && found[1]?.length === 0 && value.length >= minFuzzyLength) {
    const edits = Math.floor(value.length / minFuzzyLength)
    for (const row of rows)
      for (const line of row) if (fuzzyContains(line.text, value, edits)) found[2]?.push([line])
  }
  const best = found.find((windows) => windows.length > 0)
  return best?.length === 1 ? best[0]?.map(({ line }) => line) : undefined
}

/** 0: the window's text is the value; 1: the value lies in it, starting in its first line and ending in its last. */
function matchKind(value: string, window: PreparedLine[], joined: string): 0 | 1 | undefined {
  if (joined === value) return 0
  if (value.length < minContainedLength) return undefined
  const firstEnd = window[0]?.text.length ?? 0
  const lastStart = joined.length - (window.at(-1)?.text.length ?? 0)
  for (let at = joined.indexOf(value); at !== -1; at = joined.indexOf(value, at + 1)) {
    if (at < firstEnd && at + value.length > lastStart) return 1
  }
  return undefined
}

/** Whether some stretch of `text` is within `edits` insertions, deletions or substitutions of `value` (Sellers). */
function fuzzyContains(text: string, value: string, edits: number): boolean {
  const pattern = Array.from(value)
  let previous = Array.from({ length: pattern.length + 1 }, (_, index) => index)
  if ((previous[pattern.length] ?? 0) <= edits) return true
  for (const character of text) {
    const current = [0]
    for (let index = 1; index <= pattern.length; index++) {
      const cost = pattern[index - 1] === character ? 0 : 1
      current.push(
        Math.min(
          (previous[index - 1] ?? 0) + cost,
          (previous[index] ?? 0) + 1,
          (current[index - 1] ?? 0) + 1,
        ),
      )
    }
    if ((current[pattern.length] ?? 0) <= edits) return true
    previous = current
  }
  return false
}

function enclose(lines: readonly OcrLine[]): OcrLine['box'] {
  const left = Math.min(...lines.map((line) => line.box.x))
  const top = Math.min(...lines.map((line) => line.box.y))
  const right = Math.max(...lines.map((line) => line.box.x + line.box.width))
  const bottom = Math.max(...lines.map((line) => line.box.y + line.box.height))
  return { x: left, y: top, width: right - left, height: bottom - top }
}

function* leaves(value: unknown, pointer: string): Generator<{ pointer: string; value: string }> {
  if (typeof value === 'string') yield { pointer, value }
  else if (typeof value === 'number' && Number.isFinite(value)) yield { pointer, value: String(value) }
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* leaves(item, `${pointer}/${index}`)
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* leaves(item, `${pointer}/${escapePointer(key)}`)
  }
}

import { resolve } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { type Engine, extract, type Template } from '@tiqu/core'

/** A field the engine read differently from the fixture's `expected`. */
export interface WrongField {
  image: string
  field: string
  expected: unknown
  got: unknown
}

/** How the embedded engine did on a template's fixtures. */
export interface LocalReading {
  /**
   * Values compared, over every example: those of fields with a local rule, each value of a list
   * counted on its own (`items[1].amount`), so one misread cell of a table costs one value, not the list.
   */
  total: number
  /** Fields read exactly. */
  correct: number
  wrong: WrongField[]
  /** Examples whose extraction failed outright, with the error's message (all their fields count wrong). */
  failures: Array<{ image: string; message: string }>
  /** Fields with no local rule, left to the `qwen` engine and not compared (e.g. a list of line items). */
  unruled: string[]
}

/**
 * Reads every example image with `engine` and the template's `local` rules, as a user's
 * `extract({ input, engine, template })` would, and counts the fields read exactly (deep equality,
 * so `null` must be read as `null`). Only fields with a local rule are compared: a field without one
 * is one the template leaves to the `qwen` engine, and its README says so.
 */
export async function readExamplesLocally(
  template: Template,
  root: string,
  engine: Engine,
): Promise<LocalReading> {
  const ruled = new Set(Object.keys(template.local?.fields ?? {}))
  const reading: LocalReading = { total: 0, correct: 0, wrong: [], failures: [], unruled: [] }
  // One at a time: the engine already uses every core for one page, and a template's fixtures are few.
  for (const example of template.examples ?? []) {
    const result = await extract({ input: resolve(root, example.image), engine, template })
    if (result.error) reading.failures.push({ image: example.image, message: result.error.message })
    const data = (result.data ?? {}) as { [field: string]: unknown }
    for (const [field, expected] of Object.entries(example.expected)) {
      if (!ruled.has(field)) {
        if (!reading.unruled.includes(field)) reading.unruled.push(field)
        continue
      }
      for (const [path, want, got] of compareValues(field, expected, data[field])) {
        reading.total++
        if (isDeepStrictEqual(got, want)) reading.correct++
        else reading.wrong.push({ image: example.image, field: path, expected: want, got })
      }
    }
  }
  return reading
}

/**
 * The values to compare for one field: the field itself, or for a non-empty list each item (each
 * value of an item that is an object) against the item at the same place in what was read.
 */
export function compareValues(
  field: string,
  expected: unknown,
  got: unknown,
): Array<[string, unknown, unknown]> {
  if (!Array.isArray(expected) || expected.length === 0) return [[field, expected, got]]
  const read = Array.isArray(got) ? got : []
  return expected.flatMap((item, index): Array<[string, unknown, unknown]> => {
    const other: unknown = read[index]
    const path = `${field}[${index}]`
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return [[path, item, other]]
    const values = (other ?? {}) as { [key: string]: unknown }
    return Object.entries(item).map(([key, value]) => [`${path}.${key}`, value, values[key]])
  })
}

/** The report of a reading below `threshold`: the share, then each wrong field, expected vs got. */
export function describeReading(reading: LocalReading, threshold: number): string {
  const share = reading.total === 0 ? 0 : reading.correct / reading.total
  const lines = [
    `The embedded engine read ${reading.correct} of ${reading.total} fixture values exactly (${percent(share)}); ` +
      `the template needs ${percent(threshold)} (localFieldAccuracy).` +
      (reading.unruled.length > 0
        ? ` Not compared, having no local rule: ${reading.unruled.join(', ')}.`
        : ''),
    ...reading.failures.map((failure) => `  ${failure.image}: extraction failed: ${failure.message}`),
    ...reading.wrong.map(
      (wrong) =>
        `  ${wrong.image} /${wrong.field}: expected ${JSON.stringify(wrong.expected)}, got ${wrong.got === undefined ? 'nothing' : JSON.stringify(wrong.got)}`,
    ),
    'Fix the `local` rules of those fields (patterns, labels, sameRowAs...), or the fixture if its `expected` is wrong; ' +
      "the engine's text of a page shows what it read: `tiqu ocr <image>`.",
  ]
  return lines.join('\n')
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1).replace(/\.0$/, '')}%`
}

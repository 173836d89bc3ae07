import {
  type JsonSchema,
  type LocalFieldRule,
  type LocalRules,
  type OcrLine,
  TemplateInvalidError,
} from '@tiqu/core'
import { groupRows } from '../internal/group-rows.js'
import { labelRegions, type PreparedLine } from '../internal/search-regions.js'
import { toHalfwidth } from '../internal/to-halfwidth.js'

/**
 * Fills a template's fields from OCR lines by its `local` rules (see `LocalFieldRule` in `@tiqu/core`).
 *
 * - Text is made half-width before any matching (`Ｇ１２３４` → `G1234`, `：` → `:`, `￥` → `¥`), because
 *   the recognizer returns either form for the same print; write patterns and labels for half-width text.
 * - A rule's value is its pattern's first capture group, or the whole match; its `transforms` then apply
 *   in order. A rule whose value ends up empty has not matched, and the next alternative is tried.
 * - With a `label`, only text after the label on its own line, lines on its row to its right, and the
 *   two lines below it are searched; separators such as `:` right after the label are dropped.
 * - With a `schema`, every property appears in the result (`null` when nothing matched), and values of
 *   `number` or `integer` properties are converted when they read as numbers (`1,234.50` → 1234.5).
 *
 * @throws TemplateInvalidError when a pattern or label is not a valid regular expression.
 */
export function fillFromRules(
  lines: readonly OcrLine[],
  rules: LocalRules,
  schema?: JsonSchema,
): Record<string, unknown> {
  const prepared = groupRows(lines).flatMap((row, rowIndex) =>
    row.map((line): PreparedLine => ({ line, text: toHalfwidth(line.text), row: rowIndex })),
  )
  const properties = schemaProperties(schema)
  const fields = properties ? Object.keys(properties) : Object.keys(rules.fields)
  const result: Record<string, unknown> = {}
  for (const field of fields) {
    const rule = rules.fields[field]
    const alternatives = rule === undefined ? [] : Array.isArray(rule) ? rule : [rule]
    let value: string | undefined
    for (const alternative of alternatives) {
      value = applyRule(prepared, alternative, field)
      if (value !== undefined) break
    }
    result[field] = value === undefined ? null : coerce(value, properties?.[field])
  }
  return result
}

function applyRule(lines: readonly PreparedLine[], rule: LocalFieldRule, field: string): string | undefined {
  const flags = rule.flags ?? 'u'
  const pattern = compile(rule.pattern, flags.includes('g') ? flags : `${flags}g`, field, 'pattern')
  const scope = rule.scope ?? 'line'
  let texts: string[]
  if (rule.label === undefined) {
    const all = lines.map((line) => line.text)
    texts = scope === 'text' ? [all.join('\n')] : all
  } else {
    const label = compile(rule.label, flags.replace(/[gy]/g, ''), field, 'label')
    const regions = labelRegions(lines, label)
    texts = scope === 'text' ? regions.map((pieces) => pieces.join('\n')) : regions.flat()
  }
  const values: Array<string | undefined> = []
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) values.push(match.length > 1 ? match[1] : match[0])
  }
  const occurrence = rule.occurrence ?? 0
  const picked = values.at(occurrence)
  if (picked === undefined) return undefined
  const value = (rule.transforms ?? []).reduce(applyTransform, picked)
  return value === '' ? undefined : value
}

function applyTransform(value: string, transform: 'remove-spaces' | 'halfwidth' | 'trim'): string {
  switch (transform) {
    case 'remove-spaces':
      return value.replace(/\s+/gu, '')
    case 'halfwidth':
      return toHalfwidth(value)
    case 'trim':
      return value.trim()
  }
}

function compile(source: string, flags: string, field: string, part: 'pattern' | 'label'): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (error) {
    throw new TemplateInvalidError(
      `The local rule for field '${field}' has an invalid ${part} /${source}/${flags}: ` +
        `${error instanceof Error ? error.message : String(error)}. Fix the template's \`local\` section.`,
      { cause: error },
    )
  }
}

function schemaProperties(schema: JsonSchema | undefined): Record<string, JsonSchema> | undefined {
  const properties = schema?.properties
  return properties !== null && typeof properties === 'object'
    ? (properties as Record<string, JsonSchema>)
    : undefined
}

/** Converts to a number only where the schema wants one and the text reads as one; otherwise the text stays for validation to judge. */
function coerce(value: string, property: JsonSchema | undefined): unknown {
  const types = [property?.type].flat()
  if (types.includes('string') || !(types.includes('number') || types.includes('integer'))) return value
  const digits = value.replace(/[,\s]/g, '')
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(digits)) return value
  const number = Number(digits)
  if (!types.includes('number') && !Number.isInteger(number)) return value
  return number
}

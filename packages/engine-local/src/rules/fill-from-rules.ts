import {
  type JsonSchema,
  type LocalFieldRule,
  type LocalRules,
  type OcrLine,
  TemplateInvalidError,
} from '@tiqu/core'
import { groupRows } from '../internal/group-rows.js'
import { labelRegions, type PreparedLine, type TextPiece } from '../internal/search-regions.js'
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
  return readFields(lines, rules, schema).values
}

/** Where a field's value was read: the box around the lines it came from, and their lowest score. */
export interface RuleEvidence {
  box: OcrLine['box']
  score: number
}

/**
 * {@link fillFromRules}, with the evidence of each value found: the box of the text it came from and
 * how sure the recognizer was of that text, so a reviewer can see where a value stands on the page.
 */
export function readFields(
  lines: readonly OcrLine[],
  rules: LocalRules,
  schema?: JsonSchema,
): { values: Record<string, unknown>; evidence: Record<string, RuleEvidence> } {
  const prepared = groupRows(lines).flatMap((row, rowIndex) =>
    row.map((line): PreparedLine => ({ line, text: toHalfwidth(line.text), row: rowIndex })),
  )
  const properties = schemaProperties(schema)
  const fields = properties ? Object.keys(properties) : Object.keys(rules.fields)
  const values: Record<string, unknown> = {}
  const evidence: Record<string, RuleEvidence> = {}
  for (const field of fields) {
    const rule = rules.fields[field]
    const alternatives = rule === undefined ? [] : Array.isArray(rule) ? rule : [rule]
    let found: Found | undefined
    for (const alternative of alternatives) {
      found = applyRule(prepared, alternative, field)
      if (found !== undefined) break
    }
    values[field] = found === undefined ? null : coerce(found.value, properties?.[field])
    if (found && found.lines.length > 0) evidence[field] = toEvidence(found.lines)
  }
  return { values, evidence }
}

/** A value a rule found, and the lines its text spans. */
interface Found {
  value: string
  lines: OcrLine[]
}

/** Text to search, with the line each stretch of it came from. */
interface SearchText {
  text: string
  spans: Array<{ start: number; end: number; line: OcrLine }>
}

function applyRule(lines: readonly PreparedLine[], rule: LocalFieldRule, field: string): Found | undefined {
  const flags = rule.flags ?? 'u'
  // 'd' gives the capture group's offsets, which say which line the value was read from.
  const pattern = compile(rule.pattern, withFlags(flags, 'gd'), field, 'pattern')
  const scope = rule.scope ?? 'line'
  const groups: TextPiece[][] =
    rule.label === undefined
      ? [[...lines]]
      : labelRegions(lines, compile(rule.label, flags.replace(/[gy]/g, ''), field, 'label'))
  const texts = groups.flatMap((pieces) =>
    scope === 'text' ? [joinPieces(pieces)] : pieces.map((piece) => joinPieces([piece])),
  )
  const matches: Found[] = []
  for (const { text, spans } of texts) {
    for (const match of text.matchAll(pattern)) {
      const group = match.length > 1 ? 1 : 0
      const [start, end] = match.indices?.[group] ?? [match.index, match.index + match[0].length]
      const covered = spans.filter((span) => span.start < end && start < span.end).map((span) => span.line)
      matches.push({ value: match[group] ?? '', lines: covered })
    }
  }
  const picked = matches.at(rule.occurrence ?? 0)
  if (picked === undefined) return undefined
  const value = (rule.transforms ?? []).reduce(applyTransform, picked.value)
  return value === '' ? undefined : { value, lines: picked.lines }
}

function joinPieces(pieces: readonly TextPiece[]): SearchText {
  const spans: SearchText['spans'] = []
  let text = ''
  for (const piece of pieces) {
    if (text !== '') text += '\n'
    spans.push({ start: text.length, end: text.length + piece.text.length, line: piece.line })
    text += piece.text
  }
  return { text, spans }
}

function toEvidence(lines: readonly OcrLine[]): RuleEvidence {
  const left = Math.min(...lines.map((line) => line.box.x))
  const top = Math.min(...lines.map((line) => line.box.y))
  const right = Math.max(...lines.map((line) => line.box.x + line.box.width))
  const bottom = Math.max(...lines.map((line) => line.box.y + line.box.height))
  return {
    box: { x: left, y: top, width: right - left, height: bottom - top },
    score: Math.min(...lines.map((line) => line.score)),
  }
}

function withFlags(flags: string, needed: string): string {
  return [...needed].reduce((all, flag) => (all.includes(flag) ? all : all + flag), flags)
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

import type { JsonSchema, LocalFieldRule, LocalRules, OcrLine } from '@tiqu/core'
import { toHalfwidth } from '../internal/to-halfwidth.js'
import { type CompiledRule, compileRule } from './compile-rule.js'
import { labelRegions } from './label-regions.js'
import { narrowLines } from './narrow-lines.js'
import { type PreparedLine, prepareLines, type TextPiece, wholeLine } from './prepare-lines.js'
import { type Match, rankMatches } from './rank-matches.js'

/**
 * Fills a template's fields from OCR lines by its `local` rules (see `LocalFieldRule` in `@tiqu/core`).
 *
 * - Text is made half-width before any matching (`Ｇ１２３４` → `G1234`, `：` → `:`, `￥` → `¥`), because
 *   the recognizer returns either form for the same print; write patterns and labels for half-width text.
 * - A rule's value is its pattern's first capture group, or the whole match; its `transforms` then apply
 *   in order. A rule whose value ends up empty has not matched, and the next alternative is tried. A
 *   rule with a fixed `value` gives that value whenever its pattern matches; a rule with `many` gives
 *   every match as an array (objects of the named groups, for line items).
 * - `scope` searches each line, each visual row (its lines left to right, joined by two spaces), or
 *   the whole text (lines joined by `\n`).
 * - Layout narrows where a rule looks, measured along the page's rows (a slanted photo keeps its rows):
 *   `largestIn` keeps lines in a region, `sameRowAs` lines on an anchor's row, and `label` the text after
 *   the label on its own line, lines on its row to its right and the two lines below it (as `where`
 *   says); separators such as `:` right after a label are dropped.
 * - Matches are counted by `occurrence` in reading order, or nearest first with `nearestTo`, or
 *   tallest first with `largestIn`.
 * - With a `schema`, every property appears in the result (`null` when nothing matched), and values of
 *   `number` or `integer` properties are converted when they read as numbers (`1,234.50` → 1234.5).
 *
 * @throws TemplateInvalidError when a pattern, label or anchor is not a valid regular expression, or a
 *   rule's `where` or region is not one.
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
  const prepared = prepareLines(lines)
  const properties = schemaProperties(schema)
  const fields = properties ? Object.keys(properties) : Object.keys(rules.fields)
  const values: Record<string, unknown> = {}
  const evidence: Record<string, RuleEvidence> = {}
  for (const field of fields) {
    const rule = rules.fields[field]
    const alternatives = rule === undefined ? [] : Array.isArray(rule) ? rule : [rule]
    // Every alternative is compiled before any is tried, so a broken one fails on every page.
    const compiled = alternatives.map((alternative) => compileRule(alternative, field))
    let found: Found | undefined
    for (const alternative of compiled) {
      found = applyRule(prepared, alternative)
      if (found !== undefined) break
    }
    values[field] = found === undefined ? null : coerce(found.value, properties?.[field])
    if (found && found.lines.length > 0) evidence[field] = toEvidence(found.lines)
  }
  return { values, evidence }
}

/** A value a rule found, and the lines its text spans. */
interface Found {
  value: string | number | boolean | unknown[]
  lines: OcrLine[]
}

/** Text to search, with the line each stretch of it came from. */
interface SearchText {
  text: string
  spans: Array<{ start: number; end: number; line: PreparedLine }>
}

function applyRule(lines: readonly PreparedLine[], rule: CompiledRule): Found | undefined {
  const allowed = narrowLines(lines, rule)
  const groups: TextPiece[][] = (
    rule.label === undefined ? [lines.map(wholeLine)] : labelRegions(lines, rule.label, rule.where)
  ).map((pieces) => pieces.filter((piece) => allowed.has(piece.line)))
  const texts = groups.flatMap((pieces) => {
    if (rule.scope === 'text') return [joinPieces(pieces, '\n')]
    if (rule.scope === 'row') return byRow(pieces).map((row) => joinPieces(row, '  '))
    return pieces.map((piece) => joinPieces([piece], ''))
  })
  const matches: Match[] = []
  for (const { text, spans } of texts) {
    for (const match of text.matchAll(rule.pattern)) {
      const group = match.length > 1 ? 1 : 0
      const [start, end] = match.indices?.[group] ?? [match.index, match.index + match[0].length]
      // A repeating group's item spans its whole match; a single value, the text it took.
      const [from, to] = rule.many ? (match.indices?.[0] ?? [start, end]) : [start, end]
      const covered = spans.filter((span) => span.start < to && from < span.end).map((span) => span.line)
      matches.push({ value: match[group] ?? '', groups: match.groups, lines: covered })
    }
  }
  if (rule.many) return collectMatches(matches, rule)
  const picked = rankMatches(matches, lines, rule).at(rule.occurrence)
  if (picked === undefined) return undefined
  const sources = picked.lines.map((line) => line.line)
  if (rule.value !== undefined) return { value: rule.value, lines: sources }
  const value = tidy(picked.value, rule)
  return value === '' ? undefined : { value, lines: sources }
}

/** Every match as one item: an object of its named groups, or its value; none found is no match. */
function collectMatches(matches: readonly Match[], rule: CompiledRule): Found | undefined {
  const items: unknown[] = []
  const sources = new Set<OcrLine>()
  for (const match of matches) {
    let item: unknown
    if (match.groups === undefined) {
      const value = tidy(match.value, rule)
      item = value === '' ? undefined : value
    } else {
      const entries = Object.entries(match.groups).map(([name, text]) => {
        const value = text === undefined ? '' : tidy(text, rule)
        return [name, value === '' ? null : value] as const
      })
      item = entries.some(([, value]) => value !== null) ? Object.fromEntries(entries) : undefined
    }
    if (item === undefined) continue
    items.push(item)
    for (const line of match.lines) sources.add(line.line)
  }
  return items.length === 0 ? undefined : { value: items, lines: [...sources] }
}

function tidy(value: string, rule: CompiledRule): string {
  return rule.transforms.reduce(applyTransform, value)
}

/** Pieces grouped by visual row, in reading order, each row left to right. */
function byRow(pieces: readonly TextPiece[]): TextPiece[][] {
  const rows = new Map<number, TextPiece[]>()
  for (const piece of pieces) {
    const row = rows.get(piece.line.row)
    if (row) row.push(piece)
    else rows.set(piece.line.row, [piece])
  }
  return [...rows.values()].map((row) => row.sort((a, b) => a.line.box.x - b.line.box.x))
}

function joinPieces(pieces: readonly TextPiece[], separator: string): SearchText {
  const spans: SearchText['spans'] = []
  let text = ''
  for (const piece of pieces) {
    if (text !== '') text += separator
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

function applyTransform(value: string, transform: NonNullable<LocalFieldRule['transforms']>[number]): string {
  switch (transform) {
    case 'remove-spaces':
      return value.replace(/\s+/gu, '')
    case 'halfwidth':
      return toHalfwidth(value)
    case 'trim':
      return value.trim()
  }
}

function schemaProperties(schema: JsonSchema | undefined): Record<string, JsonSchema> | undefined {
  const properties = schema?.properties
  return properties !== null && typeof properties === 'object'
    ? (properties as Record<string, JsonSchema>)
    : undefined
}

/** Converts to a number only where the schema wants one and the text reads as one; otherwise the text stays for validation to judge. */
function coerce(value: unknown, property: JsonSchema | undefined): unknown {
  if (Array.isArray(value)) {
    const item = property?.items as JsonSchema | undefined
    const properties = schemaProperties(item)
    return value.map((entry) =>
      entry !== null && typeof entry === 'object'
        ? Object.fromEntries(
            Object.entries(entry).map(([name, text]) => [name, coerce(text, properties?.[name])]),
          )
        : coerce(entry, item),
    )
  }
  if (typeof value !== 'string') return value
  const types = [property?.type].flat()
  if (types.includes('string') || !(types.includes('number') || types.includes('integer'))) return value
  const digits = value.replace(/[,\s]/g, '')
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(digits)) return value
  const number = Number(digits)
  if (!types.includes('number') && !Number.isInteger(number)) return value
  return number
}

import type { LocalFieldRule, LocalLabelPlace, LocalRegion } from '../template/types.js'

const places: readonly LocalLabelPlace[] = ['same-line', 'right', 'below']
const scopes: ReadonlyArray<NonNullable<LocalFieldRule['scope']>> = ['line', 'row', 'text']
const transforms: ReadonlyArray<NonNullable<LocalFieldRule['transforms']>[number]> = [
  'remove-spaces',
  'halfwidth',
  'trim',
]
/** Rules are data: a template may come from JSON, so every part is checked, not just typed. */
const expressions = ['pattern', 'label', 'sameRowAs', 'nearestTo'] as const

/**
 * What is wrong with a template's `local` rules, if anything, in words that name the field and the
 * part: a rule that cannot work must fail when the template loads, not halfway through a batch.
 */
export function checkLocalRules(local: unknown): string | undefined {
  const fields = (local as { fields?: unknown } | null)?.fields
  if (fields === null || typeof fields !== 'object') return 'its local section has no `fields` object.'
  for (const [field, entry] of Object.entries(fields)) {
    for (const rule of Array.isArray(entry) ? entry : [entry]) {
      const problem = checkRule((rule ?? {}) as Partial<LocalFieldRule>)
      if (problem) return `its local rule for '${field}' ${problem}`
    }
  }
  return undefined
}

function checkRule(rule: Partial<LocalFieldRule>): string | undefined {
  if (typeof rule.pattern !== 'string') return 'has no pattern.'
  if (rule.flags !== undefined && typeof rule.flags !== 'string') return 'has flags that are not a string.'
  for (const name of expressions) {
    const source = rule[name]
    if (source === undefined) continue
    if (typeof source !== 'string')
      return `has a ${name} that is not a string (a regular expression's source).`
    try {
      new RegExp(source, rule.flags ?? 'u')
    } catch (error) {
      return `has a ${name} that is not a valid regular expression: ${(error as Error).message}`
    }
  }
  if (rule.scope !== undefined && !scopes.includes(rule.scope)) {
    const names = scopes.map((scope) => `'${scope}'`)
    return `has scope ${JSON.stringify(rule.scope)}; use ${names.slice(0, -1).join(', ')} or ${names.at(-1)}.`
  }
  if (rule.occurrence !== undefined && !Number.isInteger(rule.occurrence)) {
    return `has occurrence ${JSON.stringify(rule.occurrence)}, which is not an integer (0 is the first match, -1 the last).`
  }
  const unknownTransform = [rule.transforms ?? []].flat().find((name) => !transforms.includes(name))
  if (unknownTransform !== undefined || (rule.transforms !== undefined && !Array.isArray(rule.transforms))) {
    return `has transform ${JSON.stringify(unknownTransform ?? rule.transforms)}; transforms are an array of ${transforms.map((name) => `'${name}'`).join(', ')}.`
  }
  if (rule.value !== undefined && !['string', 'number', 'boolean'].includes(typeof rule.value)) {
    return `has value ${JSON.stringify(rule.value)}; a fixed value is a string, a number or a boolean.`
  }
  if (rule.many !== undefined && typeof rule.many !== 'boolean') {
    return `has many ${JSON.stringify(rule.many)}; it is true (every match, as an array) or false.`
  }
  if (rule.many === true && rule.value !== undefined) {
    return 'has both `many` and a fixed `value`; a list of matches has no single value to fix.'
  }
  if (rule.where !== undefined) {
    if (rule.label === undefined)
      return 'has `where` but no `label`: `where` says where the value lies relative to its label.'
    const list = [rule.where].flat()
    const unknown = list.find((place) => !places.includes(place))
    if (list.length === 0 || unknown !== undefined) {
      return `has where ${JSON.stringify(rule.where)}; use one or more of ${places.map((place) => `'${place}'`).join(', ')}.`
    }
  }
  if (rule.largestIn !== undefined) {
    if (rule.nearestTo !== undefined) {
      return 'has both `largestIn` and `nearestTo`, which each choose among the matches (by height, by distance); keep one.'
    }
    const problem = checkRegion(rule.largestIn)
    if (problem) return `has a largestIn region that ${problem}`
  }
  return undefined
}

/** A region must be a non-empty part of the unit square. */
export function checkRegion(region: unknown): string | undefined {
  const { x, y, width, height } = (region ?? {}) as Partial<LocalRegion>
  const parts = { x, y, width, height }
  for (const [name, value] of Object.entries(parts)) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      return `has ${name} ${JSON.stringify(value)}; x, y, width and height are fractions from 0 to 1 of the text's area.`
    }
  }
  const fits = (start: number, size: number) => size > 0 && start + size <= 1 + 1e-9
  if (!fits(x as number, width as number) || !fits(y as number, height as number)) {
    return `${JSON.stringify(region)} is empty or reaches past the page: width and height must be above 0, x + width and y + height at most 1.`
  }
  return undefined
}

import { type LocalFieldRule, TemplateInvalidError } from '@tiqu/core'

/** Where a value may lie relative to its label. */
export type Place = Exclude<NonNullable<LocalFieldRule['where']>, unknown[]>
type Region = NonNullable<LocalFieldRule['largestIn']>

/** A rule with its regular expressions compiled and its defaults filled in. */
export interface CompiledRule {
  /** Global, with match indices, so that a value can be traced to the line it came from. */
  pattern: RegExp
  label: RegExp | undefined
  where: Place[]
  sameRowAs: RegExp | undefined
  nearestTo: RegExp | undefined
  largestIn: Region | undefined
  scope: NonNullable<LocalFieldRule['scope']>
  occurrence: number
  transforms: NonNullable<LocalFieldRule['transforms']>
  /** The fixed value to give when the pattern matches, if the rule has one. */
  value: LocalFieldRule['value']
  many: boolean
}

const places: readonly Place[] = ['same-line', 'right', 'below']

/**
 * Compiles one rule, refusing what cannot work with the field named. The registry refuses such
 * templates when they load; this catches a template handed to the engine directly.
 * @throws TemplateInvalidError when a regular expression does not compile, or a place or region is not one.
 */
export function compileRule(rule: LocalFieldRule, field: string): CompiledRule {
  const flags = rule.flags ?? 'u'
  // An anchor is tested line by line: a global or sticky anchor would carry its position over.
  const anchorFlags = flags.replace(/[gy]/g, '')
  const anchor = (source: string | undefined, part: string) =>
    source === undefined ? undefined : compile(source, anchorFlags, field, part)
  const where = [rule.where ?? places].flat()
  const unknown = where.find((place) => !places.includes(place))
  if (unknown !== undefined || where.length === 0) {
    throw invalid(
      field,
      `place ${JSON.stringify(rule.where)} in \`where\`; use one or more of ${places.join(', ')}`,
    )
  }
  const region = rule.largestIn
  if (region !== undefined && !isRegion(region)) {
    throw invalid(
      field,
      `largestIn region ${JSON.stringify(region)}: x, y, width and height are fractions 0–1 of the text's area`,
    )
  }
  return {
    pattern: compile(rule.pattern, withFlags(flags, 'gd'), field, 'pattern'),
    label: anchor(rule.label, 'label'),
    where,
    sameRowAs: anchor(rule.sameRowAs, 'sameRowAs'),
    nearestTo: anchor(rule.nearestTo, 'nearestTo'),
    largestIn: region,
    scope: rule.scope ?? 'line',
    occurrence: rule.occurrence ?? 0,
    transforms: rule.transforms ?? [],
    value: rule.value,
    many: rule.many ?? false,
  }
}

function isRegion(region: Region): boolean {
  const fraction = (value: unknown) => typeof value === 'number' && value >= 0 && value <= 1
  return (
    [region.x, region.y, region.width, region.height].every(fraction) &&
    region.width > 0 &&
    region.height > 0 &&
    region.x + region.width <= 1 + 1e-9 &&
    region.y + region.height <= 1 + 1e-9
  )
}

function withFlags(flags: string, needed: string): string {
  return [...needed].reduce((all, flag) => (all.includes(flag) ? all : all + flag), flags)
}

function compile(source: string, flags: string, field: string, part: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (error) {
    throw invalid(
      field,
      `${part} /${source}/${flags}: ${error instanceof Error ? error.message : String(error)}`,
      error,
    )
  }
}

function invalid(field: string, what: string, cause?: unknown): TemplateInvalidError {
  return new TemplateInvalidError(
    `The local rule for field '${field}' has an invalid ${what}. Fix the template's \`local\` section.`,
    cause === undefined ? undefined : { cause },
  )
}

/** A JSON Schema (draft 2020-12) object. */
export type JsonSchema = { [key: string]: unknown }

/** A problem found in an extracted object, located by a JSON pointer. */
export interface Issue {
  /** JSON pointer into `data`, e.g. `/seat_number`; `''` for the whole object. */
  path: string
  /** What is wrong, in words a user can act on. */
  message: string
  /** `error` makes the result invalid; `warning` does not. */
  severity: 'error' | 'warning'
}

/** Options a template's prompt may depend on. */
export interface PromptOptions {
  /** The model the prompt will be sent to. */
  model?: string
  /**
   * The schema in effect: the template's own, or the one its caller supplied at run time for a
   * template that `takesSchema` (kie), so that the prompt can carry it.
   */
  schema?: JsonSchema
}

/**
 * How the embedded engine finds one field's value in the OCR lines. Data only: the local engine
 * interprets it, so a template imports nothing but `@tiqu/core`.
 */
export interface LocalFieldRule {
  /** Regular expression (JavaScript source). The first capture group, or the whole match, is the value. */
  pattern: string
  /** Regular expression flags. @default 'u' */
  flags?: string
  /**
   * Where to search: each OCR line on its own (`'line'`), each visual row with its lines joined left to
   * right by two spaces (`'row'`: a table's row, whose cells the detector boxes apart), or the whole
   * text with lines joined by `\n` (`'text'`).
   * @default 'line'
   */
  scope?: 'line' | 'row' | 'text'
  /** Which match to take, in reading order; negative counts from the end. @default 0 */
  occurrence?: number
  /**
   * A label (regular expression) the value belongs to: only the text after the label on its own line,
   * lines on the label's row to its right, and the next two lines below it are searched (see `where`),
   * and the label itself is removed before matching.
   */
  label?: string
  /**
   * Where the value lies relative to its `label`: the rest of the label's own line (`'same-line'`),
   * lines on its row to its right (`'right'`), or the two lines under it that overlap it (`'below'`).
   * Searched in that order; only with `label`.
   * @default ['same-line', 'right', 'below']
   */
  where?: LocalLabelPlace | LocalLabelPlace[]
  /**
   * An anchor (regular expression): only lines on the same visual row as a line it matches are
   * searched, the anchor's own line included. Rows follow the page's text direction, so a slanted
   * photo keeps its rows.
   */
  sameRowAs?: string
  /**
   * An anchor (regular expression): of the matches found, the one whose line lies closest to a line
   * the anchor matches is taken (`occurrence` then counts by distance, nearest first). The anchor's
   * own line counts as distance 0.
   */
  nearestTo?: string
  /**
   * A region of the page: only lines whose centre lies in it are searched, and the tallest text is
   * taken first (`occurrence` then counts by height, tallest first): a document's title, a ticket's
   * large train number. Not together with `nearestTo`, which orders matches by distance instead.
   */
  largestIn?: LocalRegion
  /** Clean-ups applied to the value, in order. @default [] */
  transforms?: Array<'remove-spaces' | 'halfwidth' | 'trim'>
  /**
   * The value to give the field when the pattern matches, instead of the text matched: for a field the
   * page implies but does not print, such as which side of a card an image shows
   * (`{ label: '公民身份号码', pattern: '\\d', value: 'front' }`). `transforms` do not apply to it.
   */
  value?: string | number | boolean
  /**
   * Every match, in reading order, becomes one item of an array, for a repeating group such as an
   * invoice's line items: with named capture groups each item is an object of them
   * (`(?<name>…)\\s+(?<amount>…)`, an unmatched group giving `null`), else the item is the value as
   * usual. `transforms` apply to each value; `occurrence` does not apply. No match leaves the field to
   * the next alternative.
   */
  many?: boolean
}

/** Where a value may lie relative to its label. */
export type LocalLabelPlace = 'same-line' | 'right' | 'below'

/**
 * A part of the page as fractions 0–1 of the area its text covers (the smallest box around every
 * line read, measured along the text's rows), so that a photo with desk around the document and a
 * tight scan of it give the same region. `{ x: 0, y: 0, width: 0.5, height: 0.3 }` is the top-left
 * half of the top 30%.
 */
export interface LocalRegion {
  x: number
  y: number
  width: number
  height: number
}

/** The `local` section of a template: one rule (or alternatives, tried in order) per schema field. */
export interface LocalRules {
  fields: { [field: string]: LocalFieldRule | LocalFieldRule[] }
}

/** A sample document shipped with a template, with the values it must yield. */
export interface TemplateExample {
  /** Path of the image, relative to the template package's root. */
  image: string
  /** The expected `data`. */
  expected: { [field: string]: unknown }
}

/** What a template package declares. See {@link defineTemplate}. */
export interface TemplateDefinition<TData = { [field: string]: unknown }> {
  /** kebab-case and unique, e.g. `train-ticket`. */
  id: string
  /** The package's semver version. */
  version: string
  /** English title for listings. */
  title: string
  /** Chinese title, where natural. */
  titleZh?: string
  /** One sentence on what the template reads. */
  description: string
  /** The text sent to Qwen-OCR, or a function of the request's options. */
  prompt: string | ((options: PromptOptions) => string)
  /** JSON Schema (draft 2020-12) of the result; snake_case fields, each with a `description`. */
  schema: JsonSchema
  /** Deterministic checks beyond the schema (checksums, arithmetic, formats). */
  validate?: (data: TData) => Issue[]
  /**
   * How the model's text becomes `data`, for a template whose prompt asks for something other than
   * JSON: HTML tables, LaTeX, plain text. Return `null` when the text holds nothing usable (the
   * result is then invalid, its text kept). Without it the text is parsed as JSON.
   */
  parseAnswer?: (text: string) => { [field: string]: unknown } | null
  /**
   * The template reads whatever JSON Schema its caller supplies at run time
   * (`tiqu extract -t kie --schema my.json`, {@link withSchema}); its own `schema` is the default.
   * @default false
   */
  takesSchema?: boolean
  /** How the embedded engine fills the schema from OCR lines. */
  local?: LocalRules
  /** Fixtures: images and their expected results. */
  examples?: TemplateExample[]
}

/** A template as the registry holds it: the definition plus its contract version. */
export interface Template<TData = { [field: string]: unknown }> extends TemplateDefinition<TData> {
  /** The template contract version this template was written against. */
  readonly specificationVersion: 'v1'
}

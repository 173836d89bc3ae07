import type { ExtractResult, JsonSchema } from '@tiqu/core'

/** One CSV column: its header and how to read its cell from a record. */
export interface CsvColumn {
  header: string
  value(result: ExtractResult): unknown
}

// Status columns a record has whatever its template; data columns that share a name get `data.` in front.
const statusHeaders = ['valid', 'error_code', 'error_message', 'issues']

/**
 * The columns of a CSV of records: `source`, then each data field (a nested object's fields with
 * dotted names, `seat.car`; arrays JSON-encoded in one cell), then `valid`, `error_code`,
 * `error_message` and `issues` (their count). The fields come from the template's schema, so the header
 * is known before the first record and every row has the same columns; without a template, the data
 * and the raw text get one column each.
 */
export function csvColumns(schema: JsonSchema | undefined): CsvColumn[] {
  const fields: CsvColumn[] = schema
    ? leafPaths(schema, []).map((fieldPath) => ({
        header: fieldPath.join('.') || 'data',
        value: (result) => valueAt(result.data, fieldPath),
      }))
    : [
        { header: 'data', value: (result) => result.data },
        { header: 'text', value: (result) => result.text },
      ]
  const reserved = new Set(['source', ...statusHeaders])
  for (const field of fields) if (reserved.has(field.header)) field.header = `data.${field.header}`
  return [
    { header: 'source', value: (result) => result.source },
    ...fields,
    { header: 'valid', value: (result) => result.valid },
    { header: 'error_code', value: (result) => result.error?.code },
    { header: 'error_message', value: (result) => result.error?.message },
    { header: 'issues', value: (result) => result.issues.length },
  ]
}

/**
 * One CSV line (RFC 4180: CRLF-terminated, fields quoted when they hold a quote, comma or line break).
 * A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return, as OWASP lists them) gets a leading `'`, so that a document cannot put a formula
 * into the user's spreadsheet; signed numbers are left as they are.
 */
export function csvLine(cells: unknown[]): string {
  return `${cells.map(csvField).join(',')}\r\n`
}

function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : typeof value === 'string' && isFormula(value)
          ? `'${value}`
          : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

function isFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d+(?:\.\d+)?$/.test(text)
}

function leafPaths(schema: JsonSchema, prefix: string[]): string[][] {
  const properties = schema.properties as Record<string, JsonSchema> | undefined
  if (!properties || !isObjectSchema(schema)) return [prefix]
  const paths = Object.entries(properties).flatMap(([name, property]) =>
    isObjectSchema(property) && property.properties
      ? leafPaths(property, [...prefix, name])
      : [[...prefix, name]],
  )
  return paths.length > 0 ? paths : [prefix]
}

function isObjectSchema(schema: JsonSchema): boolean {
  const type = schema.type
  return type === 'object' || (Array.isArray(type) && type.includes('object')) || type === undefined
}

function valueAt(data: ExtractResult['data'], fieldPath: string[]): unknown {
  let value: unknown = data
  for (const key of fieldPath) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

import type { JsonSchema, Template } from '@tiqu/core'

/** Media types a schema gives a value that is structure, not text on a line: tables as HTML, formulas. */
const structured: Record<string, string> = {
  'text/html': 'an HTML table',
  'application/xhtml+xml': 'an HTML table',
  'application/mathml+xml': 'a MathML formula',
  'application/x-tex': 'a LaTeX formula',
  'application/x-latex': 'a LaTeX formula',
  'text/x-tex': 'a LaTeX formula',
  'text/x-latex': 'a LaTeX formula',
}

/**
 * The first field of a template the embedded engine cannot fill honestly: one whose schema asks for
 * its value as HTML (a table) or as a formula (`contentMediaType`, anywhere inside the field), and
 * that the template's `local` rules do not cover. The engine finds lines of text; a table's cells or
 * a formula's structure built from them would be a guess. A field with a local rule is the template
 * author's declared way to read it, and is served.
 */
export function unservedContent(template: Template): { field: string; kind: string } | undefined {
  const properties = template.schema.properties
  if (properties === null || typeof properties !== 'object') return undefined
  for (const [field, schema] of Object.entries(properties as Record<string, unknown>)) {
    if (template.local?.fields[field] !== undefined) continue
    const kind = structuredKind(schema)
    if (kind !== undefined) return { field, kind }
  }
  return undefined
}

function structuredKind(schema: unknown): string | undefined {
  if (schema === null || typeof schema !== 'object') return undefined
  const media = (schema as JsonSchema).contentMediaType
  if (typeof media === 'string') {
    const kind = structured[media.toLowerCase().split(';')[0]?.trim() ?? '']
    if (kind !== undefined) return kind
  }
  // Every subschema, whatever keyword holds it (items, properties, anyOf, $defs...).
  for (const value of Object.values(schema)) {
    const children = Array.isArray(value) ? value : [value]
    for (const child of children) {
      if (child === null || typeof child !== 'object') continue
      const kind = structuredKind(child)
      if (kind !== undefined) return kind
    }
  }
  return undefined
}

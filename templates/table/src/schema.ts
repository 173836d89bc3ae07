import type { JsonSchema } from '@tiqu/core'
import type { TableRows } from './read-html-tables.js'

/** What the template returns: the image's tables, as the model's HTML and as rows of cells. */
export type Tables = {
  html: string
  tables: TableRows[]
}

/** JSON Schema (draft 2020-12) of {@link Tables}. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Tables of an image',
  type: 'object',
  properties: {
    html: {
      type: 'string',
      contentMediaType: 'text/html',
      description:
        "The image's tables as HTML, one '<table>…</table>' after another, merged cells marked with rowspan and colspan.",
    },
    tables: {
      type: 'array',
      minItems: 1,
      description: 'Each table of `html`, in order, read into rows of cell texts.',
      items: {
        type: 'object',
        properties: {
          rows: {
            type: 'array',
            minItems: 1,
            description:
              "The table's rows top to bottom, each its cell texts left to right; a merged cell's text fills every position it covers.",
            items: { type: 'array', items: { type: 'string' } },
          },
        },
        required: ['rows'],
        additionalProperties: false,
      },
    },
  },
  required: ['html', 'tables'],
  additionalProperties: false,
} satisfies JsonSchema

import type { JsonSchema } from '@tiqu/core'

/** What the template returns: the page as LaTeX. */
export type DocumentPage = {
  latex: string
}

/** JSON Schema (draft 2020-12) of {@link DocumentPage}. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Document page as LaTeX',
  type: 'object',
  properties: {
    latex: {
      type: 'string',
      minLength: 1,
      contentMediaType: 'application/x-latex',
      description:
        'The page transcribed into LaTeX in reading order: headings as \\section*{…}, paragraphs as text, tables as tabular, equations as \\[ … \\].',
    },
  },
  required: ['latex'],
  additionalProperties: false,
} satisfies JsonSchema

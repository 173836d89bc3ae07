import type { JsonSchema } from '@tiqu/core'

/** What the template returns: the formula as LaTeX. */
export type Formula = {
  latex: string
}

/** JSON Schema (draft 2020-12) of {@link Formula}. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Formula',
  type: 'object',
  properties: {
    latex: {
      type: 'string',
      minLength: 1,
      contentMediaType: 'application/x-latex',
      description:
        "The formula as LaTeX math, without the $$ or \\[ \\] around it, e.g. '\\frac{-b \\pm \\sqrt{b^{2} - 4ac}}{2a}'.",
    },
  },
  required: ['latex'],
  additionalProperties: false,
} satisfies JsonSchema

import type { JsonSchema } from '@tiqu/core'

/** What the template returns: the image's text. */
export type PageText = {
  text: string
}

/** JSON Schema (draft 2020-12) of {@link PageText}. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Text of an image',
  type: 'object',
  properties: {
    text: {
      type: 'string',
      description:
        "All the text of the image in reading order, one printed line a line ('\\n' between lines); '' when there is none.",
    },
  },
  required: ['text'],
  additionalProperties: false,
} satisfies JsonSchema

import type { JsonSchema } from '@tiqu/core'

/** One label printed on a document and the value that belongs to it. */
export type KeyValuePair = {
  key: string
  value: string | null
}

/** What the template returns: every pair, in reading order. */
export type KeyValues = {
  pairs: KeyValuePair[]
}

/** JSON Schema (draft 2020-12) of {@link KeyValues}. */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Key-value pairs',
  type: 'object',
  properties: {
    pairs: {
      type: 'array',
      description:
        'Every label on the document with its value, in reading order; a label printed twice gives two pairs.',
      items: {
        type: 'object',
        properties: {
          key: {
            type: 'string',
            minLength: 1,
            description: "The label exactly as printed, without its colon, e.g. '收件人' or 'Invoice No.'.",
          },
          value: {
            type: ['string', 'null'],
            description: "The value exactly as printed, e.g. '张伟'; null when the label has none filled in.",
          },
        },
        required: ['key', 'value'],
        additionalProperties: false,
      },
    },
  },
  required: ['pairs'],
  additionalProperties: false,
} satisfies JsonSchema

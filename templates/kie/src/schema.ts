import type { JsonSchema } from '@tiqu/core'

/**
 * The schema kie uses when its caller gives none: what nearly every business document carries in its
 * header. It shows the form a schema takes; `--schema` (or `withSchema`) puts yours in its place.
 */
export const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Document header',
  type: 'object',
  properties: {
    document_type: {
      type: ['string', 'null'],
      description: "The document's title as printed, e.g. '采购订单' or 'Quotation'.",
    },
    document_number: {
      type: ['string', 'null'],
      description: "The document's own number (No., 编号, 单号), e.g. 'PO-2025-0412'.",
    },
    date: { type: ['string', 'null'], description: "The date of issue as printed, e.g. '2025-04-12'." },
    issuer: {
      type: ['string', 'null'],
      description: 'The company or person that issued the document (seller, sender).',
    },
    recipient: {
      type: ['string', 'null'],
      description: 'The company or person the document is addressed to (buyer, customer).',
    },
    total_amount: {
      type: ['string', 'null'],
      description: "The total amount as printed without its currency sign, e.g. '36,800.00'; null when none.",
    },
    currency: {
      type: ['string', 'null'],
      description:
        "ISO 4217 code of the total's currency, e.g. 'CNY' for ¥ or 元, 'USD' for $; null when no amount.",
    },
  },
  required: ['document_type', 'document_number', 'date', 'issuer', 'recipient', 'total_amount', 'currency'],
  additionalProperties: false,
} satisfies JsonSchema

import { defineTemplate } from '@tiqu/core'
import type { DocumentLayout } from '../document-layout.js'

/** The values of a parcel label, the tiny document type the kit's own tests use. */
export interface ParcelLabel {
  tracking_number: string
  recipient: string
}

/** A parcel label's layout: the values at fixed places, as a template's renderer would write it. */
export function parcelLabelLayout(label: ParcelLabel): DocumentLayout {
  return {
    width: 800,
    height: 420,
    elements: [
      { kind: 'rect', x: 20, y: 20, width: 760, height: 380, radius: 10 },
      { kind: 'text', text: '快递面单', x: 400, y: 50, size: 48, weight: 'bold', align: 'center' },
      { kind: 'line', from: [20, 130], to: [780, 130] },
      { kind: 'text', text: '运单号', x: 60, y: 170, size: 36 },
      { kind: 'text', text: label.tracking_number, x: 260, y: 170, size: 36, font: 'mono', letterSpacing: 2 },
      { kind: 'text', text: '收件人', x: 60, y: 260, size: 36 },
      { kind: 'text', text: label.recipient, x: 260, y: 260, size: 36 },
    ],
  }
}

/** The labels committed under __fixtures__/, with how each was rendered. */
export const parcelLabels = [
  {
    image: 'parcel-label-upright.jpg',
    expected: { tracking_number: 'SF1234567890', recipient: '王小明' },
    render: { seed: 1 },
  },
  {
    image: 'parcel-label-turned.jpg',
    expected: { tracking_number: 'SF5550001234', recipient: '李红' },
    render: { rotation: 5, blur: 0.8, noise: 0.1, seed: 2 },
  },
]

const properties = {
  tracking_number: {
    type: ['string', 'null'],
    description: "Waybill number after 运单号, e.g. 'SF1234567890'.",
  },
  recipient: { type: ['string', 'null'], description: "Recipient's name after 收件人, e.g. '王小明'." },
}

/** A template for the labels, correct in every respect: testTemplate must pass it. */
export const parcelLabelTemplate = defineTemplate({
  id: 'parcel-label',
  version: '1.2.3',
  title: 'Parcel label',
  description: 'Reads the waybill number and recipient of a parcel label.',
  prompt:
    "Extract the waybill number and the recipient as JSON: {'tracking_number': 'xxx', 'recipient': 'xxx'}",
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  },
  validate: (data) =>
    typeof data.tracking_number === 'string' && !/^SF\d{10}$/.test(data.tracking_number)
      ? [{ path: '/tracking_number', message: 'not an SF waybill number', severity: 'error' }]
      : [],
  local: {
    fields: {
      tracking_number: { pattern: '(SF\\s*\\d{10})', transforms: ['remove-spaces'] },
      recipient: {
        label: '收件人',
        where: ['same-line', 'right'],
        pattern: '^\\s*([\\u4e00-\\u9fff]{2,4})\\s*$',
      },
    },
  },
  examples: parcelLabels.map(({ image, expected }) => ({ image, expected })),
})

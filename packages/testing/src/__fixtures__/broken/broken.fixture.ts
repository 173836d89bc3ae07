import { fileURLToPath } from 'node:url'
import type { Engine, EnginePart, Template } from '@tiqu/core'
import { testTemplate } from '../../test-template.js'

// Wrong in every way testTemplate checks; test-template.test.ts runs this file and reads the report.
const template = {
  specificationVersion: 'v1',
  id: 'Bad_Label',
  version: '9.9.9',
  title: 'Broken label',
  description: 'A template with every mistake.',
  prompt: "Extract {'trackingNumber': 'xxx'}",
  schema: {
    type: 'object',
    properties: {
      trackingNumber: { type: 'string' },
      sender: { type: 'object', description: 'Who sent it.', properties: { post_code: { type: 'string' } } },
    },
  },
  // Leaves a number alone, so only the schema catches one: `by: 'validate'` must then fail.
  validate: (data) =>
    typeof data.trackingNumber !== 'string' || data.trackingNumber.startsWith('SF')
      ? []
      : [{ path: '/trackingNumber', message: 'not an SF waybill', severity: 'error' }],
  local: {
    fields: { trackingNumber: { pattern: '(SF\\d{10})' }, sender: { pattern: '寄件人\\s*(\\S+)' } },
  },
  examples: [
    {
      image: 'parcel-label-upright.jpg',
      expected: { trackingNumber: 'YT1234567890', sender: { post_code: '100000' } },
    },
    { image: 'missing.jpg', expected: { trackingNumber: 'SF5550001234', sender: { post_code: '200000' } } },
  ],
} satisfies Template

// Reads every page as the same wrong number, so the accuracy check has something to report.
const engine: Engine = {
  specificationVersion: 'v1',
  id: 'fake',
  async *doRecognize(): AsyncGenerator<EnginePart> {
    yield { type: 'object', object: { trackingNumber: 'SF0000000000', sender: { post_code: '100000' } } }
    yield { type: 'finish', finishReason: 'stop' }
  },
}

testTemplate(template, {
  root: fileURLToPath(new URL('..', import.meta.url)),
  minExamples: 3,
  engine,
  invalid: [
    { name: 'an empty waybill', data: { trackingNumber: 'SF', sender: {} }, path: '/trackingNumber' },
    {
      name: 'a number as the waybill',
      data: { trackingNumber: 42, sender: {} },
      path: '/trackingNumber',
      by: 'validate',
    },
  ],
})

import {
  chatBodySchema,
  errorResponseSchema,
  extractJsonBodySchema,
  extractMultipartBodySchema,
} from './schemas.js'
import type { ServerContext } from './server-context.js'

const json = (schema: object, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

const recordSchema = {
  type: 'object',
  description: "@tiqu/core's ExtractResult: one input, one record.",
  required: ['source', 'engine', 'data', 'valid', 'issues', 'uncertain', 'text', 'usage', 'timing'],
  properties: {
    source: { type: 'string' },
    template: { type: 'object', properties: { id: { type: 'string' }, version: { type: 'string' } } },
    engine: { type: 'string' },
    model: { type: 'string' },
    data: { type: ['object', 'null'] },
    valid: { type: 'boolean' },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        properties: { path: { type: 'string' }, message: { type: 'string' }, severity: { type: 'string' } },
      },
    },
    uncertain: { type: 'array', items: { type: 'string' } },
    evidence: { type: 'object' },
    text: { type: 'string' },
    usage: { type: 'object' },
    timing: { type: 'object' },
    error: errorResponseSchema.properties.error,
  },
}

/** The OpenAPI 3.1 description served at `/openapi.json`, built from the schemas the routes validate with. */
export function createOpenApiDocument(context: ServerContext) {
  const errors = {
    '400': json(
      errorResponseSchema,
      'The request is malformed, an option is out of range, or the image URL is refused.',
    ),
    '401': json(errorResponseSchema, 'No key, or a wrong one: send Authorization: Bearer <key>.'),
    '404': json(errorResponseSchema, 'Unknown template.'),
    '413': json(errorResponseSchema, 'The body or the image is too large (bytes or pixels).'),
    '415': json(errorResponseSchema, 'Not an image tiqu can read.'),
    '429': json(errorResponseSchema, 'Rate limit or concurrency limit reached; see Retry-After.'),
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'tiqu-server',
      version: '0.1.0',
      description: `Document images to validated JSON. Engine: ${context.options.engine}.`,
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { ExtractResult: recordSchema, Error: errorResponseSchema },
    },
    security: context.options.keys.length > 0 ? [{ bearer: [] }] : [],
    paths: {
      '/v1/extract': {
        post: {
          summary: 'Read one image into a template’s validated JSON (or plain text without a template).',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: extractJsonBodySchema },
              'multipart/form-data': { schema: extractMultipartBodySchema },
            },
          },
          responses: {
            '200': {
              description:
                'The record. With Accept: text/event-stream, events named after core’s parts (text-delta, object-delta, repair-start, usage, error) and a last `result` event with the record.',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/ExtractResult' } },
                'text/event-stream': { schema: { type: 'string' } },
              },
            },
            ...errors,
            '422': json(
              recordSchema,
              'The document could not be read (damaged image, model refused it); the body is the record with `error`.',
            ),
            '502': json(recordSchema, 'The model service failed; the body is the record with `error`.'),
            '504': json(recordSchema, 'The extraction took longer than the server allows.'),
          },
        },
      },
      '/v1/templates': {
        get: {
          summary: 'The templates served.',
          responses: {
            '200': json({ type: 'object', properties: { templates: { type: 'array' } } }, 'Listing.'),
          },
        },
      },
      '/v1/templates/{id}': {
        get: {
          summary: 'One template: prompt, JSON Schema, version.',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string' },
              description: 'id or id@range',
            },
          ],
          responses: { '200': json({ type: 'object' }, 'The template.'), '404': errors['404'] },
        },
      },
      '/compatible-mode/v1/chat/completions': {
        post: {
          summary:
            'OpenAI-compatible chat completions, in Qwen-OCR’s compatible mode (also at /v1/chat/completions).',
          requestBody: { required: true, content: { 'application/json': { schema: chatBodySchema } } },
          responses: {
            '200': {
              description: 'A chat.completion, or chat.completion.chunk events ending with data: [DONE].',
              content: {
                'application/json': { schema: { type: 'object' } },
                'text/event-stream': { schema: { type: 'string' } },
              },
            },
            '400': {
              description: 'DashScope’s error body: { error: { code, param, message, type }, request_id }.',
            },
          },
        },
      },
      '/healthz': { get: { summary: 'Health.', security: [], responses: { '200': { description: 'ok' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics.', responses: { '200': { description: 'text' } } } },
      '/openapi.json': {
        get: { summary: 'This document.', security: [], responses: { '200': { description: 'OpenAPI' } } },
      },
      '/': {
        get: { summary: 'The playground page.', security: [], responses: { '200': { description: 'HTML' } } },
      },
    },
  }
}

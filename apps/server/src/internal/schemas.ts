// JSON Schemas of the request and response bodies: Fastify's ajv validates requests with them, and
// GET /openapi.json publishes the same objects, so the description cannot drift from the checks.

/** Sampling and size options, as `@tiqu/core`'s `ModelOptions`; ranges are checked again by core. */
export const modelOptionsSchema = {
  type: 'object',
  additionalProperties: false,
  description:
    "Options for the model (the qwen engine); the local engine ignores them. Ranges follow Qwen-OCR's API reference.",
  properties: {
    model: { type: 'string', minLength: 1, description: 'Model, e.g. qwen-vl-ocr-2025-11-20.' },
    min_pixels: { type: 'integer', minimum: 1 },
    max_pixels: { type: 'integer', minimum: 1 },
    max_tokens: { type: 'integer', minimum: 1 },
    temperature: { type: 'number', minimum: 0, exclusiveMaximum: 2 },
    top_p: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
    top_k: { type: 'integer', minimum: 0 },
    repetition_penalty: { type: 'number', exclusiveMinimum: 0 },
    presence_penalty: { type: 'number', minimum: -2, maximum: 2 },
    seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
    stop: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    logprobs: { type: 'boolean' },
    top_logprobs: { type: 'integer', minimum: 0, maximum: 5 },
  },
} as const

/** `POST /v1/extract` as JSON. */
export const extractJsonBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['image'],
  properties: {
    template: {
      type: 'string',
      minLength: 1,
      maxLength: 200,
      description:
        'Template id, optionally with a semver range: train-ticket or train-ticket@^1. Absent: plain OCR.',
    },
    image: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['url'],
          properties: {
            url: { type: 'string', minLength: 1, maxLength: 8192, description: 'A public http(s) URL.' },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['base64'],
          properties: {
            // No minLength: ajv counts the code points of the whole string for it, a cost on every large
            // image; an empty one is refused when its bytes are read (TIQU_INPUT_EMPTY).
            base64: { type: 'string', description: 'The image file, base64-encoded.' },
            mime_type: {
              type: 'string',
              description: 'Informative only: the format is sniffed from the bytes, never taken from a name.',
            },
            filename: { type: 'string', maxLength: 255, description: "The record's `source`." },
          },
        },
      ],
    },
    options: modelOptionsSchema,
    schema: {
      type: 'object',
      description:
        'A JSON Schema of the fields to read, for a template that takes one (kie); the result is validated against it.',
    },
    repair_attempts: {
      type: 'integer',
      minimum: 0,
      maximum: 3,
      description:
        "Re-asks of the model when its answer does not validate (core's repairAttempts). Default 1.",
    },
  },
} as const

/** `POST /v1/extract` as multipart/form-data (described for OpenAPI; parsed by @fastify/multipart). */
export const extractMultipartBodySchema = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'The image file.' },
    template: { type: 'string', description: 'Template id[@range]; absent: plain OCR.' },
    options: { type: 'string', description: 'Model options as a JSON object (see ModelOptions).' },
    repair_attempts: { type: 'string', description: 'A whole number 0–3.' },
    schema: {
      type: 'string',
      description: 'A JSON Schema as JSON text, for a template that takes one (kie).',
    },
  },
} as const

/** The content part of a chat message; extra keys (min_pixels, max_pixels) are kept. */
const contentPartSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { type: 'string' } },
} as const

/** `POST /compatible-mode/v1/chat/completions`: only the shape is checked here, the values in the route. */
export const chatBodySchema = {
  type: 'object',
  required: ['model', 'messages'],
  properties: {
    model: { type: 'string', minLength: 1 },
    messages: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['role', 'content'],
        properties: {
          role: { type: 'string' },
          content: { anyOf: [{ type: 'string' }, { type: 'array', items: contentPartSchema }] },
        },
      },
    },
    stream: { type: 'boolean' },
    stream_options: { type: 'object', properties: { include_usage: { type: 'boolean' } } },
    template: {
      type: 'string',
      minLength: 1,
      description:
        "tiqu's extension: fill this template (its prompt is sent) instead of the text part's prompt.",
    },
  },
} as const

/** The `{ error: { code, message } }` every failed `/v1` request answers with. */
export const errorResponseSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
  },
} as const

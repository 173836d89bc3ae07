import { type ModelOptions, parseModelOptions } from '@tiqu/core'
import type { FastifyRequest } from 'fastify'
import { HttpError } from './http-error.js'
import { loadImageUrl } from './load-image-url.js'
import type { ResolvedServerOptions } from './resolve-server-options.js'

/** What `POST /v1/extract` asks for, whether it came as JSON or as a form. */
export interface ExtractRequest {
  template: string | undefined
  /** Loaded lazily: the template is checked first, so a wrong id fails before any download. */
  loadImage(signal: AbortSignal): Promise<{ bytes: Uint8Array; source: string }>
  options: ModelOptions
  repairAttempts: number | undefined
  /** A JSON Schema of the fields to read, for a template that takes one (kie). */
  schema: unknown
}

interface ExtractJsonBody {
  template?: string
  image: { url: string } | { base64: string; mime_type?: string; filename?: string }
  options?: ModelOptions
  repair_attempts?: number
  schema?: object
}

/** Reads the JSON or multipart body of `POST /v1/extract`. */
export async function readExtractRequest(
  request: FastifyRequest,
  options: ResolvedServerOptions,
): Promise<ExtractRequest> {
  const parsed = request.isMultipart()
    ? await readForm(request, options)
    : fromJson(request.body as ExtractJsonBody, options)
  // Checked here, whichever engine runs, before any image is read.
  parseModelOptions(parsed.options, parsed.options.model ?? options.model ?? 'qwen-vl-ocr-2025-11-20')
  return parsed
}

function fromJson(body: ExtractJsonBody, options: ResolvedServerOptions): ExtractRequest {
  const { image } = body
  return {
    template: body.template,
    options: body.options ?? {},
    repairAttempts: body.repair_attempts,
    schema: body.schema,
    async loadImage(signal) {
      if ('url' in image) return loadImageUrl(image.url, options, signal)
      // base64 is 4 characters for 3 bytes: refuse before decoding a body that cannot fit.
      if ((image.base64.length * 3) / 4 > options.maxImageBytes + 3) {
        throw new HttpError(
          413,
          'TIQU_IMAGE_TOO_LARGE',
          `The image is over the server's limit of ${(options.maxImageBytes / 1048576).toFixed(0)} MiB. Scale it down or compress it.`,
        )
      }
      const buffer = Buffer.from(image.base64.replace(/^data:[^,]*,/, ''), 'base64')
      return {
        bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
        source: image.filename ?? 'base64',
      }
    },
  }
}

async function readForm(request: FastifyRequest, options: ResolvedServerOptions): Promise<ExtractRequest> {
  let file: { bytes: Uint8Array; source: string } | undefined
  const fields: Record<string, string> = {}
  for await (const part of request.parts({
    limits: { fileSize: options.maxImageBytes, files: 1, fields: 10 },
  })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        await part.toBuffer()
        throw new HttpError(
          400,
          'TIQU_INVALID_REQUEST',
          `Unknown file field '${part.fieldname}': send the image as 'file'.`,
        )
      }
      const buffer = await part.toBuffer()
      file = {
        bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
        source: part.filename || 'upload',
      }
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value
    }
  }
  const unknown = Object.keys(fields).filter(
    (name) => !['template', 'options', 'repair_attempts', 'schema'].includes(name),
  )
  if (unknown.length > 0) {
    throw new HttpError(
      400,
      'TIQU_INVALID_REQUEST',
      `Unknown form field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: the form takes file, template, options (JSON), schema (JSON) and repair_attempts.`,
    )
  }
  if (!file) {
    throw new HttpError(400, 'TIQU_INVALID_REQUEST', "The form has no image: send it in the field 'file'.")
  }
  const upload = file
  return {
    template: fields.template || undefined,
    options: parseJsonField(fields.options, 'options', '{"max_pixels": 2000000}') as ModelOptions,
    schema:
      fields.schema === undefined
        ? undefined
        : parseJsonField(fields.schema, 'schema', '{"type": "object", "properties": {...}}'),
    repairAttempts: parseRepairAttempts(fields.repair_attempts),
    loadImage: async () => upload,
  }
}

function parseJsonField(text: string | undefined, name: string, example: string): object {
  if (text === undefined || text.trim() === '') return {}
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new HttpError(
      400,
      'TIQU_INVALID_REQUEST',
      `The form field '${name}' is not valid JSON: send an object such as ${example}.`,
    )
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'TIQU_INVALID_REQUEST', `The form field '${name}' must be a JSON object.`)
  }
  return value
}

function parseRepairAttempts(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined
  if (!/^[0-3]$/.test(text)) {
    throw new HttpError(
      400,
      'TIQU_INVALID_REQUEST',
      `Invalid repair_attempts '${text}': pass a whole number from 0 to 3.`,
    )
  }
  return Number(text)
}

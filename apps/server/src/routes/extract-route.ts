import { Readable } from 'node:stream'
import {
  type ExtractOptions,
  type ExtractPart,
  type ExtractResult,
  extract,
  extractStream,
  InvalidOptionError,
  type Template,
  withSchema,
} from '@tiqu/core'
import type { FastifyInstance } from 'fastify'
import { guardExtraction } from '../internal/guard-extraction.js'
import { HttpError } from '../internal/http-error.js'
import { peekStream, sseEvent, wantsEventStream } from '../internal/peek-stream.js'
import { prepareUpload } from '../internal/prepare-upload.js'
import { readExtractRequest } from '../internal/read-extract-request.js'
import { extractJsonBodySchema } from '../internal/schemas.js'
import type { ServerContext } from '../internal/server-context.js'
import { headersForCode, statusForCode } from '../internal/status-for-error.js'

/**
 * `POST /v1/extract`: one image in, one record out (core's `ExtractResult`). Errors about the request
 * (no key, bad JSON, unknown template, a URL that is refused or cannot be downloaded, a file that is
 * not an image) are 4xx with `{ error }` and nothing is read. Once the engine runs, the answer is the
 * record: `200` when the document was read (`valid` says whether it passed the checks), else the
 * status of its `error.code` with the record as the body. With `Accept: text/event-stream` core's
 * parts stream as events of the same names, ending with `event: result` carrying the record.
 */
export function registerExtractRoute(app: FastifyInstance, context: ServerContext): void {
  app.post(
    '/v1/extract',
    {
      schema: {
        body: { content: { 'application/json': { schema: extractJsonBodySchema } } },
      },
    },
    async (request, reply) => {
      const guard = guardExtraction(request, reply, context)
      const parsed = await readExtractRequest(request, context.options)
      // The template first: a wrong id fails before any download.
      const template = applySchema(
        parsed.template ? context.registry.getTemplate(parsed.template) : undefined,
        parsed.schema,
      )
      const { bytes, source } = await parsed.loadImage(guard.signal)
      const input = await prepareUpload(bytes, source, context.options)
      const engine = await context.engine()
      const streaming = wantsEventStream(request.headers.accept)
      const options: ExtractOptions = {
        input,
        source,
        engine,
        ...(template ? { template } : {}),
        options: parsed.options,
        // Asked for events, the model streams too, so text and fields show as they are produced.
        stream: streaming,
        signal: guard.signal,
        ...(parsed.repairAttempts !== undefined ? { repairAttempts: parsed.repairAttempts } : {}),
      }
      const finish = (result: ExtractResult): ExtractResult => {
        const final =
          guard.timedOut() && result.error?.code === 'TIQU_ABORTED' ? timedOut(result, context) : result
        context.metrics.extractions.inc({
          engine: final.engine,
          template: final.template?.id ?? '',
          outcome: final.error ? final.error.code : final.valid ? 'valid' : 'invalid',
        })
        return final
      }

      if (!streaming) {
        const result = finish(await extract(options))
        if (!result.error) return reply.send(result)
        return reply
          .code(statusForCode(result.error.code))
          .headers(headersForCode(result.error.code))
          .send(result)
      }
      const { first, all } = await peekStream(extractStream(options))
      if (!first.done && first.value.type === 'error') {
        const result = finish(first.value.result)
        const code = result.error?.code ?? 'TIQU_INTERNAL'
        return reply.code(statusForCode(code)).headers(headersForCode(code)).send(result)
      }
      reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('x-accel-buffering', 'no')
      return reply.send(Readable.from(toEvents(all, finish), { objectMode: false }))
    },
  )
}

async function* toEvents(
  parts: AsyncIterable<ExtractPart>,
  finish: (result: ExtractResult) => ExtractResult,
): AsyncGenerator<string> {
  try {
    for await (const part of parts) {
      if (part.type === 'finish') {
        yield sseEvent('result', finish(part.result))
      } else if (part.type === 'error') {
        const result = finish(part.result)
        yield sseEvent('error', result.error)
        yield sseEvent('result', result)
      } else {
        yield sseEvent(part.type, part)
      }
    }
  } catch (error) {
    // Headers are sent: the failure can only be told as an event.
    const described =
      error instanceof HttpError || (error as { code?: string }).code
        ? { code: (error as { code: string }).code, message: (error as Error).message }
        : { code: 'TIQU_INTERNAL', message: 'The extraction failed inside the server. Try again.' }
    yield sseEvent('error', described)
  }
}

function timedOut(result: ExtractResult, context: ServerContext): ExtractResult {
  return {
    ...result,
    error: {
      code: 'TIQU_TIMEOUT',
      message: `The extraction took longer than the server's limit of ${context.options.requestTimeoutMs / 1000} s and was stopped. Try a smaller image, or try again later.`,
    },
  }
}

/** The caller's schema in place of the template's, for a template that takes one (kie). */
function applySchema(template: Template | undefined, schema: unknown): Template | undefined {
  if (schema === undefined) {
    if (template?.takesSchema) {
      throw new InvalidOptionError(
        `Template '${template.id}' reads the fields of a JSON Schema of yours: send it as \`schema\`.`,
        { parameter: 'schema' },
      )
    }
    return template
  }
  if (!template) {
    throw new InvalidOptionError('`schema` goes with a template that takes one, such as kie.', {
      parameter: 'schema',
    })
  }
  return withSchema(template, schema)
}

import { randomUUID } from 'node:crypto'
import { Readable } from 'node:stream'
import { type Engine, type ExtractPart, type ExtractResult, extractStream, type Template } from '@tiqu/core'
import type { FastifyInstance } from 'fastify'
import {
  type ChatIdentity,
  chatFinishReason,
  chunkBody,
  completionBody,
  usageChunkBody,
} from '../internal/chat-bodies.js'
import { guardExtraction } from '../internal/guard-extraction.js'
import { HttpError } from '../internal/http-error.js'
import { loadImageUrl } from '../internal/load-image-url.js'
import { matchTemplatePrompt } from '../internal/match-template-prompt.js'
import { peekStream, sseEvent } from '../internal/peek-stream.js'
import { prepareUpload } from '../internal/prepare-upload.js'
import { type ChatRequest, readChatRequest } from '../internal/read-chat-request.js'
import { chatBodySchema } from '../internal/schemas.js'
import type { ServerContext } from '../internal/server-context.js'
import { headersForCode, statusForCode } from '../internal/status-for-error.js'

/** Both paths the seed's client may be pointed at: DashScope's and OpenAI's. */
export const chatCompletionsPaths = ['/compatible-mode/v1/chat/completions', '/v1/chat/completions']

/**
 * The OpenAI-compatible endpoint: takes the seed's request unchanged and answers in compatible mode
 * (a `chat.completion`, or `chat.completion.chunk` events ending with `[DONE]`, DashScope's error
 * bodies). The `qwen` engine sends the request's prompt (or none) upstream with the server's own key
 * and answers the model's text as it is. The `local` engine answers the page's text when there is no
 * prompt, and a template's JSON when the prompt is that template's or the request names it
 * (`"template": "train-ticket"`); it cannot follow other prompts, and says so with a 400.
 */
export function registerChatCompletionsRoute(app: FastifyInstance, context: ServerContext): void {
  for (const path of chatCompletionsPaths) {
    app.post(path, { schema: { body: chatBodySchema } }, async (request, reply) => {
      const guard = guardExtraction(request, reply, context)
      const chat = readChatRequest(request.body as Parameters<typeof readChatRequest>[0])
      const engine = await context.engine()
      const template = chooseTemplate(chat, engine, context)
      const { bytes, source } = await loadImageUrl(chat.imageUrl, context.options, guard.signal)
      const input = await prepareUpload(bytes, source, context.options)
      // The local engine fills the object itself; its text is the page's, not the answer asked for.
      const answersData = engine.id === 'local' && template !== undefined
      const stream = extractStream({
        input,
        source,
        engine,
        ...(template ? { template } : {}),
        ...(chat.prompt !== undefined && !template ? { prompt: chat.prompt } : {}),
        // The local engine has no model to name; the record then says which one it ran.
        options: engine.id === 'local' ? omitModel(chat.options) : chat.options,
        stream: chat.stream,
        // One request, one upstream call, as a proxy should: the caller decides about re-asking.
        repairAttempts: 0,
        signal: guard.signal,
      })
      const identity: ChatIdentity = {
        id: `chatcmpl-${randomUUID()}`,
        created: Math.floor(Date.now() / 1000),
        model: engine.id === 'local' ? (engine.model ?? 'local') : chat.model,
      }
      const count = (result: ExtractResult) =>
        context.metrics.extractions.inc({
          engine: result.engine,
          template: result.template?.id ?? '',
          outcome: result.error ? result.error.code : result.valid ? 'valid' : 'invalid',
        })

      if (!chat.stream) {
        const result = await stream.result
        count(result)
        if (result.error) throw recordError(result, guard.timedOut(), context)
        const content = answersData ? JSON.stringify(result.data) : result.text
        return reply.send(
          completionBody(
            { ...identity, model: result.model ?? identity.model },
            content,
            chatFinishReason(result),
            result.usage,
          ),
        )
      }
      const { first, all } = await peekStream(stream)
      if (!first.done && first.value.type === 'error') {
        count(first.value.result)
        throw recordError(first.value.result, guard.timedOut(), context)
      }
      reply
        .header('content-type', 'text/event-stream; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('x-accel-buffering', 'no')
      return reply.send(
        Readable.from(toChunks(all, identity, { answersData, includeUsage: chat.includeUsage, count }), {
          objectMode: false,
        }),
      )
    })
  }
}

function chooseTemplate(chat: ChatRequest, engine: Engine, context: ServerContext): Template | undefined {
  if (chat.template) return context.registry.getTemplate(chat.template)
  if (engine.id !== 'local' || chat.prompt === undefined) return undefined
  const templates = context.registry.listTemplates().map((entry) => entry.template)
  const matched = matchTemplatePrompt(chat.prompt, templates, chat.model)
  if (matched) return matched
  const ids = [...new Set(templates.map((template) => template.id))].join(', ') || 'none'
  throw new HttpError(
    400,
    'TIQU_ENGINE_UNSUPPORTED',
    "This server runs the embedded OCR engine, which cannot follow a free-form prompt. Send no text part for the page's text, " +
      `send a template's prompt (GET /v1/templates/<id> shows it), or name a template with "template": "<id>" (installed: ${ids}). ` +
      'For free-form prompts, run the server with DASHSCOPE_API_KEY set, so that Qwen-OCR answers.',
  )
}

function omitModel(options: ChatRequest['options']): ChatRequest['options'] {
  const { model: _model, ...rest } = options
  return rest
}

function recordError(result: ExtractResult, timedOut: boolean, context: ServerContext): HttpError {
  const error = result.error ?? { code: 'TIQU_INTERNAL' as const, message: 'The extraction failed.' }
  if (timedOut && error.code === 'TIQU_ABORTED') {
    return new HttpError(
      504,
      'TIQU_TIMEOUT',
      `The request took longer than the server's limit of ${context.options.requestTimeoutMs / 1000} s and was stopped.`,
    )
  }
  return new HttpError(statusForCode(error.code), error.code, error.message, {
    headers: headersForCode(error.code),
  })
}

async function* toChunks(
  parts: AsyncIterable<ExtractPart>,
  identity: ChatIdentity,
  settings: { answersData: boolean; includeUsage: boolean; count: (result: ExtractResult) => void },
): AsyncGenerator<string> {
  yield sseEvent(undefined, chunkBody(identity, { role: 'assistant', content: '' }, null))
  try {
    for await (const part of parts) {
      if (part.type === 'text-delta' && !settings.answersData) {
        yield sseEvent(undefined, chunkBody(identity, { content: part.textDelta }, null))
      } else if (part.type === 'finish') {
        const result = part.result
        settings.count(result)
        const model = { ...identity, model: result.model ?? identity.model }
        if (settings.answersData)
          yield sseEvent(undefined, chunkBody(model, { content: JSON.stringify(result.data) }, null))
        yield sseEvent(undefined, chunkBody(model, { content: '' }, chatFinishReason(result)))
        if (settings.includeUsage) yield sseEvent(undefined, usageChunkBody(model, result.usage))
        yield sseEvent(undefined, '[DONE]')
      } else if (part.type === 'error') {
        settings.count(part.result)
        // OpenAI clients raise an APIError for a data line that carries `error`; no [DONE] follows.
        yield sseEvent(
          undefined,
          errorChunk(part.result.error ?? { code: 'TIQU_INTERNAL', message: 'failed' }),
        )
      }
    }
  } catch (error) {
    yield sseEvent(undefined, errorChunk({ code: 'TIQU_INTERNAL', message: (error as Error).message }))
  }
}

function errorChunk(error: { code: string; message: string }) {
  const requestId = randomUUID()
  const status = statusForCode(error.code)
  return {
    error: {
      code: status >= 500 ? 'internal_error' : 'invalid_parameter_error',
      param: null,
      message: error.message,
      type: status >= 500 ? 'internal_error' : 'invalid_request_error',
      tiqu_code: error.code,
    },
    request_id: requestId,
  }
}

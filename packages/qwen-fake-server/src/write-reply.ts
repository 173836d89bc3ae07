import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import {
  chunkBody,
  completionBody,
  groupTokens,
  splitContent,
  usageBody,
  usageChunkBody,
} from './completion-bodies.js'
import { defaultErrorBody } from './error-replies.js'
import { tokenLogprobs } from './token-logprobs.js'
import type { FakeReply, FaultReply, RecordedRequest, TextReply } from './types.js'

/** What writing one reply needs besides the reply itself. */
export interface ReplyContext {
  request: RecordedRequest
  /** Sent as `x-request-id` and as `request_id` in error bodies, as DashScope does. */
  requestId: string
  /** A pause that ends early when the server closes. */
  sleep: (ms: number) => Promise<void>
}

const defaultModel = 'qwen-vl-ocr-2025-11-20'
const defaultChunkSize = 4

/** Writes one reply: JSON, an SSE stream, an error body, or a fault. */
export async function writeReply(
  response: ServerResponse,
  reply: FakeReply,
  context: ReplyContext,
): Promise<void> {
  if ('fault' in reply) {
    if (reply.fault === 'reset') {
      response.socket?.destroy()
      return
    }
    await writeCutStream(response, reply, context)
    return
  }
  if ('status' in reply) {
    writeError(
      response,
      reply.status,
      reply.body ?? defaultErrorBody(reply.status),
      context.requestId,
      reply.headers,
    )
    return
  }
  await writeText(response, reply, context)
}

/** Sends a JSON error body with DashScope's `request_id`. */
export function writeError(
  response: ServerResponse,
  status: number,
  body: object,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const withId = 'request_id' in body ? body : { ...body, request_id: requestId }
  const text = JSON.stringify(withId)
  response.writeHead(status, {
    'content-type': 'application/json;charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    'x-request-id': requestId,
    ...headers,
  })
  response.end(text)
}

async function writeText(response: ServerResponse, reply: TextReply, context: ReplyContext): Promise<void> {
  const body = context.request.body
  const identity = {
    id: `chatcmpl-${randomUUID()}`,
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? body?.model ?? defaultModel,
  }
  const finishReason = reply.finishReason ?? 'stop'
  const usage = usageBody(body, reply.content, reply.usage)
  // As the service does, log-probabilities only when asked for; top_logprobs alone asks for nothing.
  const tokens =
    body?.logprobs === true
      ? tokenLogprobs(reply.content, Number(body.top_logprobs ?? 0), reply.logprobs)
      : undefined
  if (body?.stream !== true) {
    const text = JSON.stringify(completionBody(identity, reply.content, finishReason, usage, tokens))
    response.writeHead(200, {
      'content-type': 'application/json;charset=UTF-8',
      'content-length': Buffer.byteLength(text),
      'x-request-id': context.requestId,
    })
    response.end(text)
    return
  }
  writeStreamHead(response, context.requestId)
  if (!(await sendEvent(response, chunkBody(identity, { role: 'assistant', content: '' }, null)))) return
  const chunkSize = reply.chunkSize ?? defaultChunkSize
  const pieces = tokens
    ? groupTokens(tokens, chunkSize)
    : splitContent(reply.content, chunkSize).map((content) => ({ content, tokens: undefined }))
  for (const piece of pieces) {
    if (reply.chunkDelayMs) await context.sleep(reply.chunkDelayMs)
    if (!(await sendEvent(response, chunkBody(identity, { content: piece.content }, null, piece.tokens))))
      return
  }
  if (!(await sendEvent(response, chunkBody(identity, { content: '' }, finishReason)))) return
  if (body.stream_options?.include_usage === true) {
    if (!(await sendEvent(response, usageChunkBody(identity, usage)))) return
  }
  if (!(await send(response, 'data: [DONE]\n\n'))) return
  response.end()
}

async function writeCutStream(
  response: ServerResponse,
  reply: Extract<FaultReply, { fault: 'cut-stream' }>,
  context: ReplyContext,
): Promise<void> {
  const { content, afterChunks } = reply
  const end = () => (reply.ending === 'end' ? response.end() : response.socket?.destroy())
  const body = context.request.body
  const identity = {
    id: `chatcmpl-${randomUUID()}`,
    created: Math.floor(Date.now() / 1000),
    model: body?.model ?? defaultModel,
  }
  if (body?.stream !== true) {
    // A non-streaming answer cut short: the length promised, half the bytes delivered.
    const text = JSON.stringify(completionBody(identity, content, 'stop', usageBody(body, content)))
    response.writeHead(200, {
      'content-type': 'application/json;charset=UTF-8',
      'content-length': Buffer.byteLength(text),
      'x-request-id': context.requestId,
    })
    await send(response, text.slice(0, Math.floor(text.length / 2)))
    // Ending "properly" short of the promised length is still a broken body to the client.
    response.socket?.destroy()
    return
  }
  writeStreamHead(response, context.requestId)
  if (!(await sendEvent(response, chunkBody(identity, { role: 'assistant', content: '' }, null)))) return
  for (const piece of splitContent(content, reply.chunkSize ?? defaultChunkSize).slice(
    0,
    Math.max(0, afterChunks),
  )) {
    if (!(await sendEvent(response, chunkBody(identity, { content: piece }, null)))) return
  }
  end()
}

function writeStreamHead(response: ServerResponse, requestId: string): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream;charset=UTF-8',
    'cache-control': 'no-cache',
    'x-request-id': requestId,
  })
  // Headers go out now, as the real gateway sends them before the first token.
  response.flushHeaders()
}

function sendEvent(response: ServerResponse, data: object): Promise<boolean> {
  return send(response, `data: ${JSON.stringify(data)}\n\n`)
}

// Resolves once the bytes are handed to the socket, so a fault that follows cannot swallow them;
// false when the client has gone, so the writer stops instead of writing into a dead socket.
function send(response: ServerResponse, text: string): Promise<boolean> {
  if (response.destroyed || response.writableEnded) return Promise.resolve(false)
  return new Promise((resolve) => {
    response.write(text, (error) => resolve(!error))
  })
}

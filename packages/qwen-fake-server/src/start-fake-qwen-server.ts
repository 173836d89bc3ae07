import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { checkChatRequest } from './check-chat-request.js'
import { invalidApiKeyReply } from './error-replies.js'
import type { FakeReply, RecordedChatBody, RecordedRequest, ReplyFunction } from './types.js'
import { writeError, writeReply } from './write-reply.js'

/** Options of {@link startFakeQwenServer}. */
export interface FakeQwenServerOptions {
  /**
   * When set, a request without `Authorization: Bearer <apiKey>` gets DashScope's 401 `invalid_api_key`.
   * @default undefined (any key, or none, is accepted)
   */
  apiKey?: string
  /**
   * The reply to every chat-completions request, or a function choosing it per request.
   * @default { content: 'This is the fake Qwen-OCR answer.' }
   */
  reply?: FakeReply | ReplyFunction
  /**
   * Delay before the first response byte of each reply (a reply's own `latencyMs` wins).
   * @default 0
   */
  latencyMs?: number
  /** @default '127.0.0.1' */
  host?: string
  /**
   * 0 picks a free port.
   * @default 0
   */
  port?: number
}

/** A running fake. Point an OpenAI client at `baseURL`. */
export interface FakeQwenServer {
  /** `http://127.0.0.1:<port>/compatible-mode/v1`, DashScope's compatible-mode path. */
  readonly baseURL: string
  /** Every request received, in arrival order; clear it with `requests.length = 0`. */
  readonly requests: RecordedRequest[]
  /** Replaces the reply for the requests that follow. */
  setReply(reply: FakeReply | ReplyFunction): void
  /** Stops listening and cuts open connections, including ones waiting out a latency. */
  close(): Promise<void>
}

/** The fixed answer of a fake with no reply set. */
export const defaultFakeText = 'This is the fake Qwen-OCR answer.'

const chatPaths = new Set(['/compatible-mode/v1/chat/completions', '/v1/chat/completions'])

/**
 * Starts a loopback server that speaks DashScope's OpenAI-compatible chat-completions protocol: the
 * same JSON and SSE shapes, error bodies and request checks, with scripted answers and network faults.
 */
export async function startFakeQwenServer(options: FakeQwenServerOptions = {}): Promise<FakeQwenServer> {
  const requests: RecordedRequest[] = []
  let reply: FakeReply | ReplyFunction = options.reply ?? { content: defaultFakeText }
  let closed = false
  const wakers = new Set<() => void>()

  function sleep(ms: number): Promise<void> {
    if (ms <= 0 || closed) return Promise.resolve()
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer)
        wakers.delete(wake)
        resolve()
      }
      const timer = setTimeout(wake, ms)
      wakers.add(wake)
    })
  }

  async function handle(incoming: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawBody = await readBody(incoming)
    const recorded: RecordedRequest = {
      method: incoming.method ?? 'GET',
      path: new URL(incoming.url ?? '/', 'http://fake').pathname,
      headers: incoming.headers,
      body: parseJson(rawBody),
      rawBody,
    }
    const index = requests.push(recorded) - 1
    const requestId = randomUUID()

    if (recorded.method !== 'POST' || !chatPaths.has(recorded.path)) {
      writeError(
        response,
        404,
        {
          error: {
            message: `Not found: ${recorded.method} ${recorded.path}. Use POST /compatible-mode/v1/chat/completions.`,
            type: 'invalid_request_error',
            param: null,
            code: 'not_found',
          },
        },
        requestId,
      )
      return
    }
    if (options.apiKey !== undefined && incoming.headers.authorization !== `Bearer ${options.apiKey}`) {
      const refusal = invalidApiKeyReply()
      writeError(response, refusal.status, refusal.body as object, requestId)
      return
    }
    const refusal = checkChatRequest(recorded)
    if (refusal) {
      writeError(response, refusal.status, refusal.body as object, requestId)
      return
    }
    const chosen = typeof reply === 'function' ? await reply(recorded, index) : reply
    await sleep(chosen.latencyMs ?? options.latencyMs ?? 0)
    if (closed || response.destroyed) return
    await writeReply(response, chosen, { request: recorded, requestId, sleep })
  }

  const server = createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      // A bug in a test's reply function should fail loudly at the client, not hang it.
      if (response.headersSent) {
        response.socket?.destroy()
        return
      }
      const message = error instanceof Error ? error.message : String(error)
      writeError(
        response,
        500,
        {
          error: {
            message: `Fake reply failed: ${message}`,
            type: 'internal_error',
            param: null,
            code: 'internal_error',
          },
        },
        randomUUID(),
      )
    })
  })

  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const urlHost = host.includes(':') ? `[${host}]` : host

  return {
    baseURL: `http://${urlHost}:${port}/compatible-mode/v1`,
    requests,
    setReply(next) {
      reply = next
    },
    close() {
      closed = true
      for (const wake of [...wakers]) wake()
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}

function readBody(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    incoming.on('error', reject)
  })
}

function parseJson(text: string): RecordedChatBody | undefined {
  try {
    return JSON.parse(text) as RecordedChatBody
  } catch {
    return undefined
  }
}

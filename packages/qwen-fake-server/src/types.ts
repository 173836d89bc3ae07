import type { IncomingHttpHeaders } from 'node:http'

/** One content part of a chat message as a client sent it (`image_url`, `text`, or anything else). */
export interface RecordedContentPart {
  type: string
  [key: string]: unknown
}

/** The JSON body of a chat-completions request, typed as far as the fake reads it. */
export interface RecordedChatBody {
  model?: string
  messages?: Array<{ role: string; content: string | RecordedContentPart[] }>
  stream?: boolean
  stream_options?: { include_usage?: boolean }
  logprobs?: boolean
  top_logprobs?: number
  [key: string]: unknown
}

/** A request the fake received, kept in arrival order so tests can check exactly what was sent. */
export interface RecordedRequest {
  method: string
  /** Path without the query string, e.g. `/compatible-mode/v1/chat/completions`. */
  path: string
  headers: IncomingHttpHeaders
  /** The parsed JSON body; `undefined` when the body was not JSON. */
  body: RecordedChatBody | undefined
  /** The body exactly as it arrived. */
  rawBody: string
}

/** Token counts of a fake answer; what is left out is estimated from the request and the content. */
export interface FakeUsage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
  /** Reported in `prompt_tokens_details.image_tokens`. */
  image_tokens: number
  /** Reported in `prompt_tokens_details.text_tokens`. */
  text_tokens: number
}

/** A successful answer: a `chat.completion` JSON, or a `chat.completion.chunk` SSE stream when the request streams. */
export interface TextReply {
  content: string
  /**
   * Overrides for the reported usage.
   * @default 332 image tokens per image, prompt and completion tokens estimated at 4 characters a token
   */
  usage?: Partial<FakeUsage>
  /** @default 'stop' */
  finishReason?: 'stop' | 'length'
  /**
   * Characters (code points) of content per SSE chunk.
   * @default 4
   */
  chunkSize?: number
  /**
   * Pause between SSE chunks, to test slow streams and aborts mid-stream.
   * @default 0
   */
  chunkDelayMs?: number
  /**
   * The model the answer names.
   * @default the request's `model`
   */
  model?: string
  /**
   * Delay before the first byte of this reply.
   * @default the server's `latencyMs`
   */
  latencyMs?: number
  /**
   * The token log-probabilities sent when the request asks for them (`logprobs: true`). The content is
   * split into tokens deterministically; streamed chunks then hold whole tokens.
   * @default a confident model: every token between -0.0005 and -0.0104
   */
  logprobs?: FakeLogprobs
}

/** How sure the fake model is of the tokens of its answer. */
export interface FakeLogprobs {
  /**
   * The logprob of every token not covered by `substrings`.
   * @default between -0.0005 and -0.0104, fixed by each token and its position
   */
  default?: number
  /**
   * Logprobs for the tokens overlapping each occurrence of a substring of the content, e.g.
   * `{ '553.0': -1.5 }` to make the model unsure of a price.
   * @default {}
   */
  substrings?: { [text: string]: number }
}

/** An HTTP error with DashScope's body; see the helpers in `error-replies.ts` for the real bodies. */
export interface ErrorReply {
  status: number
  /**
   * The JSON body. A `request_id` is added when absent, as DashScope always sends one.
   * @default DashScope's body for the status (400 invalid_parameter_error, 401 invalid_api_key, 429 limit_requests, 5xx)
   */
  body?: object
  /**
   * Extra response headers, e.g. `{ 'retry-after': '0' }`.
   * @default {}
   */
  headers?: Record<string, string>
  /** @default the server's `latencyMs` */
  latencyMs?: number
}

/** A broken connection: the faults real networks and overloaded gateways produce. */
export type FaultReply =
  | {
      /** Destroy the socket before any response byte. */
      fault: 'reset'
      /** @default the server's `latencyMs` */
      latencyMs?: number
    }
  | {
      /**
       * Send 200 and the SSE headers, the role chunk and `afterChunks` content chunks of `content`, then
       * stop without a finish chunk or `[DONE]`. For a non-streaming request, half the JSON body is sent instead.
       */
      fault: 'cut-stream'
      afterChunks: number
      content: string
      /** @default 4 */
      chunkSize?: number
      /**
       * `destroy` breaks the connection (the client sees a network error); `end` closes the response
       * properly, so only the missing finish chunk and `[DONE]` tell that the answer is incomplete.
       * @default 'destroy'
       */
      ending?: 'destroy' | 'end'
      /** @default the server's `latencyMs` */
      latencyMs?: number
    }

/** What the fake answers to one chat-completions request. Told apart by `fault`, then `status`, else text. */
export type FakeReply = TextReply | ErrorReply | FaultReply

/** Chooses the reply per request; `index` is the request's position in `requests` (0 for the first). */
export type ReplyFunction = (request: RecordedRequest, index: number) => FakeReply | Promise<FakeReply>

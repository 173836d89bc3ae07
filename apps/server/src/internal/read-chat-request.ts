import { type ModelOptions, parseModelOptions } from '@tiqu/core'
import { HttpError } from './http-error.js'

/** A chat-completions request in the seed's shape, reduced to what tiqu reads. */
export interface ChatRequest {
  model: string
  /** The `image_url.url`: an http(s) URL or a `data:` URL. */
  imageUrl: string
  /** The text parts, joined; undefined when there are none (plain OCR). */
  prompt: string | undefined
  /** tiqu's extension: the template to fill. */
  template: string | undefined
  options: ModelOptions
  stream: boolean
  includeUsage: boolean
}

interface ChatBody {
  model: string
  messages: Array<{ role: string; content: string | Array<{ type: string; [key: string]: unknown }> }>
  stream?: boolean
  stream_options?: { include_usage?: boolean }
  template?: string
  [parameter: string]: unknown
}

// The parameters Qwen-OCR documents, passed on as they are; core checks their ranges.
const modelParameters = [
  'max_tokens',
  'temperature',
  'top_p',
  'top_k',
  'repetition_penalty',
  'presence_penalty',
  'seed',
  'stop',
  'top_logprobs',
] as const

/**
 * Reads the seed's request: the last `user` message (Qwen-OCR reads only the latest one) with one
 * `image_url` part, `min_pixels` / `max_pixels` beside `image_url` (or, as some clients send them,
 * inside it), and optional `text` parts, which are the prompt.
 */
export function readChatRequest(body: ChatBody): ChatRequest {
  const message = body.messages.findLast((candidate) => candidate.role === 'user')
  if (!message) {
    throw new HttpError(
      400,
      'TIQU_INVALID_REQUEST',
      'The input messages do not contain elements with the role of user: send one user message with an image_url part.',
    )
  }
  const parts =
    typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content
  const images = parts.filter((part) => part.type === 'image_url')
  const texts = parts.filter((part) => part.type === 'text')
  const other = parts.find((part) => part.type !== 'image_url' && part.type !== 'text')
  if (other) {
    throw new HttpError(
      400,
      'TIQU_INVALID_REQUEST',
      `Content parts of type '${other.type}' are not read: send one image_url part and optional text parts.`,
    )
  }
  const image = images[0]
  if (!image || images.length > 1) {
    throw new HttpError(
      400,
      'TIQU_INVALID_REQUEST',
      images.length > 1
        ? `The message has ${images.length} image_url parts; Qwen-OCR reads one image per request. Send one request per image.`
        : 'The user message has no image_url part: Qwen-OCR reads an image. Add {"type": "image_url", "image_url": {"url": "..."}}.',
    )
  }
  const imageUrl = image.image_url as
    | { url?: unknown; min_pixels?: unknown; max_pixels?: unknown }
    | undefined
  if (typeof imageUrl?.url !== 'string' || imageUrl.url === '') {
    throw new HttpError(
      400,
      'TIQU_INVALID_REQUEST',
      'The image_url part has no url: send {"image_url": {"url": "https://..." or "data:image/jpeg;base64,..."}}.',
    )
  }
  const prompt = texts
    .map((part) => (typeof part.text === 'string' ? part.text : ''))
    .join('\n')
    .trim()
  if (body.logprobs === true) {
    throw new HttpError(
      400,
      'TIQU_INVALID_OPTION',
      'logprobs is not served by tiqu-server: its answers carry no token log-probabilities. Drop logprobs, or call DashScope directly for them.',
    )
  }
  const options: ModelOptions = { model: body.model }
  const record = options as Record<string, unknown>
  for (const name of modelParameters)
    if (body[name] !== undefined && body[name] !== null) record[name] = body[name]
  for (const name of ['min_pixels', 'max_pixels'] as const) {
    const value = image[name] ?? imageUrl[name]
    if (value !== undefined && value !== null) record[name] = value
  }
  parseModelOptions(options, body.model)
  return {
    model: body.model,
    imageUrl: imageUrl.url,
    prompt: prompt === '' ? undefined : prompt,
    template: body.template,
    options,
    stream: body.stream === true,
    includeUsage: body.stream === true && body.stream_options?.include_usage === true,
  }
}

import { pixelDefaults } from '../../options/model-options.js'
import type { ModelOptions } from '../types.js'

/** The image part of the seed's request: `min_pixels` / `max_pixels` sit beside `image_url`, not inside it. */
export interface QwenImagePart {
  type: 'image_url'
  image_url: { url: string }
  min_pixels: number
  max_pixels: number
}

/** The prompt part; absent for plain OCR, so the model uses its built-in prompt. */
export interface QwenTextPart {
  type: 'text'
  text: string
}

/** The sampling parameters, sent top-level: the pixel bounds travel on the image part instead. */
type SamplingParameters = Omit<ModelOptions, 'model' | 'min_pixels' | 'max_pixels'>

/**
 * The body of `POST {baseURL}/chat/completions` exactly as the `qwen` engine sends it. `top_k` and
 * `repetition_penalty` are not OpenAI fields: DashScope reads them top-level, and the Node SDK sends
 * unknown keys as they are.
 */
export interface QwenChatRequest extends SamplingParameters {
  model: string
  messages: [{ role: 'user'; content: [QwenImagePart] | [QwenImagePart, QwenTextPart] }]
  stream?: true
  stream_options?: { include_usage: true }
}

/** What {@link buildRequest} needs: checked options (see `parseModelOptions`) and the image's URL. */
export interface BuildRequestInput {
  model: string
  /** An http(s) URL, or a `data:<mime>;base64,` URL. */
  imageUrl: string
  /** The template's prompt; undefined for plain OCR. */
  prompt?: string | undefined
  options: ModelOptions
  stream: boolean
}

const topLevelParameters = [
  'max_tokens',
  'temperature',
  'top_p',
  'top_k',
  'repetition_penalty',
  'presence_penalty',
  'seed',
  'stop',
  'logprobs',
  'top_logprobs',
] as const

/**
 * Builds the seed's request: one `user` message with the image part (pixel bounds always sent, the
 * model's defaults when not given) and, when there is a prompt, a text part; sampling parameters
 * top-level, only those given, so the service's defaults apply to the rest.
 */
export function buildRequest(input: BuildRequestInput): QwenChatRequest {
  const defaults = pixelDefaults(input.model)
  const image: QwenImagePart = {
    type: 'image_url',
    image_url: { url: input.imageUrl },
    min_pixels: input.options.min_pixels ?? defaults.min_pixels,
    max_pixels: input.options.max_pixels ?? defaults.max_pixels,
  }
  const request: QwenChatRequest = {
    model: input.model,
    messages: [
      {
        role: 'user',
        content: input.prompt === undefined ? [image] : [image, { type: 'text', text: input.prompt }],
      },
    ],
  }
  if (input.stream) {
    request.stream = true
    // Without it DashScope sends no usage at all in a stream.
    request.stream_options = { include_usage: true }
  }
  for (const key of topLevelParameters) {
    const value = input.options[key]
    if (value !== undefined) (request as unknown as { [key: string]: unknown })[key] = value
  }
  return request
}

import type { TokenLogprob } from '../confidence/field-confidence.js'
import type { Template } from '../template/types.js'

/** An image ready for an engine: bytes with their sniffed MIME type, or a remote URL passed through. */
export type ResolvedImage =
  | { kind: 'bytes'; bytes: Uint8Array; mimeType: ImageMimeType; source: string }
  | { kind: 'url'; url: string; source: string }

/** The image formats tiqu accepts, as MIME types. */
export type ImageMimeType =
  | 'image/jpeg'
  | 'image/png'
  | 'image/webp'
  | 'image/bmp'
  | 'image/tiff'
  | 'image/heic'

/** Token counts as the API reports them; `image_tokens` comes from `prompt_tokens_details`. */
export interface Usage {
  prompt_tokens: number
  completion_tokens: number
  total_tokens: number
  image_tokens: number
}

/** One line of text an OCR engine found, with where it is and how sure it is. */
export interface OcrLine {
  text: string
  /** Mean character confidence, 0–1. */
  score: number
  /**
   * Axis-aligned box, left, top, width, height, in the pixels of the page as read: EXIF orientation
   * applied, and turned upright by the `lines` part's `rotation`.
   */
  box: { x: number; y: number; width: number; height: number }
  /** The four corners, clockwise from top-left, in the same pixels as `box`. */
  polygon?: Array<[number, number]>
}

/** How sure an engine is of one field's value, and where on the page it was read. */
export interface FieldEvidence {
  /** 0–1: the recognizer's score of the text, or the model's token probability of the value. */
  confidence?: number
  /** The box around the text the value came from, in the same pixels as `OcrLine.box`. */
  box?: OcrLine['box']
}

/** Sampling and size options the `qwen` engine sends; checked before any network call. */
export interface ModelOptions {
  /** @default 'qwen-vl-ocr-2025-11-20' */
  model?: string
  /** Smallest pixel count the model scales the image up to. */
  min_pixels?: number
  /** Largest pixel count the model scales the image down to. */
  max_pixels?: number
  max_tokens?: number
  temperature?: number
  top_p?: number
  top_k?: number
  repetition_penalty?: number
  presence_penalty?: number
  seed?: number
  stop?: string | string[]
  logprobs?: boolean
  top_logprobs?: number
}

/** What core asks of an engine for one image. */
export interface EngineRequest {
  image: ResolvedImage
  /** The template to fill; absent for plain OCR. */
  template?: Template
  /** The resolved prompt (template prompt, or the caller's own); absent for plain OCR. */
  prompt?: string
  /** Stream from the service as text is produced (engines that cannot, ignore it). @default false */
  stream?: boolean
  options: ModelOptions
  signal?: AbortSignal
}

/** Why an engine stopped. */
export type FinishReason = 'stop' | 'length' | 'content_filter' | 'other'

/** What an engine emits, in order: text as it arrives, layout, a filled object, usage, then finish. */
export type EnginePart =
  | { type: 'text-delta'; textDelta: string }
  | {
      type: 'lines'
      lines: OcrLine[]
      /** Size of the page as read (EXIF orientation applied, turned upright). */
      width: number
      height: number
      /** Clockwise turn, in degrees, the engine applied to read the page upright. @default 0 */
      rotation?: 0 | 90 | 180 | 270
    }
  | {
      type: 'object'
      object: { [field: string]: unknown }
      /** Where each top-level field's value was read, for the fields the engine can place. */
      evidence?: { [field: string]: FieldEvidence }
    }
  | {
      /**
       * The token log-probabilities of the text just sent: the tokens of every `logprobs` part of an
       * answer, joined in order, spell its text (or their bytes do). Only when the request asks for
       * `logprobs` and the engine's model gives them.
       */
      type: 'logprobs'
      tokens: TokenLogprob[]
    }
  | { type: 'usage'; usage: Usage }
  | { type: 'finish'; finishReason: FinishReason; model?: string }

/** An engine turns one image plus a request into a stream of parts. */
export interface Engine {
  /** The engine contract version this engine implements. */
  readonly specificationVersion: 'v1'
  /** `qwen`, `local`, or a third party's name. */
  readonly id: string
  /** The model it runs by default, when it has one. */
  readonly model?: string
  /** The engine takes http(s) image URLs itself; otherwise core downloads them first. @default false */
  readonly acceptsImageUrls?: boolean
  /** Called by core; users call `extract`. Throws a `TiquError` for a request it cannot serve. */
  doRecognize(request: EngineRequest): AsyncIterable<EnginePart>
  /** Releases native resources (ONNX sessions, sockets). */
  close?(): Promise<void>
}

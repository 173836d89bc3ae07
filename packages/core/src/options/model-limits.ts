/** The pinned snapshot the `qwen` engine uses unless told otherwise; aliases move, snapshots do not. */
export const defaultQwenModel = 'qwen-vl-ocr-2025-11-20'

/** What one Qwen-OCR model accepts, from Alibaba's API reference. */
export interface ModelLimits {
  /** Side in pixels of the square one image token covers. */
  patchSize: 28 | 32
  /** Smallest `min_pixels`, and its default. */
  minPixels: number
  /** Largest `max_pixels` (30,000 patches). */
  maxPixels: number
  /** Default `max_pixels` (8,192 patches). */
  defaultMaxPixels: number
  /** Largest `max_tokens` tiqu lets through. */
  maxTokens: number
  /** What the service uses when `max_tokens` is not sent. */
  defaultMaxTokens: number
}

const patches32 = {
  patchSize: 32,
  minPixels: 3 * 32 * 32,
  maxPixels: 30_000 * 32 * 32,
  defaultMaxPixels: 8192 * 32 * 32,
} as const
const patches28 = {
  patchSize: 28,
  minPixels: 4 * 28 * 28,
  maxPixels: 30_000 * 28 * 28,
  defaultMaxPixels: 8192 * 28 * 28,
} as const

/**
 * Per-model limits. For qwen-vl-ocr, -2025-04-13 and -2025-08-28 the service's default and ceiling
 * for `max_tokens` is 4096; 4097–8192 works only after Alibaba approves it for the account (ask via
 * modelstudio@service.aliyun.com or the account manager). tiqu lets up to 8192 through so approved
 * accounts are not blocked; others get the service's "Range of max_tokens" error.
 */
const limitsByModel: { [model: string]: ModelLimits } = {
  'qwen-vl-ocr-2025-11-20': { ...patches32, maxTokens: 8192, defaultMaxTokens: 8192 },
  'qwen-vl-ocr-latest': { ...patches32, maxTokens: 8192, defaultMaxTokens: 8192 },
  // The stable alias: Alibaba's newest model pages put it in the 32-px group ("currently equals
  // qwen-vl-ocr-2025-11-20") while the API reference still lists it with the 28-px models. The newest
  // docs win; pin a snapshot when the difference matters.
  'qwen-vl-ocr': { ...patches32, maxTokens: 8192, defaultMaxTokens: 4096 },
  'qwen-vl-ocr-2025-08-28': { ...patches28, maxTokens: 8192, defaultMaxTokens: 4096 },
  'qwen-vl-ocr-2025-04-13': { ...patches28, maxTokens: 8192, defaultMaxTokens: 4096 },
  'qwen-vl-ocr-2024-10-28': { ...patches28, maxTokens: 4096, defaultMaxTokens: 4096 },
}

/**
 * The limits of a Qwen-OCR model; undefined for other models (another OpenAI-compatible server's
 * Qwen VL model), which tiqu does not cap.
 */
export function modelLimits(model: string): ModelLimits | undefined {
  return Object.hasOwn(limitsByModel, model) ? limitsByModel[model] : undefined
}

/** What one model costs, per million tokens, in one currency. */
export interface ModelPrice {
  /** Price of a million input tokens (image and prompt). */
  input: number
  /** Price of a million output tokens. */
  output: number
  /** ISO 4217 code, e.g. `CNY`. */
  currency: string
}

/** Prices by model id. */
export type PriceTable = Record<string, ModelPrice>

const cheap: ModelPrice = { input: 0.3, output: 0.5, currency: 'CNY' }
const older: ModelPrice = { input: 5, output: 5, currency: 'CNY' }

/**
 * Alibaba Cloud Model Studio's list prices for the Beijing region (per million tokens, CNY), as its
 * pricing page gave them in 2026. Prices change and differ by region (Singapore lists ¥0.514 / ¥1.174 for
 * qwen-vl-ocr and -2025-11-20) and the batch API is half price: pass your own table for real accounting.
 */
export const defaultPriceTable: PriceTable = {
  'qwen-vl-ocr': cheap,
  'qwen-vl-ocr-latest': cheap,
  'qwen-vl-ocr-2025-11-20': cheap,
  'qwen-vl-ocr-2025-08-28': older,
  'qwen-vl-ocr-2025-04-13': older,
  'qwen-vl-ocr-2024-10-28': older,
}

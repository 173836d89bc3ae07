import type { OcrLine } from '@tiqu/core'

/** An OCR line for tests that need no model: text at (x, y), 20 pixels high unless told. */
export function ocrLine(text: string, x: number, y: number, width = text.length * 20, height = 20): OcrLine {
  return { text, score: 0.99, box: { x, y, width, height } }
}

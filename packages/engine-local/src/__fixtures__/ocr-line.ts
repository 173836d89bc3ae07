import type { OcrLine } from '@tiqu/core'

/** An OCR line for tests that need no model: text at (x, y), 20 pixels high unless told. */
export function ocrLine(text: string, x: number, y: number, width = text.length * 20, height = 20): OcrLine {
  return { text, score: 0.99, box: { x, y, width, height } }
}

/**
 * The lines as a camera turned `degrees` clockwise about (0, 0) would see them: each line's corners
 * turned, its polygon those corners, its box the upright box around them, as the engine reports.
 */
export function turnLines(lines: readonly OcrLine[], degrees: number): OcrLine[] {
  const radians = (degrees * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  return lines.map((line) => {
    const { x, y, width, height } = line.box
    const corners: Array<[number, number]> = [
      [x, y],
      [x + width, y],
      [x + width, y + height],
      [x, y + height],
    ]
    const polygon = corners.map(([cx, cy]): [number, number] => [cx * cos - cy * sin, cx * sin + cy * cos])
    const xs = polygon.map((point) => point[0])
    const ys = polygon.map((point) => point[1])
    const left = Math.min(...xs)
    const top = Math.min(...ys)
    return {
      ...line,
      polygon,
      box: { x: left, y: top, width: Math.max(...xs) - left, height: Math.max(...ys) - top },
    }
  })
}

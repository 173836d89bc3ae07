import type { OcrLine } from '@tiqu/core'
import { groupRows } from '../internal/group-rows.js'

/**
 * A page's plain text from its OCR lines: one row a line, top to bottom; lines sharing a row are
 * joined left to right by spaces, one for a word gap and up to four where a wide gap separates
 * columns (a space is taken as half the line's height wide).
 */
export function linesToText(lines: readonly OcrLine[]): string {
  return groupRows(lines)
    .map((row) => {
      let text = ''
      row.forEach((line, index) => {
        const previous = row[index - 1]
        if (previous !== undefined) {
          const gap = line.box.x - (previous.box.x + previous.box.width)
          const spaceWidth = Math.max(1, Math.min(previous.box.height, line.box.height) / 2)
          text += ' '.repeat(Math.min(4, Math.max(1, Math.round(gap / spaceWidth))))
        }
        text += line.text
      })
      return text
    })
    .join('\n')
}

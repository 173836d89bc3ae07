import type { OcrLine } from '@tiqu/core'
import { placeRows } from '../internal/group-rows.js'

/** Spaces that stand for the widest gap: enough to see two columns apart, few enough to keep rows short. */
const widestGap = 4

/**
 * A page's plain text from its OCR lines: one row a line, top to bottom, measured along the page's
 * own text direction so that a slanted photo reads row by row. Lines sharing a row are joined left to
 * right with their gap kept: one space for each half line-height of empty paper between them (about
 * one character of CJK print, two of Latin), at least one and at most four, so that a word gap reads
 * as one space and a gap between columns as several.
 */
export function linesToText(lines: readonly OcrLine[]): string {
  return placeRows(lines)
    .map((row) => {
      let text = ''
      row.forEach((placed, index) => {
        const previous = row[index - 1]
        if (previous !== undefined) {
          const gap = placed.box.x - (previous.box.x + previous.box.width)
          const spaceWidth = Math.max(1, Math.min(previous.box.height, placed.box.height) / 2)
          text += ' '.repeat(Math.min(widestGap, Math.max(1, Math.round(gap / spaceWidth))))
        }
        text += placed.line.text
      })
      return text
    })
    .join('\n')
}

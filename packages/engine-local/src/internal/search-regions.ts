import type { OcrLine } from '@tiqu/core'

/** A line prepared for matching: its text half-width, and its row in reading order. */
export interface PreparedLine {
  line: OcrLine
  text: string
  row: number
}

/** Lines below a label that may hold its value (PaddleOCR often splits "label over value" forms). */
const linesBelowLabel = 2

/** Separators between a label and its value, dropped so that a pattern may anchor on the value. */
const leadingSeparators = /^[\s:=\-—>]+/u

/** A piece of text to search, and the OCR line it was read from. */
export interface TextPiece {
  text: string
  line: OcrLine
}

/**
 * The pieces of text that belong to each line where `label` matches, in reading order: the rest of
 * the label's own line after the label, then the lines on its row to its right (left to right),
 * then the next lines below it that overlap it horizontally.
 */
export function labelRegions(lines: readonly PreparedLine[], label: RegExp): TextPiece[][] {
  const regions: TextPiece[][] = []
  for (const labelLine of lines) {
    const match = label.exec(labelLine.text)
    if (match === null) continue
    const pieces: TextPiece[] = []
    const rest = labelLine.text.slice(match.index + match[0].length).replace(leadingSeparators, '')
    if (rest !== '') pieces.push({ text: rest, line: labelLine.line })
    const labelBox = labelLine.line.box
    const labelRight = labelBox.x + labelBox.width
    for (const other of lines) {
      if (other === labelLine || other.row !== labelLine.row) continue
      if (other.line.box.x + other.line.box.width / 2 > labelRight) pieces.push(other)
    }
    const below = lines.filter(
      (other) => other.row > labelLine.row && overlapsHorizontally(other.line, labelLine.line),
    )
    pieces.push(...below.slice(0, linesBelowLabel))
    regions.push(pieces)
  }
  return regions
}

function overlapsHorizontally(a: OcrLine, b: OcrLine): boolean {
  return a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width
}

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

/**
 * The pieces of text that belong to each line where `label` matches, in reading order: the rest of
 * the label's own line after the label, then the lines on its row to its right (left to right),
 * then the next lines below it that overlap it horizontally.
 */
export function labelRegions(lines: readonly PreparedLine[], label: RegExp): string[][] {
  const regions: string[][] = []
  for (const labelLine of lines) {
    const match = label.exec(labelLine.text)
    if (match === null) continue
    const pieces: string[] = []
    const rest = labelLine.text.slice(match.index + match[0].length).replace(leadingSeparators, '')
    if (rest !== '') pieces.push(rest)
    const labelBox = labelLine.line.box
    const labelRight = labelBox.x + labelBox.width
    for (const other of lines) {
      if (other === labelLine || other.row !== labelLine.row) continue
      if (other.line.box.x + other.line.box.width / 2 > labelRight) pieces.push(other.text)
    }
    const below = lines.filter(
      (other) => other.row > labelLine.row && overlapsHorizontally(other.line, labelLine.line),
    )
    for (const other of below.slice(0, linesBelowLabel)) pieces.push(other.text)
    regions.push(pieces)
  }
  return regions
}

function overlapsHorizontally(a: OcrLine, b: OcrLine): boolean {
  return a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width
}

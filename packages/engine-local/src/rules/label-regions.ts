import type { Place } from './compile-rule.js'
import type { PreparedLine, TextPiece } from './prepare-lines.js'

/** Lines below a label that may hold its value (PaddleOCR often splits "label over value" forms). */
const linesBelowLabel = 2

/** Separators between a label and its value, dropped so that a pattern may anchor on the value. */
const leadingSeparators = /^[\s:=\-—>]+/u

/**
 * The pieces of text that belong to each line where `label` matches, in reading order: for each of
 * `where` in the order given, the rest of the label's own line after the label (`same-line`), the
 * lines on its row to its right, left to right (`right`), or the next lines below it that overlap it
 * across (`below`). Right and below are measured along the page's rows, so a slanted photo keeps them.
 */
export function labelRegions(
  lines: readonly PreparedLine[],
  label: RegExp,
  where: readonly Place[],
): TextPiece[][] {
  const regions: TextPiece[][] = []
  for (const labelLine of lines) {
    const match = label.exec(labelLine.text)
    if (match === null) continue
    const pieces: TextPiece[] = []
    for (const place of where) {
      if (place === 'same-line') {
        const rest = labelLine.text.slice(match.index + match[0].length).replace(leadingSeparators, '')
        if (rest !== '') pieces.push({ text: rest, line: labelLine })
      } else if (place === 'right') {
        const labelRight = labelLine.box.x + labelLine.box.width
        for (const other of lines) {
          if (other === labelLine || other.row !== labelLine.row) continue
          if (other.box.x + other.box.width / 2 > labelRight) pieces.push({ text: other.text, line: other })
        }
      } else {
        const below = lines.filter((other) => other.row > labelLine.row && overlapsAcross(other, labelLine))
        for (const other of below.slice(0, linesBelowLabel)) pieces.push({ text: other.text, line: other })
      }
    }
    regions.push(pieces)
  }
  return regions
}

function overlapsAcross(a: PreparedLine, b: PreparedLine): boolean {
  return a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width
}

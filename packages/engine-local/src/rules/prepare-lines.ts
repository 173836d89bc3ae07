import type { OcrLine } from '@tiqu/core'
import { type PlacedLine, placeLines } from '../internal/group-rows.js'
import { toHalfwidth } from '../internal/to-halfwidth.js'

/** A line prepared for matching: placed on its row, its text made half-width. */
export interface PreparedLine extends PlacedLine {
  text: string
}

/** A piece of text to search, and the line it was read from. */
export interface TextPiece {
  text: string
  line: PreparedLine
}

/**
 * Lines in reading order, each with its row, its box along the page's rows, and its text half-width
 * (the recognizer returns `Ｇ１２３４` or `G1234` for the same print, so patterns are written for one).
 */
export function prepareLines(lines: readonly OcrLine[]): PreparedLine[] {
  return placeLines(lines).map((placed) => ({ ...placed, text: toHalfwidth(placed.line.text) }))
}

/** The line's own text as a piece. */
export function wholeLine(line: PreparedLine): TextPiece {
  return { text: line.text, line }
}

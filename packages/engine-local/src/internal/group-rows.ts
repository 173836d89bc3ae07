import type { OcrLine } from '@tiqu/core'
import { type FrameBox, readingFrame } from './reading-frame.js'

/** A line placed on the page: its box in the page's reading frame and the row it belongs to. */
export interface PlacedLine {
  line: OcrLine
  /** The line's box along and across the page's rows (see {@link readingFrame}). */
  box: FrameBox
  /** Index of its row, top to bottom. */
  row: number
}

/**
 * Places lines in reading order: rows top to bottom, each row left to right, measured along the
 * page's own text direction so that a photo taken at a slant reads as the paper does. Two lines share
 * a row when each one's centre lies within the other's height, so a large title beside small print on
 * the same baseline stays one row, while lines merely touching stay apart.
 */
export function placeLines(lines: readonly OcrLine[]): PlacedLine[] {
  const { boxes } = readingFrame(lines)
  const placed = lines.map((line, index): PlacedLine => ({ line, box: boxes[index] as FrameBox, row: 0 }))
  const byCentre = [...placed].sort((a, b) => centreY(a.box) - centreY(b.box) || a.box.x - b.box.x)
  const rows: PlacedLine[][] = []
  let current: PlacedLine[] = []
  for (const line of byCentre) {
    if (current.length > 0 && !current.some((member) => sameRow(member.box, line.box))) {
      rows.push(current)
      current = []
    }
    current.push(line)
  }
  if (current.length > 0) rows.push(current)
  return rows.flatMap((row, index) => {
    row.sort((a, b) => a.box.x - b.box.x)
    for (const line of row) line.row = index
    return row
  })
}

/** Placed lines grouped into rows, top to bottom, each row left to right (see {@link placeLines}). */
export function placeRows(lines: readonly OcrLine[]): PlacedLine[][] {
  const rows: PlacedLine[][] = []
  for (const placed of placeLines(lines)) {
    const row = rows[placed.row]
    if (row === undefined) rows[placed.row] = [placed]
    else row.push(placed)
  }
  return rows
}

/** Lines grouped into rows, top to bottom, each row left to right (see {@link placeLines}). */
export function groupRows(lines: readonly OcrLine[]): OcrLine[][] {
  return placeRows(lines).map((row) => row.map((placed) => placed.line))
}

/** Lines in reading order: rows top to bottom, left to right within a row. */
export function sortReadingOrder(lines: readonly OcrLine[]): OcrLine[] {
  return placeLines(lines).map((placed) => placed.line)
}

function sameRow(a: FrameBox, b: FrameBox): boolean {
  return within(centreY(a), b) && within(centreY(b), a)
}

function within(y: number, box: FrameBox): boolean {
  return y >= box.y && y <= box.y + box.height
}

function centreY(box: FrameBox): number {
  return box.y + box.height / 2
}

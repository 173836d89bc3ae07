import type { OcrLine } from '../engine/types.js'

/**
 * Groups lines into rows, top to bottom, each row left to right. Two lines share a row when each
 * one's vertical centre lies within the other's height, so a large title beside small print on the
 * same baseline stays one row, while lines merely touching stay apart. (The embedded engine groups
 * rows the same way; core cannot import it, as engines build on core.)
 */
export function groupRows(lines: readonly OcrLine[]): OcrLine[][] {
  const byCentre = [...lines].sort((a, b) => centreY(a) - centreY(b) || a.box.x - b.box.x)
  const rows: OcrLine[][] = []
  let current: OcrLine[] = []
  for (const line of byCentre) {
    if (current.length > 0 && !current.some((member) => sameRow(member, line))) {
      rows.push(current)
      current = []
    }
    current.push(line)
  }
  if (current.length > 0) rows.push(current)
  for (const row of rows) row.sort((a, b) => a.box.x - b.box.x)
  return rows
}

function sameRow(a: OcrLine, b: OcrLine): boolean {
  return within(centreY(a), b) && within(centreY(b), a)
}

function within(y: number, line: OcrLine): boolean {
  return y >= line.box.y && y <= line.box.y + line.box.height
}

function centreY(line: OcrLine): number {
  return line.box.y + line.box.height / 2
}

import type { CompiledRule } from './compile-rule.js'
import type { PreparedLine } from './prepare-lines.js'

/**
 * The lines a rule may read from: with `largestIn`, those whose centre lies in the region; with
 * `sameRowAs`, those on a row where the anchor matches (the anchor's own line included). Regions are
 * fractions of the text's area, the smallest box along the page's rows around every line, so a photo
 * with desk around the document measures as a tight scan does.
 */
export function narrowLines(lines: readonly PreparedLine[], rule: CompiledRule): Set<PreparedLine> {
  let kept = [...lines]
  const region = rule.largestIn
  if (region !== undefined && lines.length > 0) {
    const left = Math.min(...lines.map((line) => line.box.x))
    const top = Math.min(...lines.map((line) => line.box.y))
    const width = Math.max(...lines.map((line) => line.box.x + line.box.width)) - left
    const height = Math.max(...lines.map((line) => line.box.y + line.box.height)) - top
    kept = kept.filter((line) => {
      const x = (line.box.x + line.box.width / 2 - left) / (width || 1)
      const y = (line.box.y + line.box.height / 2 - top) / (height || 1)
      return x >= region.x && x <= region.x + region.width && y >= region.y && y <= region.y + region.height
    })
  }
  const anchor = rule.sameRowAs
  if (anchor !== undefined) {
    const rows = new Set(lines.filter((line) => anchor.test(line.text)).map((line) => line.row))
    kept = kept.filter((line) => rows.has(line.row))
  }
  return new Set(kept)
}

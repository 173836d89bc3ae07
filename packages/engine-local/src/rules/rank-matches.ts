import type { FrameBox } from '../internal/reading-frame.js'
import type { CompiledRule } from './compile-rule.js'
import type { PreparedLine } from './prepare-lines.js'

/** A value a rule's pattern matched, and the lines its text spans. */
export interface Match {
  value: string
  /** The pattern's named groups, when it has any. */
  groups: Record<string, string | undefined> | undefined
  lines: PreparedLine[]
}

/**
 * Orders a rule's matches for `occurrence` to count in: nearest to a `nearestTo` anchor first (gap
 * between the boxes, then distance between their centres), or tallest first with `largestIn`, or
 * else as found, in reading order. The sort is stable, so equals stay in reading order. With
 * `nearestTo` and no anchor on the page, nothing is near it and there is no match.
 */
export function rankMatches(matches: Match[], lines: readonly PreparedLine[], rule: CompiledRule): Match[] {
  const anchor = rule.nearestTo
  if (anchor !== undefined) {
    const anchors = lines.filter((line) => anchor.test(line.text))
    if (anchors.length === 0) return []
    const keyed = matches.map((match) => ({ match, key: nearness(match, anchors) }))
    keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
    return keyed.map(({ match }) => match)
  }
  if (rule.largestIn !== undefined) {
    const height = (match: Match) => Math.max(0, ...match.lines.map((line) => line.box.height))
    return [...matches].sort((a, b) => height(b) - height(a))
  }
  return matches
}

/** [gap, centre distance] to the nearest anchor; a match on an anchor's own line has gap 0. */
function nearness(match: Match, anchors: readonly PreparedLine[]): [number, number] {
  let best: [number, number] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]
  for (const line of match.lines) {
    for (const anchor of anchors) {
      const key: [number, number] = [gap(line.box, anchor.box), centreDistance(line.box, anchor.box)]
      if (key[0] < best[0] || (key[0] === best[0] && key[1] < best[1])) best = key
    }
  }
  return best
}

function gap(a: FrameBox, b: FrameBox): number {
  const across = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width))
  const down = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height))
  return Math.hypot(across, down)
}

function centreDistance(a: FrameBox, b: FrameBox): number {
  return Math.hypot(a.x + a.width / 2 - (b.x + b.width / 2), a.y + a.height / 2 - (b.y + b.height / 2))
}

const wildcard = '?？'

/**
 * Compiles a format pattern so that a '?' in the value (the prompt's mark for one unreadable
 * character, ASCII or full-width) may stand for any single character the pattern expects there.
 * An uncertain value is reported as uncertain elsewhere; its readable characters are still checked.
 *
 * Handles the subset of regular-expression syntax the validators use: escapes such as `\d`, character
 * classes, groups, alternation, anchors and quantifiers. Every literal character and class gains the
 * wildcard; quantifiers and group syntax are copied.
 */
export function wildcardPattern(source: string, flags = 'u'): RegExp {
  let output = ''
  let index = 0
  while (index < source.length) {
    const character = source[index] as string
    if (character === '\\') {
      const escaped = source[index + 1] ?? ''
      if (escaped === 'd' || escaped === 'w') output += `[\\${escaped}${wildcard}]`
      else if (/[a-zA-Z]/.test(escaped)) output += `\\${escaped}`
      else output += `(?:\\${escaped}|[${wildcard}])`
      index += 2
    } else if (character === '[') {
      const end = classEnd(source, index)
      const body = source.slice(index + 1, end)
      output += body.startsWith('^') ? `[${body}]` : `[${body}${wildcard}]`
      index = end + 1
    } else if (character === '{') {
      const end = source.indexOf('}', index)
      output += source.slice(index, end + 1)
      index = end + 1
    } else if (character === '(' && source[index + 1] === '?') {
      // Group syntax such as (?: or (?<name>: copied whole, it is not text to match.
      const prefix = /^\(\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(source.slice(index))?.[0] ?? '(?'
      output += prefix
      index += prefix.length
    } else if ('()|^$*+?.'.includes(character)) {
      output += character
      index += 1
    } else {
      const codePoint = String.fromCodePoint(source.codePointAt(index) as number)
      output += `(?:${codePoint}|[${wildcard}])`
      index += codePoint.length
    }
  }
  return new RegExp(output, flags)
}

function classEnd(source: string, start: number): number {
  for (let index = start + 1; index < source.length; index++) {
    if (source[index] === '\\') index++
    else if (source[index] === ']') return index
  }
  throw new SyntaxError(`Unterminated character class in /${source}/`)
}

/** True when the value holds a '?' (or '？') standing for an unreadable character. */
export function hasWildcard(value: string): boolean {
  return /[?？]/u.test(value)
}

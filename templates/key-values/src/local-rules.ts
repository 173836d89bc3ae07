import type { LocalRules } from '@tiqu/core'

/** A label: up to 16 characters that start with a letter, digit or CJK character and hold no colon. */
const key = '(?<key>[\\p{L}\\p{N}][^:：]{0,15}?)'
/** A value: up to the next gap of two spaces (the next cell of the row) or the row's end; a colon only between digits (a time). */
const value = '(?<value>(?:\\d:\\d|(?!\\s{2})[^:：])+?)?'

/**
 * How the embedded engine reads pairs: a label, a colon (either width) and the value after it, on one
 * visual row, several to a row when the row's cells stand apart. A label and value printed in two
 * table cells with no colon between them are not read offline: telling them apart would be a guess.
 */
export const localRules: LocalRules = {
  fields: {
    pairs: {
      scope: 'row',
      many: true,
      pattern: `${key}\\s*[:：]\\s*${value}\\s*(?=\\s{2}|$)`,
      transforms: ['trim'],
    },
  },
}

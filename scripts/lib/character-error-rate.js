// @ts-check

/** How texts are compared, in words, for the report. */
export const normalisation = 'NFKC, then all whitespace removed (the tools space words differently)'

/**
 * The text as compared: NFKC (full-width forms to half-width, ￥ to ¥, ： to :), whitespace removed.
 * @param {string} text
 * @returns {string[]} code points
 */
export function normaliseText(text) {
  return Array.from(text.normalize('NFKC').replace(/\s+/gu, ''))
}

/**
 * Levenshtein distance between two code point arrays: insertions, deletions and substitutions, each 1.
 * @param {readonly string[]} reference
 * @param {readonly string[]} hypothesis
 */
export function editDistance(reference, hypothesis) {
  let previous = Uint32Array.from({ length: hypothesis.length + 1 }, (_, index) => index)
  let current = new Uint32Array(hypothesis.length + 1)
  for (let row = 1; row <= reference.length; row++) {
    current[0] = row
    const character = reference[row - 1]
    for (let column = 1; column <= hypothesis.length; column++) {
      const substitution =
        /** @type {number} */ (previous[column - 1]) + (character === hypothesis[column - 1] ? 0 : 1)
      const deletion = /** @type {number} */ (previous[column]) + 1
      const insertion = /** @type {number} */ (current[column - 1]) + 1
      current[column] = Math.min(substitution, deletion, insertion)
    }
    ;[previous, current] = [current, previous]
  }
  return /** @type {number} */ (previous[hypothesis.length])
}

/**
 * Errors and length of one document's text against its reference, after {@link normaliseText}.
 * @param {string} reference
 * @param {string} hypothesis
 */
export function characterErrors(reference, hypothesis) {
  const expected = normaliseText(reference)
  return { errors: editDistance(expected, normaliseText(hypothesis)), length: expected.length }
}

/**
 * Character error rate over many documents: their errors summed over their reference lengths summed,
 * so a long page weighs by its length, not as one document.
 * @param {ReadonlyArray<{ errors: number, length: number }>} counts
 */
export function characterErrorRate(counts) {
  const length = counts.reduce((sum, count) => sum + count.length, 0)
  return length === 0 ? 0 : counts.reduce((sum, count) => sum + count.errors, 0) / length
}

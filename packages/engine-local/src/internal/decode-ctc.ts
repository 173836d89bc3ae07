/** Text read from one line, with the mean probability of its characters. */
export interface DecodedLine {
  text: string
  score: number
}

/**
 * How likely the space class must have been, at some step of the blank between two Latin characters,
 * for a space to be put there. PP-OCRv4's Chinese recognizer rarely lets the space win a step, so the
 * words of Latin text run together (`ANNAMARIA`); at a real word gap it still gives the space 0.16 to
 * 0.5, against under 0.14 between the letters of a word (measured on the passport and receipt fixtures).
 */
const spaceLikelihood = 0.15

/** Printable ASCII other than the space: the characters between which a space may be restored. */
const latin = /^[\x21-\x7e]$/

/**
 * Greedy CTC decoding as PaddleOCR's `CTCLabelDecode`: take the most likely class at each time step,
 * collapse repeats, drop the blank (class 0). The score is the mean probability of the kept characters.
 * `characters` ends with the space class (PaddleOCR's `use_space_char`); a space the greedy path missed
 * between two Latin characters is restored where the space was likely enough (`spaceLikelihood`).
 * Chinese text is left as read, since it is written without spaces.
 */
export function decodeCtc(
  probabilities: Float32Array,
  offset: number,
  steps: number,
  characters: string[],
): DecodedLine {
  const classes = characters.length
  const space = characters[classes - 1] === ' ' ? classes - 1 : -1
  let text = ''
  let total = 0
  let kept = 0
  let previous = -1
  let likeliestSpace = 0
  for (let step = 0; step < steps; step++) {
    const base = offset + step * classes
    let best = 0
    let bestProbability = probabilities[base] as number
    for (let index = 1; index < classes; index++) {
      const probability = probabilities[base + index] as number
      if (probability > bestProbability) {
        bestProbability = probability
        best = index
      }
    }
    if (best === 0 && space !== -1) {
      likeliestSpace = Math.max(likeliestSpace, probabilities[base + space] as number)
    }
    if (best !== 0 && best !== previous) {
      const character = characters[best] as string
      if (likeliestSpace >= spaceLikelihood && latin.test(character) && latin.test(text.at(-1) ?? '')) {
        text += ' '
      }
      text += character
      total += bestProbability
      kept++
      likeliestSpace = 0
    }
    previous = best
  }
  return { text, score: kept === 0 ? 0 : total / kept }
}

/** Text read from one line, with the mean probability of its characters. */
export interface DecodedLine {
  text: string
  score: number
}

/**
 * Greedy CTC decoding as PaddleOCR's `CTCLabelDecode`: take the most likely class at each time step,
 * collapse repeats, drop the blank (class 0). The score is the mean probability of the kept characters.
 */
export function decodeCtc(
  probabilities: Float32Array,
  offset: number,
  steps: number,
  characters: string[],
): DecodedLine {
  const classes = characters.length
  let text = ''
  let total = 0
  let kept = 0
  let previous = -1
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
    if (best !== 0 && best !== previous) {
      text += characters[best]
      total += bestProbability
      kept++
    }
    previous = best
  }
  return { text, score: kept === 0 ? 0 : total / kept }
}

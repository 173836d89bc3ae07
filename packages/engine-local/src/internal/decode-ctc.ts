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

/**
 * How far apart, beyond the line's usual distance between two digits (in time steps), two digits must
 * stand to have a space between them even where the space class stayed unlikely: `2025-05-01 14:30`
 * is read with its digits 3 or 4 steps apart and 6 across the space (key-values and text fixtures). Only
 * digits: fonts give every digit the same width, while letters differ too much (`m` spans as many
 * steps as a letter and a word gap; measured on the invoice fixtures).
 */
const gapToPitch = 1.5
const gapBeyondPitch = 2

const digit = /^[0-9]$/

/** Printable ASCII other than the space: the characters between which a space may be restored. */
const latin = /^[\x21-\x7e]$/

interface KeptCharacter {
  character: string
  step: number
  /** The space class was likely enough in the blank before it. */
  likelySpace: boolean
}

/**
 * What the recognizer gives for each time step of a batch of lines, steps of one line after another:
 * the likeliest class, its probability, and the probability of the space class
 * (see {@link import('./add-best-class-outputs.js').bestClassOutputs}).
 */
export interface StepPredictions {
  classes: BigInt64Array
  probabilities: Float32Array
  spaceProbabilities: Float32Array
}

/**
 * Greedy CTC decoding as PaddleOCR's `CTCLabelDecode`: the most likely class at each time step,
 * repeats collapsed, the blank (class 0) dropped. The score is the mean probability of the kept characters.
 * `characters` ends with the space class (PaddleOCR's `use_space_char`); a space the greedy path missed
 * between two Latin characters is restored where the space was likely enough (`spaceLikelihood`), or
 * between two digits standing much further apart than the line's digits usually do (`gapToPitch`). Chinese text is left as read, since it is written without spaces.
 */
export function decodeCtc(
  predictions: StepPredictions,
  offset: number,
  steps: number,
  characters: string[],
): DecodedLine {
  const hasSpace = characters.at(-1) === ' '
  const kept: KeptCharacter[] = []
  let total = 0
  let previous = -1
  let likeliestSpace = 0
  for (let step = 0; step < steps; step++) {
    const best = Number(predictions.classes[offset + step])
    if (best >= characters.length) {
      throw new Error(
        `The recognition model predicted class ${best} but its dictionary gives ${characters.length}; ` +
          'the model and dictionary files do not belong together.',
      )
    }
    if (best === 0 && hasSpace) {
      likeliestSpace = Math.max(likeliestSpace, predictions.spaceProbabilities[offset + step] as number)
    }
    if (best !== 0 && best !== previous) {
      kept.push({
        character: characters[best] as string,
        step,
        likelySpace: likeliestSpace >= spaceLikelihood,
      })
      total += predictions.probabilities[offset + step] as number
      likeliestSpace = 0
    }
    previous = best
  }
  return { text: restoreSpaces(kept), score: kept.length === 0 ? 0 : total / kept.length }
}

function restoreSpaces(kept: readonly KeptCharacter[]): string {
  const pitches: number[] = []
  for (let index = 1; index < kept.length; index++) {
    const [before, after] = [kept[index - 1] as KeptCharacter, kept[index] as KeptCharacter]
    if (digit.test(before.character) && digit.test(after.character)) pitches.push(after.step - before.step)
  }
  // Too few digit pairs to know the line's pitch: only the space class can tell.
  const pitch = pitches.length >= 3 ? median(pitches) : Number.POSITIVE_INFINITY
  const widestDigitGap = Math.max(pitch * gapToPitch, pitch + gapBeyondPitch)
  let text = ''
  for (const [index, { character, step, likelySpace }] of kept.entries()) {
    const before = kept[index - 1]
    if (before && latin.test(character) && latin.test(before.character)) {
      const apart =
        digit.test(character) && digit.test(before.character) && step - before.step >= widestDigitGap
      if (likelySpace || apart) text += ' '
    }
    text += character
  }
  return text
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

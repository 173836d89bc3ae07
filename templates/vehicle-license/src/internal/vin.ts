/**
 * The vehicle identification number (VIN, 车辆识别代号) of ISO 3779 and GB 16735: 17 characters of
 * digits and capital letters without I, O and Q, the ninth a check digit (0–9 or X) over all of them.
 */
export const vinAlphabet = '0-9A-HJ-NPR-Z'

// Each letter's value (ISO 3779 annex, as GB 16735 takes it); digits count as themselves.
const letterValues: { [letter: string]: number } = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
}
const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

/**
 * The check digit a 17-character VIN must carry at position 9: the weighted sum of the characters'
 * values, mod 11, with 10 written X. The ninth character itself has weight 0, so any may stand there.
 */
export function vinCheckDigit(vin: string): string {
  const sum = [...vin].reduce((total, character, index) => {
    const value = /\d/u.test(character) ? Number(character) : (letterValues[character] ?? 0)
    return total + value * (weights[index] ?? 0)
  }, 0)
  const remainder = sum % 11
  return remainder === 10 ? 'X' : String(remainder)
}

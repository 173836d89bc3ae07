/** The 31 characters of a unified social credit code (GB 32100-2015): digits and capitals without I, O, S, V, Z. */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * The check character of the first 17 characters of a unified social credit code (统一社会信用代码,
 * printed on a business licence and as a company's taxpayer ID on an invoice): the weighted sum of
 * their alphabet positions mod 31, taken from 31 (31 → 0). Undefined when a character is outside the
 * alphabet. For a template's `validate` to compare with the 18th character read.
 */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0
  for (const [index, character] of [...first17].entries()) {
    const value = creditCodeAlphabet.indexOf(character)
    if (value < 0) return undefined
    sum += value * (weights[index] ?? 0)
  }
  return creditCodeAlphabet[(31 - (sum % 31)) % 31]
}

/** GB 11643-1999: weights of the first 17 digits, and the check character for each remainder mod 11. */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const checkCharacters = '10X98765432'

/**
 * The ISO 7064 MOD 11-2 check character (a digit or `X`) of the first 17 digits of a mainland
 * resident ID number, which is also a driving licence's number and a natural person's taxpayer ID:
 * for a template's `validate` to compare with the 18th character read.
 */
export function residentIdCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, index) => total + Number(digit) * (weights[index] ?? 0), 0)
  return checkCharacters[sum % 11] as string
}

const weights = [7, 3, 1]

/**
 * The ICAO 9303 check digit of an MRZ field: each character's value (digits as themselves, A–Z as
 * 10–35, the filler '<' as 0) times the weights 7, 3, 1 repeating, summed, mod 10. Undefined when the
 * field holds a character the MRZ cannot (such as the '?' of an unreadable one).
 */
export function mrzCheckDigit(field: string): number | undefined {
  let sum = 0
  for (let index = 0; index < field.length; index++) {
    const value = characterValue(field[index] as string)
    if (value === undefined) return undefined
    sum += value * (weights[index % 3] as number)
  }
  return sum % 10
}

function characterValue(character: string): number | undefined {
  if (character === '<') return 0
  if (character >= '0' && character <= '9') return Number(character)
  if (character >= 'A' && character <= 'Z') return character.charCodeAt(0) - 55
  return undefined
}

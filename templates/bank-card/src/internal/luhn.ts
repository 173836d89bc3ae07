/**
 * True when a string of digits passes the Luhn (ISO/IEC 7812-1 mod 10) check: from the right, every
 * second digit doubled (less 9 when above 9), and the sum a multiple of 10.
 */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/u.test(digits)) return false
  let sum = 0
  ;[...digits].reverse().forEach((character, index) => {
    let digit = Number(character)
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  })
  return sum % 10 === 0
}

/** True when the value holds a '?' (or '？') standing for an unreadable character. */
export function hasWildcard(value: string): boolean {
  return /[?？]/u.test(value)
}

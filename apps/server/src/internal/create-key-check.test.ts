import { describe, expect, it } from 'vitest'
import { createKeyCheck } from './create-key-check.js'

describe('createKeyCheck', () => {
  const check = createKeyCheck(['first-key-0123456789', 'second-key-0123456789'])

  it('accepts each key as a bearer token, with a distinct id that does not reveal it', () => {
    const first = check('Bearer first-key-0123456789')
    const second = check('bearer second-key-0123456789')
    expect(first).toMatch(/^key:[0-9a-f]{12}$/)
    expect(second).toMatch(/^key:[0-9a-f]{12}$/)
    expect(first).not.toBe(second)
    expect(first).not.toContain('first')
  })

  it('refuses a wrong key, a prefix of a key, no key, and a key without the Bearer scheme', () => {
    for (const header of [
      'Bearer first-key-012345678',
      'Bearer first-key-01234567890',
      'Bearer ',
      'first-key-0123456789',
      'Basic Zmlyc3Q=',
      undefined,
    ]) {
      expect(check(header)).toBeUndefined()
    }
  })

  it('refuses everything when there are no keys', () => {
    expect(createKeyCheck([])('Bearer anything-at-all-here')).toBeUndefined()
  })
})

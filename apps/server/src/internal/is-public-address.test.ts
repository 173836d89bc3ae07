import { describe, expect, it } from 'vitest'
import { isPublicAddress, parseCidrs } from './is-public-address.js'

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a9fe:a9fe',
    'not an address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false)
  })

  it.each(['8.8.8.8', '47.246.131.1', '2606:4700::1111', '::ffff:8.8.8.8'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true)
  })

  it('lets through exactly the ranges it is told to allow', () => {
    const allowed = parseCidrs(['10.1.2.0/24', '127.0.0.3'])
    expect(isPublicAddress('10.1.2.9', allowed)).toBe(true)
    expect(isPublicAddress('10.1.3.9', allowed)).toBe(false)
    expect(isPublicAddress('127.0.0.3', allowed)).toBe(true)
    expect(isPublicAddress('127.0.0.1', allowed)).toBe(false)
    expect(() => parseCidrs(['10.1.2.0/99'])).toThrow(/CIDR/)
  })
})

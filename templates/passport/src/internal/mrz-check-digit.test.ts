import { describe, expect, it } from 'vitest'
import { mrzCheckDigit } from './mrz-check-digit.js'

describe('mrzCheckDigit', () => {
  it("gives the check digits of ICAO 9303's specimen passport (Part 4, Appendix A)", () => {
    expect(mrzCheckDigit('L898902C3')).toBe(6)
    expect(mrzCheckDigit('740812')).toBe(2)
    expect(mrzCheckDigit('120415')).toBe(9)
    expect(mrzCheckDigit('ZE184226B<<<<<')).toBe(1)
    expect(mrzCheckDigit('L898902C3674081221204159ZE184226B<<<<<1')).toBe(0)
  })

  it('counts the filler as zero and letters from 10', () => {
    expect(mrzCheckDigit('<<<<<<<<<<<<<<')).toBe(0)
    expect(mrzCheckDigit('A')).toBe(0) // 10 × 7 = 70
    expect(mrzCheckDigit('B')).toBe(7) // 11 × 7 = 77
    expect(mrzCheckDigit('1')).toBe(7)
  })

  it('changes when one character does', () => {
    expect(mrzCheckDigit('L898902C4')).not.toBe(6)
    expect(mrzCheckDigit('740813')).not.toBe(2)
  })

  it('has no digit for a character the MRZ cannot hold', () => {
    expect(mrzCheckDigit('L8989?2C3')).toBeUndefined()
    expect(mrzCheckDigit('l898902c3')).toBeUndefined()
  })
})

import { describe, expect, it } from 'vitest'
import { mrzNameAgrees, mrzNameForms } from './mrz-name.js'

describe('mrzNameForms', () => {
  it('writes spaces and hyphens as fillers and drops apostrophes', () => {
    expect(mrzNameForms('Anna Maria')).toEqual(['ANNA<MARIA'])
    expect(mrzNameForms('SMITH-JONES')).toEqual(['SMITH<JONES'])
    expect(mrzNameForms("O'BRIEN")).toEqual(['OBRIEN'])
  })

  it('spells out or strips accented letters', () => {
    expect(mrzNameForms('MÜLLER')).toEqual(['MULLER', 'MUELLER'])
    expect(mrzNameForms('JOSÉ')).toEqual(['JOSE'])
  })
})

describe('mrzNameAgrees', () => {
  it('accepts either transliteration', () => {
    expect(mrzNameAgrees('MÜLLER', 'MUELLER', false)).toBe(true)
    expect(mrzNameAgrees('MÜLLER', 'MULLER', false)).toBe(true)
    expect(mrzNameAgrees('MÜLLER', 'MILLER', false)).toBe(false)
  })

  it('accepts a truncated name only when the MRZ was cut', () => {
    expect(mrzNameAgrees('ALEXANDRA KATHARINA', 'ALEXANDRA<KATH', true)).toBe(true)
    expect(mrzNameAgrees('ALEXANDRA KATHARINA', 'ALEXANDRA<KATH', false)).toBe(false)
  })
})

import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findFixtureFont } from './find-fixture-font.js'

describe('findFixtureFont', () => {
  it('takes Liberation Sans from pdfjs-dist, installed with tiqu, before any system font', () => {
    const font = findFixtureFont()
    expect(font?.regular).toMatch(/pdfjs-dist[\\/]standard_fonts[\\/]LiberationSans-Regular\.ttf$/)
    expect(font?.bold).toMatch(/LiberationSans-Bold\.ttf$/)
    expect(existsSync(font?.bold ?? '')).toBe(true)
  })
})

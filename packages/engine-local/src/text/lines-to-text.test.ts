import { describe, expect, it } from 'vitest'
import { ocrLine, turnLines } from '../__fixtures__/ocr-line.js'
import { linesToText } from './lines-to-text.js'

describe('linesToText', () => {
  it('puts lines in reading order whatever order they arrive in', () => {
    const lines = [ocrLine('第三行', 10, 100), ocrLine('第一行', 10, 0), ocrLine('第二行', 10, 50)]
    expect(linesToText(lines)).toBe('第一行\n第二行\n第三行')
  })

  it('keeps a large title and small print beside it on one row, left to right', () => {
    const lines = [ocrLine('G1234', 400, 110, 120, 30), ocrLine('北京南站', 60, 100, 200, 50)]
    expect(linesToText(lines)).toBe('北京南站 G1234'.replace(' ', '    '))
  })

  it('separates a word gap by one space and a column gap by several', () => {
    const lines = [ocrLine('合计', 0, 0, 40, 20), ocrLine('12', 48, 0, 20, 20), ocrLine('元', 300, 0, 20, 20)]
    expect(linesToText(lines)).toBe('合计 12    元')
  })

  it('does not chain a slightly lower line into the row above', () => {
    // Each line overlaps the next a little; neither centre lies inside the other, so they are two rows.
    const lines = [ocrLine('上', 0, 0, 20, 20), ocrLine('下', 100, 15, 20, 20)]
    expect(linesToText(lines)).toBe('上\n下')
  })

  it('reads a slanted photo row by row, gaps measured along the rows', () => {
    const lines = [
      ocrLine('北京南站', 60, 100, 200, 50),
      ocrLine('G1234', 400, 110, 120, 35),
      ocrLine('上海虹桥站', 900, 100, 250, 50),
      ocrLine('合计', 60, 200, 40, 20),
      ocrLine('12', 108, 200, 20, 20),
    ]
    for (const angle of [6, -6]) {
      expect(linesToText(turnLines(lines, angle))).toBe('北京南站    G1234    上海虹桥站\n合计 12')
    }
  })

  it('gives an empty page as empty text', () => {
    expect(linesToText([])).toBe('')
  })
})

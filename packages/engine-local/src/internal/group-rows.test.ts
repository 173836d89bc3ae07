import { describe, expect, it } from 'vitest'
import { ocrLine, turnLines } from '../__fixtures__/ocr-line.js'
import { groupRows, placeLines, sortReadingOrder } from './group-rows.js'

/** Three rows of two columns, 1000 pixels apart: at a slant, the right column climbs a row. */
const page = [
  ocrLine('北京南站', 60, 100, 200, 50),
  ocrLine('上海虹桥站', 900, 100, 250, 50),
  ocrLine('2025年06月18日08:05开', 60, 200, 400, 30),
  ocrLine('05车12F号', 1000, 200, 170, 30),
  ocrLine('￥553.0元', 60, 260, 150, 30),
  ocrLine('二等座', 1000, 260, 100, 30),
]
const texts = (rows: ReturnType<typeof groupRows>) => rows.map((row) => row.map((line) => line.text))
const expectedRows = [
  ['北京南站', '上海虹桥站'],
  ['2025年06月18日08:05开', '05车12F号'],
  ['￥553.0元', '二等座'],
]

describe('groupRows', () => {
  it('groups an upright page into rows, left to right', () => {
    expect(texts(groupRows([...page].reverse()))).toEqual(expectedRows)
  })

  it.each([5, -5, 10, -15])('keeps the rows of a page photographed at %i°', (angle) => {
    const turned = turnLines(page, angle)
    // The turn moves the right column by over 80 pixels, more than a row: the page's boxes alone would mix rows.
    expect(texts(groupRows(turned))).toEqual(expectedRows)
    expect(sortReadingOrder(turned).map((line) => line.text)).toEqual(expectedRows.flat())
  })

  it('gives each placed line its row and its box along the rows', () => {
    const placed = placeLines(turnLines(page, -5))
    expect(placed.map((line) => line.row)).toEqual([0, 0, 1, 1, 2, 2])
    expect(placed[3]?.box.x).toBeCloseTo(1000, 5)
    expect(placed[3]?.box.y).toBeCloseTo(200, 5)
  })
})

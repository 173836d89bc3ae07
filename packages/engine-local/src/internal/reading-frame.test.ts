import { describe, expect, it } from 'vitest'
import { ocrLine, turnLines } from '../__fixtures__/ocr-line.js'
import { readingFrame, textAngle } from './reading-frame.js'

const degrees = (radians: number) => (radians * 180) / Math.PI

const page = [
  ocrLine('2025年06月18日08:05开', 60, 200, 400, 30),
  ocrLine('05车12F号', 600, 200, 170, 30),
  ocrLine('限乘当日当次车', 60, 300, 280, 28),
  ocrLine('张三', 60, 365, 50, 25),
]

describe('readingFrame', () => {
  it.each([5, -5, 12, -15])('finds the text direction of a page turned %i°', (angle) => {
    expect(degrees(textAngle(turnLines(page, angle)))).toBeCloseTo(angle, 5)
  })

  it('measures each line along the rows, as it stood on the paper', () => {
    const { boxes } = readingFrame(turnLines(page, 8))
    boxes.forEach((box, index) => {
      const drawn = page[index]?.box
      expect(box.x).toBeCloseTo(drawn?.x ?? Number.NaN, 5)
      expect(box.y).toBeCloseTo(drawn?.y ?? Number.NaN, 5)
      expect(box.width).toBeCloseTo(drawn?.width ?? Number.NaN, 5)
      expect(box.height).toBeCloseTo(drawn?.height ?? Number.NaN, 5)
    })
  })

  it('is not pulled off by a few short or stray boxes', () => {
    // A short word leans 20° (its rectangle is a poor guide) and a stamp lies at 25°; the long lines win.
    const stray = [
      ...turnLines([ocrLine('G12', 400, 100, 60, 30)], 20),
      ...turnLines([ocrLine('已检', 0, 0, 200, 60)], 25),
    ]
    expect(degrees(textAngle([...turnLines(page, 4), ...stray]))).toBeCloseTo(4, 5)
  })

  it('takes a page as level when no line says otherwise', () => {
    expect(textAngle(page)).toBe(0)
    expect(textAngle(turnLines([ocrLine('口', 0, 0, 30, 30)], 10))).toBe(0)
    expect(readingFrame(page).boxes.map((box) => box.y)).toEqual([200, 200, 300, 365])
  })
})

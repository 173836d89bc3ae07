import { expect, it } from 'vitest'
import { parseAnswer } from './parse-answer.js'

it('takes the fence and the display delimiters off the formula', () => {
  expect(parseAnswer('```latex\n$$E = mc^{2}$$\n```')).toEqual({ latex: 'E = mc^{2}' })
  expect(parseAnswer('\\[ a^{2} + b^{2} = c^{2} \\]')).toEqual({ latex: 'a^{2} + b^{2} = c^{2}' })
  expect(parseAnswer('$e^{i\\pi} + 1 = 0$')).toEqual({ latex: 'e^{i\\pi} + 1 = 0' })
})

it('keeps an environment and a formula without delimiters as they are', () => {
  const aligned = '\\begin{aligned} x &= 1 \\\\ y &= 2 \\end{aligned}'
  expect(parseAnswer(aligned)).toEqual({ latex: aligned })
  expect(parseAnswer('x = \\frac{1}{2}')).toEqual({ latex: 'x = \\frac{1}{2}' })
})

it('does not strip dollar signs that are not a pair around the whole', () => {
  expect(parseAnswer('$a$ and $b$')).toEqual({ latex: '$a$ and $b$' })
})

it('gives null for an empty answer', () => {
  expect(parseAnswer('```latex\n```')).toBeNull()
  expect(parseAnswer('$$$$')).toBeNull()
})

import { expect, it } from 'vitest'
import { parseAnswer } from './parse-answer.js'

it('takes the LaTeX out of its fence', () => {
  expect(parseAnswer('```latex\n\\section*{通知}\n\n正文。\n```')).toEqual({
    latex: '\\section*{通知}\n\n正文。',
  })
})

it('keeps only the body of a full document', () => {
  const full =
    '\\documentclass{article}\n\\usepackage{ctex}\n\\begin{document}\n\\section*{A}\nText.\n\\end{document}'
  expect(parseAnswer(full)).toEqual({ latex: '\\section*{A}\nText.' })
  expect(parseAnswer('\\begin{document}\n\\section*{A}\nText cut')).toEqual({
    latex: '\\section*{A}\nText cut',
  })
})

it('gives null for an empty answer', () => {
  expect(parseAnswer('```latex\n\n```')).toBeNull()
})

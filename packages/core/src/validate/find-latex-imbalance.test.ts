import { expect, it } from 'vitest'
import { findLatexImbalance } from './find-latex-imbalance.js'

it('finds nothing wrong with balanced LaTeX, escaped braces and comments included', () => {
  expect(findLatexImbalance('\\frac{a}{b} + \\left( x \\right) \\{ 1 \\}')).toBeUndefined()
  expect(
    findLatexImbalance('\\begin{tabular}{|c|c|}\n a & b \\\\ % a { comment\n\\end{tabular}'),
  ).toBeUndefined()
})

it('names a group never closed, or closed without opening', () => {
  expect(findLatexImbalance('\\frac{a}{b')).toMatch(/1 `\{` never closed/)
  expect(findLatexImbalance('a}')).toMatch(/never opened/)
})

it('names an environment never ended, or ended by another', () => {
  expect(findLatexImbalance('\\begin{tabular}{cc} a & b \\\\')).toMatch(/\\begin\{tabular\} is never ended/)
  expect(findLatexImbalance('\\begin{align} x \\end{equation}')).toMatch(/ended by \\end\{equation\}/)
  expect(findLatexImbalance('x \\end{align}')).toMatch(/never begun/)
})

it('pairs \\left with \\right, but not \\leftarrow', () => {
  expect(findLatexImbalance('\\left( x')).toMatch(/`\\left` without a `\\right`/)
  expect(findLatexImbalance('a \\leftarrow b')).toBeUndefined()
  expect(findLatexImbalance('x \\right)')).toMatch(/no `\\left`/)
})

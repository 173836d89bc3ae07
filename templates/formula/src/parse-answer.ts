import { unfence } from '@tiqu/core'
import type { Formula } from './schema.js'

/** Math delimiters a model puts around a formula, outermost first; `$$` before `$`. */
const delimiters: Array<[string, string]> = [
  ['$$', '$$'],
  ['\\[', '\\]'],
  ['\\(', '\\)'],
  ['$', '$'],
]

/**
 * The model's answer as {@link Formula}: the fence and the math delimiters around the formula
 * (`$$…$$`, `\[…\]`, `\(…\)`, `$…$`) taken off, so the LaTeX drops into KaTeX or MathJax as it is.
 * An environment (`\begin{aligned}…`) is kept. `null` for an empty answer.
 */
export function parseAnswer(answer: string): Formula | null {
  let latex = unfence(answer)
  for (const [open, close] of delimiters) {
    if (latex.length < open.length + close.length || !latex.startsWith(open) || !latex.endsWith(close)) {
      continue
    }
    const inner = latex.slice(open.length, latex.length - close.length)
    // '$a$ and $b$' opens and closes with '$' but is two formulas: leave it whole.
    if (inner.includes(close)) continue
    latex = inner.trim()
    break
  }
  return latex === '' ? null : { latex }
}

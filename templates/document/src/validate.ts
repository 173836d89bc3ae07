import { findLatexImbalance, type Issue } from '@tiqu/core'

/**
 * The check beyond the schema: the LaTeX must be balanced (braces, `\begin`/`\end`, `\left`/`\right`),
 * or LaTeX will not compile it; an imbalance usually means the answer was cut off (a long page needs
 * a higher --max-tokens) or a table lost a cell.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  if (typeof data.latex !== 'string') return []
  const imbalance = findLatexImbalance(data.latex)
  return imbalance === undefined ? [] : [{ path: '/latex', message: imbalance, severity: 'error' }]
}

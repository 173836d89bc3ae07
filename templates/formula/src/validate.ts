import { findLatexImbalance, type Issue } from '@tiqu/core'

/**
 * The check beyond the schema: the LaTeX must be balanced (braces, `\begin`/`\end`, `\left`/`\right`),
 * or no renderer draws it; an imbalance usually means the answer was cut off or a part misread.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  if (typeof data.latex !== 'string') return []
  const imbalance = findLatexImbalance(data.latex)
  return imbalance === undefined ? [] : [{ path: '/latex', message: imbalance, severity: 'error' }]
}

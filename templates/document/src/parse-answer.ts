import { unfence } from '@tiqu/core'
import type { DocumentPage } from './schema.js'

/**
 * The model's answer as {@link DocumentPage}: the body of its ```latex fence (or the whole answer),
 * and of a full document only what lies between `\begin{document}` and `\end{document}`. `null`
 * for an empty answer.
 */
export function parseAnswer(answer: string): DocumentPage | null {
  let latex = unfence(answer)
  const body = /\\begin\{document\}([\s\S]*?)(?:\\end\{document\}|$)/.exec(latex)?.[1]
  if (body !== undefined) latex = body.trim()
  return latex === '' ? null : { latex }
}

/**
 * What is unbalanced in a piece of LaTeX, in words, or `undefined` when nothing is: a `{` never
 * closed or a `}` never opened, a `\begin{env}` without its `\end{env}` (or closed by another's),
 * a `\left` without its `\right`. For a template's `validate`: a model's LaTeX cut off by
 * `max_tokens`, or a cell it dropped, shows as an imbalance that would stop a LaTeX renderer. Escaped
 * braces (`\{`) and `%` comments are not counted.
 */
export function findLatexImbalance(latex: string): string | undefined {
  let depth = 0
  let lefts = 0
  const environments: string[] = []
  const tokens = /\\(?:begin|end)\s*\{([^{}]*)\}|\\(?:left|right)(?![A-Za-z])|\\[\s\S]|%[^\n]*|[{}]/g
  for (const [token, environment] of latex.matchAll(tokens)) {
    if (token === '{') depth++
    else if (token === '}') {
      if (--depth < 0) return 'A `}` closes a group that was never opened.'
    } else if (token.startsWith('\\begin')) environments.push(environment?.trim() ?? '')
    else if (token.startsWith('\\end')) {
      const name = environment?.trim() ?? ''
      const open = environments.pop()
      if (open === undefined) return `\\end{${name}} ends an environment that was never begun.`
      if (open !== name) return `\\begin{${open}} is ended by \\end{${name}}.`
    } else if (token === '\\left') lefts++
    else if (token === '\\right') {
      if (--lefts < 0) return 'A `\\right` has no `\\left` before it.'
    }
  }
  if (environments.length > 0) {
    return `\\begin{${environments.at(-1)}} is never ended: the LaTeX may be cut off.`
  }
  if (depth > 0) return `${depth} \`{\` never closed: the LaTeX may be cut off.`
  if (lefts > 0) return `${lefts} \`\\left\` without a \`\\right\`.`
  return undefined
}

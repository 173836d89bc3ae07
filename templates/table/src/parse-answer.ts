import { unfence } from '@tiqu/core'
import { readHtmlTables } from './read-html-tables.js'
import type { Tables } from './schema.js'

/**
 * The model's HTML answer as {@link Tables}: the `<table>` elements, from the first opening to the
 * last closing (or to the end of an answer cut off), and their rows. `null` for an answer with no
 * table at all, whose text the result then keeps.
 */
export function parseAnswer(answer: string): Tables | null {
  const body = unfence(answer)
  const start = body.search(/<table\b/i)
  if (start === -1) return null
  const close = body.toLowerCase().lastIndexOf('</table>')
  const html = close > start ? body.slice(start, close + '</table>'.length) : body.slice(start)
  return { html, tables: readHtmlTables(html) }
}

import { isDeepStrictEqual } from 'node:util'
import type { Issue } from '@tiqu/core'
import { readHtmlTables, type TableRows } from './read-html-tables.js'

/**
 * The checks beyond the schema: `html` must hold a table and `tables` must be what it says (data
 * built or edited by hand can disagree); a table whose rows differ in length has a cell missing or
 * a merge unmarked, which is a warning, as some printed tables are ragged.
 */
export function validate(data: { [field: string]: unknown }): Issue[] {
  const { html, tables } = data as { html?: unknown; tables?: unknown }
  if (typeof html !== 'string' || !Array.isArray(tables)) return []
  const read = readHtmlTables(html)
  if (read.length === 0) {
    return [
      {
        path: '/html',
        message: "The HTML holds no '<table>' with rows; the answer was not a table.",
        severity: 'error',
      },
    ]
  }
  if (!isDeepStrictEqual(read, tables)) {
    return [
      {
        path: '/tables',
        message: 'The rows do not match the HTML: read them from it again (parseAnswer does).',
        severity: 'error',
      },
    ]
  }
  return read.flatMap((table, index) => ragged(table, index))
}

function ragged({ rows }: TableRows, index: number): Issue[] {
  const widths = [...new Set(rows.map((row) => row.length))].sort((a, b) => a - b)
  if (widths.length < 2) return []
  return [
    {
      path: `/tables/${index}/rows`,
      message: `Table ${index + 1} has rows of ${widths.join(', ')} cells: a cell may be missing, or a merged cell not marked with rowspan or colspan.`,
      severity: 'warning',
    },
  ]
}

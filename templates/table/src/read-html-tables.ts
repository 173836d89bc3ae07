/** One table as rows of cell texts, merged cells spread over every position they cover. */
export type TableRows = {
  rows: string[][]
}

const tagPattern = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi
const entities: { [name: string]: string } = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

/**
 * The tables of an HTML fragment (a model's `<table>` answer), each as rows of cell texts. A cell
 * spanning columns or rows (`colspan`, `rowspan`) gives its text to every position it covers, so a
 * header merged over two columns labels both; rows keep the cells they have (a short row stays
 * short, for `validate` to report). Cell text has its tags removed, `<br>` and block tags read as a space,
 * entities decoded and whitespace collapsed. A table inside a cell is read as that cell's text.
 * Lenient as a model's HTML needs: unclosed `<td>`/`<tr>` end at the next cell or row, and a table
 * cut off at the end keeps the rows read.
 */
export function readHtmlTables(html: string): TableRows[] {
  const tables: TableRows[] = []
  let grid: string[][] | undefined
  /** Positions below taken by a rowspan, per row index of the current table: column → text. */
  let carried: Map<number, Map<number, string>> = new Map()
  let row: string[] | undefined
  let cell: { start: number; colspan: number; rowspan: number } | undefined
  let nested = 0

  const closeCell = (end: number) => {
    if (!cell || !row || !grid) return
    const text = cellText(html.slice(cell.start, end))
    const rowIndex = grid.length
    for (let span = 0; span < cell.colspan; span++) {
      skipCarried(rowIndex)
      const column = row.length
      row.push(text)
      for (let below = 1; below < cell.rowspan; below++) {
        const taken = carried.get(rowIndex + below) ?? new Map<number, string>()
        taken.set(column, text)
        carried.set(rowIndex + below, taken)
      }
    }
    cell = undefined
  }
  const skipCarried = (rowIndex: number) => {
    const taken = carried.get(rowIndex)
    while (row && taken?.has(row.length)) row.push(taken.get(row.length) ?? '')
  }
  const closeRow = (end: number) => {
    closeCell(end)
    if (!row || !grid) return
    skipCarried(grid.length)
    grid.push(row)
    row = undefined
  }
  const closeTable = (end: number) => {
    closeRow(end)
    if (grid && grid.length > 0) tables.push({ rows: grid })
    grid = undefined
    carried = new Map()
  }

  for (const match of html.matchAll(tagPattern)) {
    const [tag, slash, rawName, attributes = ''] = match
    const name = rawName?.toLowerCase()
    const at = match.index ?? 0
    if (nested > 0) {
      if (name === 'table') nested += slash ? -1 : 1
      continue
    }
    if (name === 'table' && !slash) {
      if (cell) {
        nested = 1
        continue
      }
      closeTable(at)
      grid = []
    } else if (name === 'table') closeTable(at)
    else if (!grid) continue
    else if (name === 'tr' && !slash) {
      closeRow(at)
      row = []
    } else if (name === 'tr') closeRow(at)
    else if (!slash) {
      closeCell(at)
      row ??= []
      cell = {
        start: at + tag.length,
        colspan: spanOf(attributes, 'colspan'),
        rowspan: spanOf(attributes, 'rowspan'),
      }
    } else closeCell(at)
  }
  closeTable(html.length)
  return tables
}

function spanOf(attributes: string, name: 'colspan' | 'rowspan'): number {
  const value = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes)?.[1]
  const span = value === undefined ? 1 : Number.parseInt(value, 10)
  // A span of 0 or a runaway one (a model's typo) counts as 1; no real table spans 1000 cells.
  return span >= 1 && span <= 1000 ? span : 1
}

function cellText(fragment: string): string {
  return fragment
    .replace(/<\/?(?:br|p|div|li|table|tr|td|th)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1))
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
      }
      return entities[name.toLowerCase()] ?? entity
    })
    .replace(/\s+/g, ' ')
    .trim()
}

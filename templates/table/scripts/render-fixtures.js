// @ts-check
/**
 * Renders the template's fixtures: five ruled tables (a price list, a timetable, a schedule and a
 * report with merged header cells, a bilingual grade sheet), drawn with @tiqu/testing's renderDocument
 * as a scan, a photo, a crooked blurred copy, a noisy low-quality JPEG and a grey copy. Each table is
 * given once, as rows of cells with their spans; the script draws it, writes the HTML a perfect
 * reading gives, and spreads merged cells over the positions they cover for `tables`. Writes
 * fixtures/<name>.jpg and fixtures/rendered.json. Deterministic: a re-run writes the same bytes.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-table render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * @typedef {string | { text: string, colspan?: number, rowspan?: number }} Cell
 * @typedef {{ name: string, title: string, columns: number[], rows: Cell[][],
 *   render: import('@tiqu/testing').RenderOptions }} Fixture
 */

/** @type {Fixture[]} */
const fixtures = [
  {
    name: 'price-list-scan',
    title: '办公用品报价单',
    columns: [200, 150, 120, 100, 150],
    rows: [
      ['品名', '规格', '单价', '数量', '金额'],
      ['中性笔', '0.5mm黑', '2.50', '40', '100.00'],
      ['A4复印纸', '70g/500张', '26.00', '10', '260.00'],
      ['文件夹', '蓝色', '4.80', '25', '120.00'],
      ['订书机', '12号', '18.00', '3', '54.00'],
      [{ text: '合计', colspan: 4 }, '534.00'],
    ],
    render: { seed: 41 },
  },
  {
    name: 'timetable-photo',
    title: 'G7 次列车时刻表',
    columns: [90, 160, 130, 130, 130],
    rows: [
      ['站序', '站名', '到达', '出发', '停留'],
      ['1', '北京南', '----', '09:00', '----'],
      ['2', '济南西', '10:32', '10:34', '2分钟'],
      ['3', '南京南', '12:35', '12:37', '2分钟'],
      ['4', '上海虹桥', '13:48', '----', '----'],
    ],
    render: { photo: true, rotation: -3, blur: 0.5, noise: 0.08, jpegQuality: 82, seed: 42 },
  },
  {
    name: 'sales-merged-skewed',
    title: '2024年分区销售额（万元）',
    columns: [140, 130, 130, 130, 130],
    rows: [
      [
        { text: '地区', rowspan: 2 },
        { text: '上半年', colspan: 2 },
        { text: '下半年', colspan: 2 },
      ],
      ['一季度', '二季度', '三季度', '四季度'],
      ['华东', '120', '135', '142', '160'],
      ['华南', '98', '104', '110', '125'],
      ['华北', '87', '91', '95', '102'],
    ],
    render: { rotation: 4, blur: 0.9, seed: 43 },
  },
  {
    name: 'schedule-noisy',
    title: 'Weekly Schedule',
    columns: [130, 180, 180, 180],
    rows: [
      ['Time', 'Monday', 'Tuesday', 'Wednesday'],
      ['09:00', { text: 'Team meeting', colspan: 3 }],
      ['10:30', 'Design review', 'Code review', 'Planning'],
      [{ text: '14:00', rowspan: 2 }, 'Customer call', 'Training', 'Demo'],
      ['Report', 'Report', 'Retro'],
    ],
    render: { noise: 0.22, jpegQuality: 55, seed: 44 },
  },
  {
    name: 'grades-bilingual-grey',
    title: '期末成绩 Final Grades',
    columns: [170, 150, 150, 150],
    rows: [
      ['姓名 Name', '语文 Chinese', '数学 Math', '英语 English'],
      ['李明 Li Ming', '92', '88', '95'],
      ['王芳 Wang Fang', '85', '97', '90'],
      ['赵磊 Zhao Lei', '78', '83', '81'],
    ],
    render: { blur: 0.7, jpegQuality: 70, seed: 45 },
  },
]

const rowHeight = 64
const fontSize = 24

/**
 * Where each cell sits on the table's grid: rows of { cell, row, column, colspan, rowspan }, with
 * positions taken by a rowspan from above skipped, as HTML lays a table out.
 * @param {Cell[][]} rows
 */
function placeCells(rows) {
  /** @type {Set<string>} */
  const taken = new Set()
  return rows.map((cells, row) => {
    let column = 0
    return cells.map((cell) => {
      const { text, colspan = 1, rowspan = 1 } = typeof cell === 'string' ? { text: cell } : cell
      while (taken.has(`${row},${column}`)) column++
      const placed = { text, row, column, colspan, rowspan }
      for (let r = row; r < row + rowspan; r++)
        for (let c = column; c < column + colspan; c++) taken.add(`${r},${c}`)
      column += colspan
      return placed
    })
  })
}

/**
 * @param {Fixture} fixture
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
function tableLayout(fixture) {
  const left = 50
  const top = 130
  const edges = [left]
  for (const column of fixture.columns) edges.push((edges.at(-1) ?? left) + column)
  const width = (edges.at(-1) ?? left) + left
  const height = top + fixture.rows.length * rowHeight + 60
  /** @type {import('@tiqu/testing').DocumentElement[]} */
  const elements = [
    { kind: 'text', text: fixture.title, x: width / 2, y: 46, size: 34, weight: 'bold', align: 'center' },
  ]
  for (const cell of placeCells(fixture.rows).flat()) {
    const x = edges[cell.column] ?? left
    const right = edges[cell.column + cell.colspan] ?? x
    const y = top + cell.row * rowHeight
    const cellHeight = cell.rowspan * rowHeight
    elements.push({ kind: 'rect', x, y, width: right - x, height: cellHeight, lineWidth: 2 })
    elements.push({
      kind: 'text',
      text: cell.text,
      x: (x + right) / 2,
      y: y + (cellHeight - fontSize) / 2,
      size: fontSize,
      align: 'center',
    })
  }
  return { width, height, elements }
}

/** @param {Fixture} fixture */
function html(fixture) {
  const rows = fixture.rows.map((cells) => {
    const tds = cells.map((cell) => {
      if (typeof cell === 'string') return `<td>${cell}</td>`
      const spans = `${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''}${cell.colspan ? ` colspan="${cell.colspan}"` : ''}`
      return `<td${spans}>${cell.text}</td>`
    })
    return `<tr>${tds.join('')}</tr>`
  })
  return `<table>${rows.join('')}</table>`
}

/** @param {Fixture} fixture */
function grid(fixture) {
  /** @type {string[][]} */
  const rows = fixture.rows.map(() => [])
  for (const cell of placeCells(fixture.rows).flat()) {
    for (let r = cell.row; r < cell.row + cell.rowspan; r++)
      for (let c = cell.column; c < cell.column + cell.colspan; c++) {
        const row = rows[r]
        if (row) row[c] = cell.text
      }
  }
  return rows
}

/** @type {Array<{ image: string, expected: { html: string, tables: Array<{ rows: string[][] }> } }>} */
const rendered = []
for (const fixture of fixtures) {
  const bytes = await renderDocument(tableLayout(fixture), fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: { html: html(fixture), tables: [{ rows: grid(fixture) }] } })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

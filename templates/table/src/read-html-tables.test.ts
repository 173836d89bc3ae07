import { expect, it } from 'vitest'
import { readHtmlTables } from './read-html-tables.js'

it('reads rows of cells, header cells included, text cleaned of tags and entities', () => {
  const html =
    '<table border="1"><thead><tr><th>品名</th><th>金额</th></tr></thead>' +
    '<tbody><tr><td><b>A&amp;B</b> 咖啡</td><td>12.00</td></tr>\n<tr><td>茶<br/>饮</td><td>&#165;8</td></tr></tbody></table>'
  expect(readHtmlTables(html)).toEqual([
    {
      rows: [
        ['品名', '金额'],
        ['A&B 咖啡', '12.00'],
        ['茶 饮', '¥8'],
      ],
    },
  ])
})

it('spreads a merged cell over every position it covers', () => {
  const html =
    '<table><tr><td rowspan="2">地区</td><td colspan=2>2024年</td></tr>' +
    '<tr><td>上半年</td><td>下半年</td></tr>' +
    '<tr><td>华东</td><td>120</td><td>135</td></tr></table>'
  expect(readHtmlTables(html)[0]?.rows).toEqual([
    ['地区', '2024年', '2024年'],
    ['地区', '上半年', '下半年'],
    ['华东', '120', '135'],
  ])
})

it('reads several tables, and closes cells and rows a model left open', () => {
  const html = '<table><tr><td>a<td>b<tr><td>c<td>d</table><p>x</p><table><tr><td>e</td></tr></table>'
  expect(readHtmlTables(html)).toEqual([
    {
      rows: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    },
    { rows: [['e']] },
  ])
})

it('keeps the rows of a table cut off mid-cell, and a short row short', () => {
  expect(readHtmlTables('<table><tr><td>1</td><td>2</td></tr><tr><td>3')[0]?.rows).toEqual([
    ['1', '2'],
    ['3'],
  ])
})

it('reads a table inside a cell as that cell’s text', () => {
  const html = '<table><tr><td>x<table><tr><td>inner</td></tr></table></td><td>y</td></tr></table>'
  expect(readHtmlTables(html)).toEqual([{ rows: [['x inner', 'y']] }])
})

it('finds no table in text without one', () => {
  expect(readHtmlTables('No table here.')).toEqual([])
  expect(readHtmlTables('<tr><td>orphan</td></tr>')).toEqual([])
})

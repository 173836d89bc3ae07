import { expect, it } from 'vitest'
import { parseAnswer } from './parse-answer.js'

it("reads the tables of a fenced answer, without the model's words around them", () => {
  const answer =
    'Here is the table:\n```html\n<table>\n  <tr><td>品名</td><td>金额</td></tr>\n  <tr><td>咖啡</td><td>12.00</td></tr>\n</table>\n```'
  expect(parseAnswer(answer)).toEqual({
    html: '<table>\n  <tr><td>品名</td><td>金额</td></tr>\n  <tr><td>咖啡</td><td>12.00</td></tr>\n</table>',
    tables: [
      {
        rows: [
          ['品名', '金额'],
          ['咖啡', '12.00'],
        ],
      },
    ],
  })
})

it('keeps two tables and the text between them, and the rows of a table cut off', () => {
  const two = parseAnswer(
    '<table><tr><td>a</td></tr></table>\n<p>note</p>\n<table><tr><td>b</td></tr></table>',
  )
  expect(two?.html).toContain('<p>note</p>')
  expect(two?.tables).toEqual([{ rows: [['a']] }, { rows: [['b']] }])
  expect(parseAnswer('```html\n<table><tr><td>a</td><td>b</td></tr><tr><td>c')?.tables).toEqual([
    { rows: [['a', 'b'], ['c']] },
  ])
})

it('gives null for an answer holding no table', () => {
  expect(parseAnswer('The image contains no table.')).toBeNull()
})

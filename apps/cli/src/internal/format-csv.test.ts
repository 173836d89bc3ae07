import type { ExtractResult } from '@tiqu/core'
import { describe, expect, it } from 'vitest'
import { csvColumns, csvLine } from './format-csv.js'

const record = (data: ExtractResult['data'], extra: Partial<ExtractResult> = {}): ExtractResult => ({
  source: 'a.jpg',
  engine: 'qwen',
  data,
  valid: true,
  issues: [],
  uncertain: [],
  text: '',
  usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0, image_tokens: 0 },
  timing: { total_ms: 0, first_token_ms: null },
  ...extra,
})

const schema = {
  type: 'object',
  properties: {
    number: { type: 'string' },
    seat: {
      type: ['object', 'null'],
      properties: { car: { type: 'integer' }, row: { type: 'string' } },
    },
    stops: { type: 'array', items: { type: 'string' } },
    valid: { type: 'boolean' },
  },
}

describe('csvColumns', () => {
  it('names nested fields with dots, keeps arrays whole, and sets data columns apart from status ones', () => {
    expect(csvColumns(schema).map((column) => column.header)).toEqual([
      'source',
      'number',
      'seat.car',
      'seat.row',
      'stops',
      'data.valid',
      'valid',
      'error_code',
      'error_message',
      'issues',
    ])
  })

  it('reads each cell from the record: JSON for arrays, empty for null and missing', () => {
    const columns = csvColumns(schema)
    const cells = (result: ExtractResult) => columns.map((column) => column.value(result))
    expect(
      csvLine(
        cells(record({ number: 'G1', seat: { car: 5, row: '07F' }, stops: ['北京', '上海'], valid: false })),
      ),
    ).toBe('a.jpg,G1,5,07F,"[""北京"",""上海""]",false,true,,,0\r\n')
    expect(
      csvLine(
        cells(
          record(null, {
            valid: false,
            error: { code: 'TIQU_SERVER', message: 'It failed, "badly".' },
            issues: [{ path: '', message: 'x', severity: 'error' }],
          }),
        ),
      ),
    ).toBe('a.jpg,,,,,,false,TIQU_SERVER,"It failed, ""badly"".",1\r\n')
    expect(csvLine(cells(record({ number: 'G1', seat: null })))).toBe('a.jpg,G1,,,,,true,,,0\r\n')
  })

  it('gives the data and the text a column each when there is no template', () => {
    const columns = csvColumns(undefined)
    expect(columns.map((column) => column.header)).toEqual([
      'source',
      'data',
      'text',
      'valid',
      'error_code',
      'error_message',
      'issues',
    ])
    expect(csvLine(columns.map((column) => column.value(record(null, { text: 'line 1\r\nline 2' }))))).toBe(
      'a.jpg,,"line 1\r\nline 2",true,,,0\r\n',
    )
  })
})

describe('csvLine against formula injection', () => {
  it("puts a ' before text a spreadsheet would run as a formula, and leaves signed numbers alone", () => {
    expect(csvLine(['=HYPERLINK("http://x","y")', '+1+2', '@SUM(A1)', '-3.50', '+86', -2, 'G1234'])).toBe(
      `"'=HYPERLINK(""http://x"",""y"")",'+1+2,'@SUM(A1),-3.50,+86,-2,G1234\r\n`,
    )
    expect(csvLine(['\tcmd', '-', '--'])).toBe(`'\tcmd,'-,'--\r\n`)
  })
})

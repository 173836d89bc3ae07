import { type LocalRules, TemplateInvalidError } from '@tiqu/core'
import { describe, expect, it } from 'vitest'
import { ocrLine, turnLines } from '../__fixtures__/ocr-line.js'
import { fillFromRules, readFields } from './fill-from-rules.js'

/** A train ticket as the recognizer returns it: full-width colons and yen sign, a label above its value. */
const ticket = [
  ocrLine('Ｅ１２３４５６７８', 40, 20),
  ocrLine('检票：12A', 600, 20),
  ocrLine('北京南站', 60, 100, 200, 50),
  ocrLine('G1234', 400, 110, 120, 35),
  ocrLine('上海虹桥站', 700, 100, 250, 50),
  ocrLine('2025年06月18日08:05开', 60, 200, 400, 30),
  ocrLine('05车12F号', 600, 200, 170, 30),
  ocrLine('￥553.0元', 60, 260, 150, 30),
  ocrLine('二等座', 600, 260, 100, 30),
  ocrLine('乘车人', 60, 330, 90, 25),
  ocrLine('证件号码', 400, 330, 120, 25),
  ocrLine('张三', 60, 365, 60, 25),
  ocrLine('3101011990****1234', 400, 365, 300, 25),
]

const fill = (fields: LocalRules['fields'], schema?: Record<string, unknown>) =>
  fillFromRules(ticket, { fields }, schema)

describe('fillFromRules', () => {
  it('takes the first capture group of the first match in reading order', () => {
    expect(fill({ train: { pattern: '\\b([GDCZTK]\\d{1,4})\\b' } })).toEqual({ train: 'G1234' })
  })

  it('takes the whole match when the pattern has no group', () => {
    expect(fill({ date: { pattern: '\\d{4}年\\d{2}月\\d{2}日' } })).toEqual({ date: '2025年06月18日' })
  })

  it('counts occurrences in reading order, and from the end when negative', () => {
    const station = { pattern: '^(\\S+站)$' }
    expect(fill({ from: { ...station, occurrence: 0 }, to: { ...station, occurrence: 1 } })).toEqual({
      from: '北京南站',
      to: '上海虹桥站',
    })
    expect(fill({ last: { ...station, occurrence: -1 }, none: { ...station, occurrence: 2 } })).toEqual({
      last: '上海虹桥站',
      none: null,
    })
  })

  it('matches half-width text, whatever width the recognizer returned', () => {
    expect(fill({ gate: { pattern: '检票:(\\w+)' }, price: { pattern: '¥(\\d+\\.\\d{1,2})' } })).toEqual({
      gate: '12A',
      price: '553.0',
    })
    expect(fill({ serial: { pattern: '^[A-Z]\\d{8}$' } })).toEqual({ serial: 'E12345678' })
  })

  it('reads the value to the right of a label on its own line, without the separator', () => {
    expect(fill({ gate: { label: '检票', pattern: '^(\\w+)$' } })).toEqual({ gate: '12A' })
  })

  it('reads the value below a label, from the line under it rather than a neighbouring column', () => {
    // The row right of the label comes first: a header row of labels needs a pattern that skips them.
    expect(fill({ name: { label: '乘车人', pattern: '^(\\S+)$' } })).toEqual({ name: '证件号码' })
    expect(fill({ name: { label: '乘车人', pattern: '^(\\p{Script=Han}{2,3})$' } })).toEqual({ name: '张三' })
    expect(fill({ id: { label: '证件号码', pattern: '^([\\d*Xx]{18})$' } })).toEqual({
      id: '3101011990****1234',
    })
  })

  it('reads lines on the label row to its right', () => {
    const lines = [ocrLine('车次', 40, 20, 40), ocrLine('G1234', 200, 22, 100), ocrLine('D5678', 60, 60, 100)]
    expect(fillFromRules(lines, { fields: { train: { label: '^车次$', pattern: '[GD]\\d+' } } })).toEqual({
      train: 'G1234',
    })
  })

  it('searches only near the label: a match elsewhere on the page is not taken', () => {
    expect(fill({ name: { label: '乘车人', pattern: '\\d{4}年' } })).toEqual({ name: null })
  })

  it('tries alternatives in order until one matches', () => {
    const rules = [{ pattern: '(Z\\d+)' }, { pattern: '([GD]\\d+)' }, { pattern: '(\\d+)' }]
    expect(fill({ train: rules })).toEqual({ train: 'G1234' })
  })

  it('gives a fixed value when the pattern matches, with the box of the text that matched', () => {
    const side = [
      { pattern: '证件号码', value: 'front' },
      { pattern: '签发机关', value: 'back' },
    ]
    expect(fill({ side, seats: { pattern: '\\d+车', value: 1 } })).toEqual({ side: 'front', seats: 1 })
    expect(readFields(ticket, { fields: { side } }).evidence.side?.box).toEqual(ticket[10]?.box)
    expect(fill({ side: [{ pattern: '签发机关', value: 'back' }] })).toEqual({ side: null })
  })

  it('reads a table row by row, cells joined by two spaces, every match an item of named groups', () => {
    const invoice = [
      ocrLine('货物名称', 0, 0, 100),
      ocrLine('数量', 300, 0, 60),
      ocrLine('金额', 500, 0, 60),
      ocrLine('*餐饮服务*餐费', 0, 40, 180),
      ocrLine('2', 300, 40, 20),
      ocrLine('500.00', 500, 40, 80),
      ocrLine('*住宿服务*住宿费', 0, 80, 200),
      ocrLine('１', 300, 80, 20),
      ocrLine('380.00', 500, 80, 80),
      ocrLine('合计 880.00', 0, 120, 200),
    ]
    const items = {
      pattern: '^(?<name>\\*[^*]+\\*\\S+)  (?:(?<spec>[A-Z]\\S*)  )?(?<quantity>\\d+)  (?<amount>[\\d.]+)$',
      scope: 'row' as const,
      many: true,
    }
    const schema = {
      properties: {
        items: {
          type: 'array',
          items: { properties: { quantity: { type: 'integer' }, amount: { type: 'string' } } },
        },
      },
    }
    expect(fillFromRules(invoice, { fields: { items } }, schema)).toEqual({
      items: [
        { name: '*餐饮服务*餐费', spec: null, quantity: 2, amount: '500.00' },
        { name: '*住宿服务*住宿费', spec: null, quantity: 1, amount: '380.00' },
      ],
    })
    // The items' evidence covers every cell they were read from.
    const { evidence } = readFields(invoice, { fields: { items } })
    expect(evidence.items?.box).toEqual({ x: 0, y: 40, width: 580, height: 60 })
    // Without named groups each item is the value; with no match the next alternative is tried.
    const amounts = { pattern: '^\\d+\\.\\d{2}$', many: true }
    expect(fillFromRules(invoice, { fields: { amounts } })).toEqual({ amounts: ['500.00', '380.00'] })
    const none = [{ pattern: '^X\\d+$', many: true }, { pattern: '合计 ([\\d.]+)' }]
    expect(fillFromRules(invoice, { fields: { total: none } })).toEqual({ total: '880.00' })
  })

  it('searches the joined text when scope is text, so a value may span lines', () => {
    const lines = [ocrLine('发票号码 1234', 0, 0, 200), ocrLine('5678', 0, 30, 80)]
    const rules = { fields: { number: { pattern: '发票号码\\s*(\\d{4}\\n\\d{4})', scope: 'text' as const } } }
    expect(fillFromRules(lines, rules)).toEqual({ number: '1234\n5678' })
    const joined = { fields: { number: { ...rules.fields.number, transforms: ['remove-spaces' as const] } } }
    expect(fillFromRules(lines, joined)).toEqual({ number: '12345678' })
    const perLine = { fields: { number: { ...rules.fields.number, scope: 'line' as const } } }
    expect(fillFromRules(lines, perLine)).toEqual({ number: null })
  })

  it('applies transforms in order, and treats an empty result as no match', () => {
    const lines = [ocrLine(' 张 三 ', 0, 0)]
    expect(fillFromRules(lines, { fields: { name: { pattern: '.+', transforms: ['trim'] } } })).toEqual({
      name: '张 三',
    })
    expect(
      fillFromRules(lines, { fields: { name: { pattern: '.+', transforms: ['remove-spaces'] } } }),
    ).toEqual({
      name: '张三',
    })
    const blank = [ocrLine('   ', 0, 0)]
    expect(
      fillFromRules(blank, { fields: { name: [{ pattern: '.+', transforms: ['trim'] }, { pattern: 'x' }] } }),
    ).toEqual({ name: null })
  })

  it('honours flags', () => {
    const lines = [ocrLine('Seat 12f', 0, 0)]
    expect(fillFromRules(lines, { fields: { seat: { pattern: 'seat (\\w+)' } } })).toEqual({ seat: null })
    expect(fillFromRules(lines, { fields: { seat: { pattern: 'seat (\\w+)', flags: 'iu' } } })).toEqual({
      seat: '12f',
    })
  })

  it('gives every schema property, null when nothing matched, and numbers where the schema wants them', () => {
    const schema = {
      type: 'object',
      properties: {
        price: { type: 'number' },
        car: { type: 'integer' },
        seat: { type: 'string' },
        passenger: { type: ['string', 'null'] },
      },
    }
    const fields = {
      price: { pattern: '¥([\\d,.]+)' },
      car: { pattern: '(\\d+)车' },
      seat: { pattern: '车(\\d+[A-F])号' },
      unknown: { pattern: '.+' },
    }
    expect(fill(fields, schema)).toEqual({ price: 553, car: 5, seat: '12F', passenger: null })
  })

  it('leaves text that does not read as a number for validation to report', () => {
    const schema = { properties: { price: { type: 'number' } } }
    expect(
      fillFromRules([ocrLine('¥55O.0', 0, 0)], { fields: { price: { pattern: '¥(\\S+)' } } }, schema),
    ).toEqual({
      price: '55O.0',
    })
  })

  it('refuses an invalid pattern with the field named', () => {
    expect(() => fill({ train: { pattern: '([GD' } })).toThrow(TemplateInvalidError)
    expect(() => fill({ train: { pattern: '([GD' } })).toThrow(/field 'train'/)
  })
})

describe('layout rules', () => {
  it('reads after a label only where `where` says, in the order it gives', () => {
    const value = '^(\\S+)$'
    expect(fill({ name: { label: '乘车人', where: 'right', pattern: value } })).toEqual({ name: '证件号码' })
    expect(fill({ name: { label: '乘车人', where: 'below', pattern: value } })).toEqual({ name: '张三' })
    expect(fill({ name: { label: '乘车人', where: ['below', 'right'], pattern: value } })).toEqual({
      name: '张三',
    })
    expect(fill({ gate: { label: '检票', where: 'same-line', pattern: '^(\\w+)$' } })).toEqual({
      gate: '12A',
    })
    // 证件号码 has nothing after it on its line, nor to its right.
    expect(fill({ id: { label: '证件号码', where: ['same-line', 'right'], pattern: '(.+)' } })).toEqual({
      id: null,
    })
  })

  it('reads only the row of a `sameRowAs` anchor', () => {
    const code = '^([A-Z]\\d+)$'
    expect(fill({ train: { pattern: code } })).toEqual({ train: 'E12345678' })
    expect(fill({ train: { sameRowAs: '站$', pattern: code } })).toEqual({ train: 'G1234' })
    expect(fill({ train: { sameRowAs: '^乘车人$', pattern: code } })).toEqual({ train: null })
    // The anchor's own line is on its row.
    expect(fill({ gate: { sameRowAs: '^检票', pattern: '检票:(\\w+)' } })).toEqual({ gate: '12A' })
  })

  it('takes the match nearest a `nearestTo` anchor, then the next nearest', () => {
    const invoice = [
      ocrLine('金额', 60, 100, 40),
      ocrLine('税额', 600, 100, 40),
      ocrLine('¥100.00', 60, 130, 140),
      ocrLine('¥13.00', 600, 130, 120),
      ocrLine('价税合计', 60, 600, 80),
      ocrLine('¥113.00', 200, 600, 140),
    ]
    const amount = '¥([\\d.]+)'
    const read = (rule: Record<string, unknown>) =>
      fillFromRules(invoice, { fields: { amount: { pattern: amount, ...rule } } }).amount
    expect(read({})).toBe('100.00')
    expect(read({ nearestTo: '^税额$' })).toBe('13.00')
    expect(read({ nearestTo: '^价税合计$' })).toBe('113.00')
    expect(read({ nearestTo: '^税额$', occurrence: 1 })).toBe('100.00')
    expect(read({ nearestTo: '^发票号码$' })).toBeNull()
  })

  it('takes the tallest text in a `largestIn` region of the text area', () => {
    const page = [
      ocrLine('北京南站售', 900, 0, 150, 20),
      ocrLine('G1234', 500, 40, 150, 50),
      ocrLine('北京南站', 60, 40, 200, 45),
      ocrLine('¥553.0元', 60, 300, 150, 30),
      ocrLine('中国铁路祝您旅途愉快', 60, 900, 1000, 80),
    ]
    const read = (rule: Record<string, unknown>) =>
      fillFromRules(page, { fields: { value: { pattern: '^(.+)$', ...rule } } }).value
    const top = { x: 0, y: 0, width: 1, height: 0.2 }
    expect(read({ largestIn: top })).toBe('G1234')
    expect(read({ largestIn: top, occurrence: 1 })).toBe('北京南站')
    expect(read({ largestIn: { x: 0.5, y: 0, width: 0.5, height: 0.2 }, pattern: '站$' })).toBeNull()
    expect(read({ largestIn: { x: 0, y: 0, width: 1, height: 1 } })).toBe('中国铁路祝您旅途愉快')
    expect(read({ largestIn: { x: 0, y: 0.25, width: 0.5, height: 0.5 } })).toBe('¥553.0元')
  })

  it('keeps rows, right and below on a slanted photo', () => {
    const photo = turnLines(ticket, -7)
    expect(
      fillFromRules(photo, {
        fields: {
          train: { sameRowAs: '站$', pattern: '^([A-Z]\\d+)$' },
          from: { pattern: '^(\\S+站)$' },
          to: { pattern: '^(\\S+站)$', occurrence: 1 },
          name: { label: '乘车人', where: 'below', pattern: '^(\\S+)$' },
          id: { label: '证件号码', pattern: '^([\\d*]{18})$' },
          title: { largestIn: { x: 0, y: 0, width: 1, height: 0.4 }, pattern: '^(\\S+)$', occurrence: -1 },
        },
      }),
    ).toEqual({
      train: 'G1234',
      from: '北京南站',
      to: '上海虹桥站',
      name: '张三',
      id: '3101011990****1234',
      title: 'E12345678',
    })
  })

  it('refuses an anchor, place or region that cannot work, naming the field', () => {
    expect(() => fill({ train: { pattern: 'x', sameRowAs: '(站' } })).toThrow(TemplateInvalidError)
    expect(() => fill({ train: { pattern: 'x', nearestTo: '(站' } })).toThrow(/field 'train'.*nearestTo/)
    const where = 'above' as unknown as 'below'
    expect(() => fill({ train: { pattern: 'x', label: 'a', where } })).toThrow(/field 'train'.*`where`/)
    const region = { x: 0, y: 0, width: 2, height: 1 }
    expect(() => fill({ train: { pattern: 'x', largestIn: region } })).toThrow(/largestIn region/)
  })
})

describe('readFields', () => {
  it('gives each value found the box and score of the line it was read from', () => {
    const lines = ticket.map((line) => (line.text === 'G1234' ? { ...line, score: 0.87 } : line))
    const { values, evidence } = readFields(lines, {
      fields: {
        train: { pattern: '\\b([GDCZTK]\\d{1,4})\\b' },
        name: { pattern: '^(张\\p{Script=Han}{1,3})$', label: '乘车人' },
        missing: { pattern: 'no such text' },
      },
    })
    expect(values).toEqual({ train: 'G1234', name: '张三', missing: null })
    expect(evidence).toEqual({
      train: { box: { x: 400, y: 110, width: 120, height: 35 }, score: 0.87 },
      name: { box: { x: 60, y: 365, width: 60, height: 25 }, score: 0.99 },
    })
  })

  it('spans every line a value joined across lines came from', () => {
    const { evidence } = readFields(ticket, {
      fields: { seat_and_price: { pattern: '(05车12F号\\n¥553\\.0元)', scope: 'text' } },
    })
    expect(evidence.seat_and_price?.box).toEqual({ x: 60, y: 200, width: 710, height: 90 })
  })
})

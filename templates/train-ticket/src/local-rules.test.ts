import type { LocalFieldRule } from '@tiqu/core'
import { expect, it } from 'vitest'
import template from './index.js'
import { localRules } from './local-rules.js'

const expected = template.examples?.[0]?.expected as { [field: string]: string }

// What @tiqu/engine-local (PP-OCRv4) read from fixtures/train-ticket.jpg, in reading order.
const sampleLines = [
  'Z69E012345',
  '北京南站售',
  '检票：14B',
  '北京南站',
  'G1234',
  '上海虹桥站',
  'Beijingnan',
  'Shanghaihongqiao',
  '2025年06月18日08：05开',
  '05车12F号',
  '￥553.0元',
  '二等座',
  '限乘当日当次车',
  '1101051990****123X张三',
  '买票请到12306发货请到95306',
  '中国铁路祝您旅途愉快',
  '10010301100710E012345北京南售',
]

// The same ticket as a detector with other thresholds may box it: spaces kept, full-width forms,
// the station row merged into one line, the name boxed apart from the ID number.
const noisyLines = [
  'Z69E 012345',
  '北京南站售',
  '北京南 站 G1234 上海虹桥 站',
  'Beijingnan Shanghaihongqiao',
  '2025年06月18日 08：05开',
  '05 车 12F 号',
  '¥ 553.0 元',
  '二等座',
  '限乘当日当次车',
  '1101051990＊＊＊＊123X',
  '张三',
  '10010301100710E012345 北京南售',
]

const halfwidth = (value: string) =>
  value.replace(/[\uff01-\uff5e]/gu, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))

/**
 * Reads a line-scoped rule the way its JSDoc says: the n-th match in reading order, first capture,
 * then the transforms. Layout rules (a label, a row, a region, an anchor) are the engine's business
 * (they need the boxes; @tiqu/engine-local's tests read the ticket with them); they are skipped.
 */
function read(rule: LocalFieldRule, lines: string[]): string | undefined {
  const layout = [rule.label, rule.sameRowAs, rule.nearestTo, rule.largestIn]
  if (layout.some((part) => part !== undefined) || rule.scope === 'text') return undefined
  const pattern = new RegExp(rule.pattern, rule.flags ?? 'u')
  const values = lines.flatMap((line) => {
    const match = pattern.exec(line)
    return match ? [match[1] ?? match[0]] : []
  })
  let value = values.at(rule.occurrence ?? 0)
  for (const transform of rule.transforms ?? []) {
    if (value === undefined) break
    value =
      transform === 'halfwidth'
        ? halfwidth(value)
        : transform === 'remove-spaces'
          ? value.replace(/\s+/gu, '')
          : value.trim()
  }
  return value
}

function readField(field: string, lines: string[]): string | undefined {
  const rules = [localRules.fields[field] ?? []].flat()
  for (const rule of rules) {
    const value = read(rule, lines)
    if (value !== undefined) return value
  }
  return undefined
}

it('has rules for every schema field and nothing else, each pattern compiling', () => {
  expect(Object.keys(localRules.fields)).toEqual(Object.keys(template.schema.properties as object))
  for (const rule of Object.values(localRules.fields).flat()) {
    expect(() => new RegExp(rule.pattern, rule.flags ?? 'u')).not.toThrow()
    for (const anchor of [rule.label, rule.sameRowAs, rule.nearestTo]) {
      if (anchor !== undefined) expect(() => new RegExp(anchor, 'u')).not.toThrow()
    }
  }
})

it.each(Object.keys(expected))('reads %s from the OCR lines of the sample', (field) => {
  expect(readField(field, sampleLines)).toBe(expected[field])
})

// The split name needs the label rule, which needs the boxes: see the next test.
it.each(Object.keys(expected).filter((field) => field !== 'passenger_name'))(
  'reads %s from noisy OCR lines of the sample',
  (field) => {
    expect(readField(field, noisyLines)).toBe(expected[field])
  },
)

it('reads a name boxed apart from the ID number with the label rule', () => {
  const labelRule = [localRules.fields.passenger_name ?? []].flat().find((rule) => rule.label)
  expect(labelRule).toBeDefined()
  const label = new RegExp(labelRule?.label as string, 'u')
  const rest = '1101051990＊＊＊＊123X张三'.replace(label, '')
  expect(new RegExp(labelRule?.pattern as string, 'u').exec(rest)?.[1]).toBe('张三')
  expect(new RegExp(labelRule?.pattern as string, 'u').exec('张三')?.[1]).toBe('张三')
})

it("looks for the train number on the stations' row first, alone on its line", () => {
  const [onRow, ...others] = [localRules.fields.train_number ?? []].flat()
  expect(onRow?.sameRowAs).toBeDefined()
  const anchor = new RegExp(onRow?.sameRowAs as string, 'u')
  expect(['北京南站', '上海虹桥 站'].every((line) => anchor.test(line))).toBe(true)
  expect(anchor.test('北京南站售')).toBe(false)
  // Without boxes, the other alternatives still read it.
  expect(others.some((rule) => read(rule, sampleLines) === 'G1234')).toBe(true)
})

it('does not take the ticket code at the bottom for the serial or the name', () => {
  const bottom = ['10010301100710E012345北京南售']
  expect(readField('invoice_number', bottom)).toBeUndefined()
  expect(readField('passenger_name', bottom)).toBeUndefined()
  expect(readField('departure_station', ['北京南站售'])).toBeUndefined()
})

import { expect, it } from 'vitest'
import { parseAnswer } from './parse-answer.js'

it('takes the asked-for list of pairs, a repeated label kept twice', () => {
  const answer =
    "```json\n{'pairs': [{'key': '日期', 'value': '2025-03-14'}, {'key': '日期', 'value': None}]}\n```"
  expect(parseAnswer(answer)).toEqual({
    pairs: [
      { key: '日期', value: '2025-03-14' },
      { key: '日期', value: null },
    ],
  })
})

it('turns a plain object of labels into pairs in its order, nested keys joined', () => {
  const answer = JSON.stringify({
    发票号码: '04512873',
    金额: 128.5,
    买方: { 名称: '上海某公司', 税号: null },
    货物: [{ 名称: '咖啡' }, { 名称: '茶' }],
  })
  expect(parseAnswer(answer)?.pairs).toEqual([
    { key: '发票号码', value: '04512873' },
    { key: '金额', value: '128.5' },
    { key: '买方/名称', value: '上海某公司' },
    { key: '买方/税号', value: null },
    { key: '货物[1]/名称', value: '咖啡' },
    { key: '货物[2]/名称', value: '茶' },
  ])
})

it('gives null for an answer that is not JSON', () => {
  expect(parseAnswer('The image has no labels.')).toBeNull()
})

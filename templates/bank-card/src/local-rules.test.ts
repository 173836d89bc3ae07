import type { OcrLine } from '@tiqu/core'
import { fillFromRules } from '@tiqu/engine-local'
import { expect, it } from 'vitest'
import { localRules } from './local-rules.js'
import { schema } from './schema.js'

const line = (text: string, x: number, y: number, width: number, height = 40): OcrLine => ({
  text,
  box: { x, y, width, height },
  score: 0.97,
})

it('joins embossed groups boxed apart, and takes no bank name for the holder', () => {
  const lines = [
    line('招商银行', 188, 58, 240, 56),
    line('CHINA MERCHANTS BANK', 190, 126, 300, 22),
    line('信用卡', 1078, 70, 132, 44),
    line('6225', 96, 470, 180, 66),
    line('8812', 330, 470, 180, 66),
    line('3467', 564, 470, 180, 66),
    line('0916', 798, 470, 180, 66),
    line('VALID THRU', 470, 578, 60, 40),
    line('05/28', 540, 572, 150, 46),
    line('LI NA', 96, 672, 170, 46),
    line('UnionPay', 980, 690, 170, 38),
  ]
  expect(fillFromRules(lines, localRules, schema)).toEqual({
    card_number: '6225881234670916',
    bank_name: '招商银行',
    card_type: '信用卡',
    valid_thru: '05/28',
    holder_name: 'LI NA',
    card_network: 'UnionPay',
  })
})

it('leaves the holder, type and expiry null on a card that prints none', () => {
  const lines = [
    line('中国农业银行', 188, 58, 340, 56),
    line('AGRICULTURAL BANK OF CHINA', 190, 126, 360, 22),
    line('6228 4804 1935 6027 112', 96, 470, 1000, 66),
    line('银联', 1010, 618, 110, 52),
    line('UnionPay', 980, 690, 170, 38),
  ]
  expect(fillFromRules(lines, localRules, schema)).toEqual({
    card_number: '6228480419356027112',
    bank_name: '中国农业银行',
    card_type: null,
    valid_thru: null,
    holder_name: null,
    card_network: 'UnionPay',
  })
})

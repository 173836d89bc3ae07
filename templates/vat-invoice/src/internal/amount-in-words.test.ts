import { describe, expect, it } from 'vitest'
import { amountToWords, wordsToAmount } from './amount-in-words.js'

// Amounts in fen and the words the tax system prints for them.
const pairs: Array<[number, string]> = [
  [0, '零圆整'],
  [5, '伍分'],
  [56, '伍角陆分'],
  [100, '壹圆整'],
  [1000, '壹拾圆整'],
  [8800, '捌拾捌圆整'],
  [10005, '壹佰圆零伍分'],
  [10050, '壹佰圆伍角'],
  [100500, '壹仟零伍圆整'],
  [105000, '壹仟零伍拾圆整'],
  [113000, '壹仟壹佰叁拾圆整'],
  [171938, '壹仟柒佰壹拾玖圆叁角捌分'],
  [1000000, '壹万圆整'],
  [1050000, '壹万零伍佰圆整'],
  [2000000, '贰万圆整'],
  [6572000, '陆万伍仟柒佰贰拾圆整'],
  [10050000, '壹拾万零伍佰圆整'],
  [100000000, '壹佰万圆整'],
  [10000000000, '壹亿圆整'],
  [10001000000, '壹亿零壹万圆整'],
  [12034567890, '壹亿贰仟零叁拾肆万伍仟陆佰柒拾捌圆玖角'],
  [-10000, '负壹佰圆整'],
]

describe('amountToWords', () => {
  it.each(pairs)('writes %i fen as %s', (fen, words) => {
    expect(amountToWords(fen)).toBe(words)
  })

  it('refuses a fraction of a fen', () => {
    expect(() => amountToWords(1.5)).toThrow(RangeError)
  })
})

describe('wordsToAmount', () => {
  it.each(pairs)('reads %i fen back from %s', (fen, words) => {
    expect(wordsToAmount(words)).toBe(fen)
  })

  it('round-trips every amount from 0 to 20 000.00 yuan in steps of 0.37', () => {
    for (let fen = 0; fen <= 2_000_000; fen += 37) expect(wordsToAmount(amountToWords(fen))).toBe(fen)
  })

  it.each([
    ['捌拾捌元整', 8800],
    ['捌拾捌圆正', 8800],
    ['拾圆整', 1000],
    ['壹佰圆伍角整', 10050],
    ['⊗壹佰圆整', -10000],
    ['(负数)壹佰圆整', -10000],
    ['壹仟 壹佰叁拾圆整', 113000],
  ])('accepts the variant %s', (words, fen) => {
    expect(wordsToAmount(words)).toBe(fen)
  })

  it.each(['', '整', '壹佰', '壹佰圆伍', '壹贰圆整', '壹零佰圆整', '壹佰圆伍分角', '一百元整', '壹佰美元整'])(
    'refuses %s',
    (words) => {
      expect(wordsToAmount(words)).toBeUndefined()
    },
  )
})

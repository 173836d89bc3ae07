import type { LocalRules } from '@tiqu/core'

// Building blocks of the patterns. The engine makes text half-width before matching (（ → (, ： → :,
// ￥ → ¥), so the patterns are written for half-width text.
const cjk = '\\u4e00-\\u9fff'
const organisation = `[${cjk}][${cjk}()A-Za-z0-9·]{3,40}`
const person = `[${cjk}]{2,4}`
const amount = '-?\\d+\\.\\d{2}'
const tidy: Array<'halfwidth' | 'remove-spaces'> = ['halfwidth', 'remove-spaces']

/**
 * How the embedded engine reads a VAT invoice's OCR lines, paper or fully digital. Values sit after
 * their printed labels (发票代码, 开票日期, 纳税人识别号, 收款人...); where a label appears twice, the
 * buyer's block comes first in reading order (above the seller's on paper, left of it on a digital
 * invoice). The totals are the ¥ amounts on the 合计 row and after 小写. The goods table (`items`) is
 * read row by row: a row whose first cell is a `*category*name` and whose last cells are amount, rate
 * and tax is one item, its cells matched by named groups.
 */
export const localRules: LocalRules = {
  fields: {
    items: {
      scope: 'row',
      many: true,
      pattern: [
        '^(?<name>\\*[^*\\s]+\\*\\S+)',
        // A specification is any cell but a short Chinese word, which is the unit.
        `(?:\\s+(?<specification>(?![${cjk}]{1,3}\\s)\\S+))?`,
        `(?:\\s+(?<unit>[${cjk}]{1,3}))?`,
        '\\s+(?<quantity>\\d+(?:\\.\\d+)?)',
        '\\s+(?<unit_price>\\d+(?:\\.\\d+)?)',
        `\\s+(?<amount>${amount})`,
        '\\s+(?<tax_rate>\\d{1,2}%|免税|不征税)',
        `\\s+(?<tax>${amount}|\\*{3})$`,
      ].join(''),
    },
    invoice_title: [
      // A digital invoice's title is often boxed in two, 电子发票 and (普通发票): read across the break.
      {
        pattern: `(电子发票\\s*\\([${cjk}]+\\))`,
        scope: 'text',
        largestIn: { x: 0.15, y: 0, width: 0.7, height: 0.2 },
        transforms: tidy,
      },
      {
        pattern: `([${cjk}()]*发票[${cjk}()]*)`,
        largestIn: { x: 0.15, y: 0, width: 0.7, height: 0.2 },
        transforms: tidy,
      },
    ],
    invoice_code: { label: '发票代码', pattern: '^\\s*(\\d{12}|\\d{10})(?!\\d)' },
    invoice_number: [
      { label: '发票号码', pattern: '^\\s*(\\d{20}|\\d{8})(?!\\d)' },
      { pattern: '^\\s*N[oO0]\\.?\\s*(\\d{8})\\s*$' },
    ],
    issue_date: {
      pattern: '(\\d{4}\\s*年\\s*\\d{2}\\s*月\\s*\\d{2}\\s*日)',
      label: '开票日期',
      transforms: tidy,
    },
    check_code: { label: '校\\s*验\\s*码', pattern: '^\\s*((?:\\d\\s*){20})(?!\\d)', transforms: tidy },
    buyer_name: {
      label: '^\\s*(?:名\\s*)?称\\s*:',
      where: 'same-line',
      pattern: `^\\s*(${organisation})`,
      transforms: tidy,
    },
    seller_name: {
      label: '^\\s*(?:名\\s*)?称\\s*:',
      where: 'same-line',
      pattern: `^\\s*(${organisation})`,
      occurrence: 1,
      transforms: tidy,
    },
    buyer_tax_id: {
      label: '纳税人识别号\\s*:',
      where: 'same-line',
      pattern: '^\\s*([0-9A-Z]{15,20})(?![0-9A-Z])',
    },
    seller_tax_id: {
      label: '纳税人识别号\\s*:',
      where: 'same-line',
      pattern: '^\\s*([0-9A-Z]{15,20})(?![0-9A-Z])',
      occurrence: 1,
    },
    pre_tax_amount: { sameRowAs: '^\\s*合\\s*计', pattern: `[¥Y]\\s*(${amount})\\s*$` },
    total_tax: { sameRowAs: '^\\s*合\\s*计', pattern: `[¥Y]\\s*(${amount})\\s*$`, occurrence: 1 },
    total_amount: { label: '小\\s*写\\s*\\)?', pattern: `(${amount})` },
    total_amount_in_words: {
      pattern: '([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+[圆元](?:[零壹贰叁肆伍陆柒捌玖][角分]|[整正零])*)',
      transforms: tidy,
    },
    // 备注 is printed down a narrow column, 备 level with the first line of the remarks beside it.
    remarks: {
      label: '^\\s*备\\s*(?:注\\s*)?',
      where: ['same-line', 'right'],
      pattern: '^\\s*(\\S.*\\S)\\s*$',
      transforms: ['trim'],
    },
    payee: [
      { label: '收款人\\s*:?', where: 'same-line', pattern: `^\\s*(${person})(?![${cjk}])` },
      { label: '收款人\\s*:?', where: 'right', pattern: `^\\s*(${person})\\s*$` },
    ],
    reviewer: [
      { label: '复\\s*核\\s*:?', where: 'same-line', pattern: `^\\s*(${person})(?![${cjk}])` },
      { label: '复\\s*核\\s*:?', where: 'right', pattern: `^\\s*(${person})\\s*$` },
    ],
    drawer: [
      { label: '开票人\\s*:?', where: 'same-line', pattern: `^\\s*(${person})(?![${cjk}])` },
      { label: '开票人\\s*:?', where: 'right', pattern: `^\\s*(${person})\\s*$` },
    ],
  },
}

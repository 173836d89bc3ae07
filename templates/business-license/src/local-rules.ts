import type { LocalRules } from '@tiqu/core'

// Building blocks. OCR drops or adds spaces at random (labels are printed letter-spaced: 名　　称), so
// labels and patterns allow them and the transforms remove them; text reaches the rules half-width.
const cjk = '\\u4e00-\\u9fff'
const spaced = (label: string) => [...label].join('\\s*')
const date = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日'
// A left-column value ends where the detector may have run on into the right column's label.
const rightLabels = ['注册资本', '成立日期', '营业期限', '住所', '经营场所'].map(spaced).join('|')
const leftValue = `^\\s*(.+?)\\s*(?:${rightLabels}|$)`
const tidy: Array<'remove-spaces'> = ['remove-spaces']
/**
 * A two-character label printed far apart (名　　称): the detector reads it whole, or boxes the first
 * character alone and the second on its own line, whose right then holds the value.
 */
const splitLabel = (first: string, second: string) => `${first}\\s*${second}|^\\s*${second}\\s*$`
const besideLabel = ['same-line', 'right'] as Array<'same-line' | 'right'>

/**
 * How the embedded engine reads a licence's OCR lines. Each value sits right of its printed label in
 * one of the two columns; the credit code is the only run of 18 code characters; the business scope is
 * the paragraph under 经营范围 in the lower left, read as one text; the issue date is the date alone on
 * its line nearest to 登记机关 (the seal).
 */
export const localRules: LocalRules = {
  fields: {
    unified_social_credit_code: {
      pattern: '(?<![0-9A-Z])([0-9A-HJ-NP-RTUW-Y](?:\\s?[0-9A-HJ-NP-RTUW-Y]){17})(?![0-9A-Z])',
      transforms: tidy,
    },
    name: { label: splitLabel('名', '称'), where: besideLabel, pattern: leftValue, transforms: tidy },
    type: { label: splitLabel('类', '型'), where: besideLabel, pattern: leftValue, transforms: tidy },
    legal_representative: {
      label: ['法定代表人', '负责人', '经营者', '执行事务合伙人'].map(spaced).join('|'),
      where: besideLabel,
      pattern: `^\\s*([${cjk}][${cjk}·]{1,9})`,
    },
    registered_capital: {
      label: spaced('注册资本'),
      where: besideLabel,
      pattern: '^\\s*(.+?)\\s*$',
      transforms: tidy,
    },
    date_of_establishment: {
      label: spaced('成立日期'),
      where: besideLabel,
      pattern: `(${date})`,
      transforms: tidy,
    },
    business_term: {
      label: spaced('营业期限'),
      where: besideLabel,
      pattern: `(${date}\\s*至\\s*(?:${date}|长\\s*期|永\\s*久))`,
      transforms: tidy,
    },
    address: {
      label: `${['经营场所', '营业场所'].map(spaced).join('|')}|${splitLabel('住', '所')}|^\\s*住\\s*$`,
      where: besideLabel,
      // When the detector splits 住 from 所, 所 may open the value's line.
      pattern: '^\\s*(?:所\\s*)?(.+?)\\s*$',
      transforms: tidy,
    },
    // The paragraph runs over several lines of the left column while the right column holds 住所 on
    // its first row: the region keeps the left column's lower part, and the text ends at the seal or
    // the publicity notice at the foot.
    business_scope: {
      scope: 'text',
      largestIn: { x: 0, y: 0.42, width: 0.5, height: 0.48 },
      pattern: `${spaced('经营范围')}\\s*([\\s\\S]+?)\\s*(?:${spaced('登记机关')}|国家企业信用|$)`,
      transforms: tidy,
    },
    registration_authority: {
      label: spaced('登记机关'),
      where: ['same-line', 'right', 'below'],
      pattern: `([${cjk}]{2,30}?(?:市场监督管理局|工商行政管理局|行政审批服务局|行政审批局|管理局|局))`,
      transforms: tidy,
    },
    issue_date: {
      pattern: `^\\s*(${date})\\s*$`,
      nearestTo: spaced('登记机关'),
      transforms: tidy,
    },
  },
}

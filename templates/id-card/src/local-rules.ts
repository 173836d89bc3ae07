import type { LocalRules } from '@tiqu/core'

// Building blocks. OCR of a card drops or adds spaces at random, so patterns allow them and the
// transforms remove them; text reaches the rules already half-width.
const cjk = '\\u4e00-\\u9fff'
const tidy: Array<'remove-spaces'> = ['remove-spaces']
const idNumber = '\\d(?:\\s*\\d){16}\\s*[\\dXx]'
const date = '\\d{4}\\s*\\.\\s*\\d{2}\\s*\\.\\s*\\d{2}'

/**
 * How the embedded engine reads a card's OCR lines. Every value is anchored on its printed label
 * (姓名, 性别, 民族, 出生, 住址, 公民身份号码, 签发机关, 有效期限), on the same line when the detector
 * merges label and value, or to its right on the label's row. The address runs over up to three lines
 * between 住址 and 公民身份号码, so it is read from the whole text between the two labels.
 *
 * `side` is not printed, so it is told by the labels each side carries: the portrait side's 姓名, 住址
 * and 公民身份号码, or else the emblem side's 签发机关 and 有效期限 — a fixed `value` when they match.
 */
export const localRules: LocalRules = {
  fields: {
    side: [
      { pattern: '姓\\s*名|住\\s*址|公\\s*民\\s*身\\s*份\\s*号\\s*码', value: 'front' },
      { pattern: '签\\s*发\\s*机\\s*关|有\\s*效\\s*期\\s*限', value: 'back' },
    ],
    name: {
      label: '姓\\s*名',
      where: ['same-line', 'right'],
      pattern: `^\\s*([${cjk}][${cjk}·•]{0,14})\\s*$`,
      transforms: tidy,
    },
    sex: { label: '性\\s*别', where: ['same-line', 'right'], pattern: '^\\s*([男女])' },
    ethnicity: [
      { label: '民\\s*族', where: ['same-line', 'right'], pattern: `^\\s*([${cjk}]{1,4})\\s*$` },
      // The detector may merge the ethnicity into the sex line: '男 民族汉'.
      { pattern: `民\\s*族\\s*([${cjk}]{1,4})\\s*$` },
    ],
    birth_date: [
      {
        label: '出\\s*生',
        where: ['same-line', 'right'],
        scope: 'text',
        pattern: '(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)',
        transforms: tidy,
      },
      { scope: 'text', pattern: '(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)', transforms: tidy },
    ],
    address: [
      { scope: 'text', pattern: '住\\s*址\\s*([\\s\\S]+?)\\s*公\\s*民\\s*身\\s*份', transforms: tidy },
      {
        label: '住\\s*址',
        where: ['same-line', 'right', 'below'],
        scope: 'text',
        pattern: '([\\s\\S]+)',
        transforms: tidy,
      },
    ],
    id_number: [
      {
        label: '公民身份号码|身份号码',
        where: ['same-line', 'right'],
        pattern: `(${idNumber})`,
        transforms: tidy,
      },
      { pattern: `(?<![\\dA-Z])(${idNumber})(?![\\dA-Z])`, transforms: tidy },
    ],
    issuing_authority: {
      label: '签\\s*发\\s*机\\s*关',
      where: ['same-line', 'right'],
      pattern: `^\\s*([${cjk}][${cjk}\\s]*[局所处厅])\\s*$`,
      transforms: tidy,
    },
    validity_period: [
      {
        label: '有\\s*效\\s*期\\s*限',
        where: ['same-line', 'right'],
        scope: 'text',
        pattern: `(${date}\\s*[-–—~]\\s*(?:${date}|长\\s*期))`,
        transforms: tidy,
      },
      { scope: 'text', pattern: `(${date}\\s*[-–—~]\\s*(?:${date}|长\\s*期))`, transforms: tidy },
    ],
  },
}

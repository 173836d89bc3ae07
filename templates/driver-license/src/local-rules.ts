import type { LocalRules } from '@tiqu/core'

// Building blocks. OCR drops or adds spaces at random, so patterns allow them and the transforms
// remove them; text reaches the rules already half-width.
const cjk = '\\u4e00-\\u9fff'
const tidy: Array<'remove-spaces'> = ['remove-spaces']
const spaced = (text: string) => [...text].join('\\s*')
/**
 * A label cell: the Chinese word, then the English one the licence prints beside it ('Date of Birth'),
 * which the detector may box with the word and misspell ('Adress'); both are removed before the value
 * is read. The English ends in a lower-case letter, so that it never takes a class code ('Class C1').
 */
const label = (chinese: string) => `${spaced(chinese)}(?:\\s*[A-Za-z][A-Za-z .']*[a-z])?`
const beside = ['same-line', 'right'] as Array<'same-line' | 'right'>
const idNumber = '\\d(?:\\s*\\d){16}\\s*[\\dXx]'
const date = '\\d{4}\\s*-\\s*\\d{2}\\s*-\\s*\\d{2}'
const classCodes = '(?:A[1-3]|B[12]|C[1-6]|[DEFMNP])'

/**
 * How the embedded engine reads the main page's OCR lines. Every value sits right of its label cell
 * (证号, 姓名, 性别, 国籍, 住址, 出生日期, 初次领证日期, 准驾车型, 有效期限), on the label's own line
 * when the detector merges them, else on its row. The address may run onto a second line, so it is the
 * text between 住址 and 出生日期. Both ends of the validity period are on its one line, either side of
 * 至. The issuing authority is the seal's line, the only one naming a 公安 office.
 */
export const localRules: LocalRules = {
  fields: {
    license_number: [
      { label: spaced('证号'), where: beside, pattern: `(${idNumber})`, transforms: tidy },
      { pattern: `(?<![\\dA-Z])(${idNumber})(?![\\dA-Z])`, transforms: tidy },
    ],
    name: {
      label: label('姓名'),
      where: beside,
      pattern: `^\\s*([${cjk}][${cjk}·•]{0,9}?)\\s*(?:${spaced('性别')}|$)`,
      transforms: tidy,
    },
    sex: { label: label('性别'), where: beside, pattern: '^\\s*([男女])' },
    nationality: {
      label: label('国籍'),
      where: beside,
      pattern: `^\\s*([${cjk}][${cjk}·\\s]{0,15}?)\\s*$`,
      transforms: tidy,
    },
    address: [
      {
        scope: 'text',
        pattern: `${label('住址')}\\s*([\\s\\S]+?)\\s*${spaced('出生日期')}`,
        transforms: tidy,
      },
      {
        label: label('住址'),
        where: ['same-line', 'right', 'below'],
        scope: 'text',
        pattern: '([\\s\\S]+)',
        transforms: tidy,
      },
    ],
    birth_date: {
      label: label('出生日期'),
      where: beside,
      pattern: `(${date})`,
      transforms: tidy,
    },
    first_issue_date: {
      label: label('初次领证日期'),
      where: beside,
      pattern: `(${date})`,
      transforms: tidy,
    },
    vehicle_class: {
      label: label('准驾车型'),
      where: beside,
      pattern: `^\\s*(${classCodes}(?:\\s*${classCodes})*)\\s*$`,
      transforms: tidy,
    },
    valid_from: [
      {
        label: label('有效期限'),
        where: beside,
        scope: 'text',
        pattern: `(${date})\\s*(?:至|~)`,
        transforms: tidy,
      },
      { scope: 'text', pattern: `(${date})\\s*至`, transforms: tidy },
    ],
    valid_until: [
      {
        label: label('有效期限'),
        where: beside,
        scope: 'text',
        pattern: `(?:至|~)\\s*(${date}|长\\s*期)`,
        transforms: tidy,
      },
      { scope: 'text', pattern: `至\\s*(${date}|长\\s*期)`, transforms: tidy },
    ],
    issuing_authority: {
      pattern: `^\\s*([${cjk}]{2,12}公\\s*安[${cjk}\\s]{0,14}?(?:局|总队|支队|大队))\\s*$`,
      transforms: tidy,
    },
  },
}

import type { LocalRules } from '@tiqu/core'
import { provinces } from './internal/plate-number.js'

// Building blocks. OCR drops or adds spaces at random, so patterns allow them and the transforms
// remove them; text reaches the rules already half-width.
const cjk = '\\u4e00-\\u9fff'
const tidy: Array<'remove-spaces'> = ['remove-spaces']
const spaced = (text: string) => [...text].join('\\s*')
/**
 * A label cell: the Chinese word, then the English one the licence prints beside it ('Use Character',
 * 'Engine No.'), which the detector may box with the word, in either case; both are removed before
 * the value is read. The English ends in a lower-case letter (or its full stop), so that it never
 * takes the start of a value in capitals; 'VIN', all capitals, is named.
 */
const label = (chinese: string) => `${spaced(chinese)}(?:\\s*[A-Za-z][A-Za-z .']*[a-z]\\.?)?`
const beside = ['same-line', 'right'] as Array<'same-line' | 'right'>
// Right-column labels a left value may run into when the detector boxes them together.
const secondLabels = ['车辆类型', '品牌型号', '发证日期'].map(spaced).join('|')
const leftValue = (value: string) => `^\\s*(${value})\\s*(?:${secondLabels}|$)`
const date = '\\d{4}\\s*-\\s*\\d{2}\\s*-\\s*\\d{2}'
const vin = '[0-9A-HJ-NPR-Z](?:\\s?[0-9A-HJ-NPR-Z]){16}'

/**
 * How the embedded engine reads the main page's OCR lines. Every value sits right of its label cell
 * (号牌号码, 车辆类型, 所有人, 住址, 使用性质, 品牌型号, 车辆识别代号, 发动机号码, 注册日期, 发证日期), on the
 * label's own line when the detector merges them, else on its row; a value of the left column stops
 * at a right-column label it ran into. The address may run onto a second line, so it is the text
 * between 住址 and 使用性质. The VIN is also found alone, as the only run of 17 VIN characters.
 */
export const localRules: LocalRules = {
  fields: {
    plate_number: {
      label: label('号牌号码'),
      where: beside,
      pattern: leftValue(`[${provinces}]\\s*[A-Z][·•.]?\\s*[A-Z0-9](?:\\s*[A-Z0-9挂学警港澳]){4,5}`),
      transforms: tidy,
    },
    vehicle_type: {
      label: label('车辆类型'),
      where: beside,
      pattern: `^\\s*([${cjk}][${cjk}\\s]{1,11}?)\\s*$`,
      transforms: tidy,
    },
    owner: {
      label: label('所有人'),
      where: beside,
      pattern: `^\\s*([${cjk}(][^\\n]*?)\\s*$`,
      transforms: tidy,
    },
    address: [
      {
        scope: 'text',
        pattern: `${label('住址')}\\s*([\\s\\S]+?)\\s*${spaced('使用性质')}`,
        transforms: tidy,
      },
      {
        label: label('住址'),
        where: ['same-line', 'right', 'below'],
        pattern: '^\\s*(.+?)\\s*$',
        transforms: tidy,
      },
    ],
    use_character: {
      label: label('使用性质'),
      where: beside,
      pattern: leftValue(`[${cjk}][${cjk}\\s]{0,7}?`),
      transforms: tidy,
    },
    model: {
      label: label('品牌型号'),
      where: beside,
      pattern: `^\\s*([${cjk}][${cjk}\\s]*牌\\s*[A-Z0-9][A-Z0-9\\s\\-()]*?)\\s*$`,
      transforms: tidy,
    },
    vin: [
      {
        label: `${spaced('车辆识别代号')}(?:\\s*VIN)?`,
        where: beside,
        pattern: `^\\s*(${vin})\\s*$`,
        transforms: tidy,
      },
      { pattern: `(?<![0-9A-Z])(${vin})(?![0-9A-Z])`, transforms: tidy },
    ],
    engine_number: {
      label: label('发动机号码'),
      where: beside,
      pattern: '^[\\s.:]*([A-Z0-9][A-Z0-9\\s\\-]*?[A-Z0-9])\\s*$',
      transforms: tidy,
    },
    register_date: {
      label: label('注册日期'),
      where: beside,
      pattern: `(${date})`,
      transforms: tidy,
    },
    issue_date: {
      label: label('发证日期'),
      where: beside,
      pattern: `(${date})`,
      transforms: tidy,
    },
  },
}

import type { LocalRules } from '@tiqu/core'

const number = '\\d+(?:\\.\\d{1,2})?'
const time = '\\d{2}\\s*:\\s*\\d{2}'
const tidy: Array<'halfwidth' | 'remove-spaces'> = ['halfwidth', 'remove-spaces']

/**
 * How the embedded engine reads a taxi receipt: the meter prints one value a line after its label
 * (车号, 日期, 上车, 下车, 单价, 里程, 金额...), and the pre-printed code and number sit under the title.
 * Each rule reads the rest of its label's line, or the line to its right when the two are boxed apart.
 */
export const localRules: LocalRules = {
  fields: {
    invoice_code: {
      label: '发票代码\\s*:?',
      where: ['same-line', 'right'],
      pattern: '^\\s*(\\d{12})(?!\\d)',
    },
    invoice_number: {
      label: '发票号码\\s*:?',
      where: ['same-line', 'right'],
      pattern: '^\\s*(\\d{8})(?!\\d)',
    },
    plate_number: {
      label: '^\\s*车\\s*号\\s*:?',
      where: ['same-line', 'right'],
      pattern: '^\\s*([\\u4e00-\\u9fff]?[A-Z][-·.]?[A-Z0-9]{4,6})\\s*$',
      transforms: tidy,
    },
    date: {
      label: '^\\s*日\\s*期\\s*:?',
      where: ['same-line', 'right'],
      pattern: '(\\d{4}\\s*[-./年]\\s*\\d{1,2}\\s*[-./月]\\s*\\d{1,2}\\s*日?)',
      transforms: tidy,
    },
    pick_up_time: {
      label: '^\\s*上\\s*车\\s*:?',
      where: ['same-line', 'right'],
      pattern: `(${time})`,
      transforms: tidy,
    },
    drop_off_time: {
      label: '^\\s*下\\s*车\\s*:?',
      where: ['same-line', 'right'],
      pattern: `(${time})`,
      transforms: tidy,
    },
    unit_price: {
      label: '^\\s*单\\s*价\\s*:?',
      where: ['same-line', 'right'],
      pattern: `(${number})\\s*元?`,
    },
    distance: {
      label: '^\\s*里\\s*程\\s*:?',
      where: ['same-line', 'right'],
      pattern: `(${number})\\s*(?:km|KM|公里)?`,
    },
    fare: {
      label: '^\\s*金\\s*额\\s*:?',
      where: ['same-line', 'right'],
      pattern: `[¥]?\\s*(${number})\\s*元?`,
    },
    fuel_surcharge: {
      label: '燃油附加费?\\s*:?',
      where: ['same-line', 'right'],
      pattern: `[¥]?\\s*(${number})\\s*元?`,
    },
    total_fare: {
      label: '^\\s*(?:实收金额|实收|合\\s*计)\\s*:?',
      where: ['same-line', 'right'],
      pattern: `[¥]?\\s*(${number})\\s*元?`,
    },
  },
}

import type { LocalLabelPlace, LocalRules } from '@tiqu/core'

// Building blocks of the patterns. The engine makes text half-width before matching (： → :, （ → (),
// so the patterns are written for half-width text.
const cjk = '\\u4e00-\\u9fff'
const amount = '\\d+\\.\\d{2}'
const date = '\\d{4}\\s*-\\s*\\d{1,2}\\s*-\\s*\\d{1,2}'
const station = `[${cjk}]{2,8}`
const flightNumber = '(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4}'
const baggage = '\\d{1,2}\\s*KG?|\\d\\s*PC'
const tidy: Array<'remove-spaces'> = ['remove-spaces']
/**
 * Values are printed under their labels, or, where the printer's line slips up, on the label's line
 * after its English; never to the right, where the next cell's label stands.
 */
const beside: LocalLabelPlace[] = ['same-line', 'below']

/** A bilingual label: the Chinese, then optionally its English, which the detector may box with it. */
function label(chinese: string, english: string): string {
  return `${chinese}(?:\\s*${english})?\\s*:?`
}

/**
 * How the embedded engine reads an itinerary's OCR lines. The form prints each value under its
 * bilingual label (旅客姓名 NAME OF PASSENGER, 电子客票号码 E-TICKET NO., 填开日期 DATE OF ISSUE...), so
 * most rules read the lines below their label. The detector may box two neighbouring labels as one
 * line, so the amounts are also told apart by the codes printed before them: CNY for the fare and the
 * total, CN for the development fund, YQ for the fuel surcharge.
 *
 * `flights` is read from the whole text in reading order (rows top to bottom, each left to right): a
 * flight is the station after 自 FROM or 至 TO followed by carrier, flight number, class, date, time,
 * fare basis and allowance on its row, and its arrival is the station of the next 至 TO row, matched
 * by a lookahead so that the same row can start the next flight.
 */
export const localRules: LocalRules = {
  fields: {
    serial_number: {
      label: '印\\s*刷\\s*序\\s*号\\s*:?',
      where: ['same-line', 'right'],
      pattern: '^\\s*((?:\\d\\s*){11})(?!\\d)',
      transforms: tidy,
    },
    passenger_name: {
      label: label('旅客姓名', 'NAME\\s*OF\\s*PASSENGER'),
      where: beside,
      // A Latin name is written SURNAME/GIVEN, so the label's own English (NAME OF...) is not one.
      pattern: `^\\s*([${cjk}][${cjk}·]{1,14}|[A-Z]+/[A-Z ]+)\\s*$`,
    },
    id_number: {
      label: label('有效身份证件号码', 'ID\\.?\\s*NO\\.?'),
      where: beside,
      // A number has digits: the table's FLIGHT header under a blank cell is not one.
      pattern: '^\\s*(?=[A-Z\\s]*\\d)([0-9A-Z](?:\\s*[0-9A-Z]){5,19})\\s*$',
      transforms: tidy,
    },
    endorsements: {
      label: label('签\\s*注', 'ENDORSEMENTS'),
      where: beside,
      // Under a blank 签注 lie the flight table's headers (时间, 客票级别...), which are not endorsements;
      // the label's English rest (RESTRICTIONS (CARBON)) is not either, as endorsements start in Chinese.
      pattern: `^\\s*(?!时间|日期|客票|有效|免费|座位|航班|承运)([${cjk}][^\\n]*\\S)\\s*$`,
      transforms: ['trim'],
    },
    flights: [
      {
        scope: 'text',
        many: true,
        pattern: [
          // The 自 FROM / 至 TO label may be misread or missed; the strict order after the station holds.
          `(?:(?:自|至)\\s*(?:FROM|TO)?\\s*)?(?<departure_station>${station})`,
          `(?:\\s+(?<carrier>[${cjk}]{2,4}|[A-Z0-9]{2}))?`,
          `\\s*(?<flight_number>${flightNumber})`,
          // A lone class letter is the smallest print on the form: a row whose letter is lost still counts.
          '(?:\\s+(?<seat_class>[A-Z]))?',
          `\\s+(?<date>${date})`,
          '(?:\\s+(?<time>\\d{2}\\s*:?\\s*\\d{2}))?',
          // Fare basis and validity dates, where printed: anything but the allowance.
          `(?:\\s+(?!(?:${baggage})(?!\\S))[A-Z0-9][A-Z0-9/-]*){0,3}`,
          `(?:\\s+(?<baggage_allowance>${baggage})(?!\\S))?`,
          // The arrival is the next row's station: a lookahead, as that row may start the next flight.
          `(?:(?=\\s+(?:至\\s*(?:TO)?\\s*)?(?<arrival_station>${station}))|)`,
        ].join(''),
        transforms: tidy,
      },
    ],
    fare: { label: label('票\\s*价', 'FARE'), where: beside, pattern: `CNY\\s*(${amount})` },
    caac_development_fund: {
      label: label('民航发展基金', 'CAAC'),
      where: beside,
      pattern: `(?<![A-Z])CN(?!Y)\\s*(${amount})`,
    },
    fuel_surcharge: {
      label: label('燃油附加费', 'FUEL\\s*SURCHARGE'),
      where: beside,
      pattern: `YQ\\s*(${amount})`,
    },
    other_taxes: {
      label: label('其他税费', 'OTHER\\s*TAXES'),
      where: beside,
      pattern: `^\\s*(${amount})\\s*$`,
    },
    total: { label: label('合\\s*计', 'TOTAL'), where: beside, pattern: `CNY\\s*(${amount})` },
    ticket_number: {
      label: label('电子客票号码', 'E\\s*-?\\s*TICKET\\s*NO\\.?'),
      where: beside,
      pattern: '^\\s*((?:\\d\\s*){13})(?!\\d)',
      transforms: tidy,
    },
    validation_code: {
      label: label('验证码', 'CK\\.?'),
      where: beside,
      pattern: '^\\s*(\\d{4})\\s*$',
    },
    insurance: {
      label: label('保险费', 'INSURANCE'),
      where: beside,
      pattern: `^\\s*(${amount})\\s*$`,
    },
    agent_code: {
      label: label('销售单位代号', 'AGENT\\s*CODE'),
      where: beside,
      // Codes carry digits ('PEK191'), so a garbled AGENTCODE left after the label is not one.
      pattern: '^\\s*(?=[A-Z]*\\d)([A-Z0-9]{3,12})\\s*$',
    },
    issued_by: {
      label: label('填开单位', 'ISSUED\\s*BY'),
      where: beside,
      pattern: `^\\s*([${cjk}][${cjk}()A-Za-z0-9·]{3,40})\\s*$`,
      transforms: tidy,
    },
    issue_date: {
      label: label('填开日期', 'DATE\\s*OF\\s*ISSUE'),
      where: beside,
      pattern: `(${date})`,
      transforms: tidy,
    },
  },
}

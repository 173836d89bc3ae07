import type { LocalRules } from '@tiqu/core'

// Building blocks of the patterns. OCR of a ticket drops or adds spaces at random and may return
// full-width forms (＊, ：, ￥), so the patterns allow both and the transforms normalise the value.
const cjk = '\\u4e00-\\u9fff'
const station = `[${cjk}]{1,7}\\s*站`
const train = '[GDCZTKSYL]?\\d{1,4}'
const maskedId = '\\d{10}\\s*[*＊]{4}\\s*\\d{3}\\s*[\\dXx]'
const name = `[${cjk}][${cjk}·•]{1,5}`
const tidy: Array<'halfwidth' | 'remove-spaces'> = ['halfwidth', 'remove-spaces']

/**
 * How the embedded engine reads a paper ticket's OCR lines. The layout anchors each value: the red
 * serial alone at the top left, the two stations as the only lines ending in 站 (left one first in
 * reading order), the train number alone on their row, the ID number and name on one line. Where the
 * detector may merge neighbours into one line, an alternative reads the merged form. Rows and
 * reading order follow the ticket's own lines, so a photo taken at a slant reads the same.
 */
export const localRules: LocalRules = {
  fields: {
    // Alone on its line, which keeps the 21-character ticket code at the bottom (which ends in the
    // same digits) from matching.
    invoice_number: {
      pattern: '^\\s*((?:[A-Z0-9]{2,3}\\s?)?[A-Z]\\s?\\d{6})\\s*$',
      transforms: ['remove-spaces'],
    },
    // Between the stations, on their row; a line of digits elsewhere (a gate, a seat) cannot be taken.
    train_number: [
      { pattern: `^\\s*(${train})\\s*$`, sameRowAs: `${station}\\s*$` },
      { pattern: `站\\s*(${train})\\s*[→>]?\\s*[${cjk}]` },
      { pattern: `^\\s*(${train})\\s*$` },
    ],
    departure_station: [
      { pattern: `^\\s*(${station})\\s*${train}`, transforms: ['remove-spaces'] },
      { pattern: `^\\s*(${station})\\s*$`, transforms: ['remove-spaces'] },
    ],
    arrival_station: [
      { pattern: `${train}\\s*[→>]?\\s*(${station})\\s*$`, transforms: ['remove-spaces'] },
      { pattern: `^\\s*(${station})\\s*$`, occurrence: 1, transforms: ['remove-spaces'] },
    ],
    departure_date_and_time: {
      pattern: '(\\d{4}\\s*年\\s*\\d{2}\\s*月\\s*\\d{2}\\s*日\\s*\\d{2}\\s*[:：]\\s*\\d{2}\\s*开)',
      transforms: tidy,
    },
    seat_number: {
      pattern: '(\\d{2}\\s*车\\s*(?:\\d{2,3}\\s*[A-F]?\\s*号(?:\\s*[上中下]铺)?|无座))',
      transforms: tidy,
    },
    // Longest names first, so that 高级软卧 is not read as 软卧.
    seat_class: {
      pattern:
        '((?:新空调)?(?:商务座|特等座|一等座|二等座|高级软卧|一等卧|二等卧|软卧|硬卧|动卧|软座|硬座|无座))',
    },
    ticket_price: [
      { pattern: '[¥￥]\\s*(\\d{1,5}(?:\\.\\d{1,2})?)', transforms: tidy },
      // The yen sign is small and sometimes lost or misread; the decimal amount before 元 remains.
      { pattern: '(\\d{1,5}\\.\\d{1,2})\\s*元', transforms: tidy },
    ],
    id_card_number: [
      { pattern: `(${maskedId})`, transforms: tidy },
      { pattern: '(?<![\\dA-Z])(\\d{17}[\\dXx])(?![\\dA-Z])', transforms: tidy },
    ],
    passenger_name: [
      { pattern: `[*＊]{4}\\s*\\d{3}\\s*[\\dXx]\\s*(${name})\\s*$` },
      { pattern: `(?<![\\dA-Z])\\d{17}[\\dXx]\\s*(${name})\\s*$` },
      // The detector may box the name apart from the number: read it to the right of the number.
      { label: maskedId, where: ['same-line', 'right'], pattern: `^\\s*(${name})\\s*$` },
    ],
  },
}

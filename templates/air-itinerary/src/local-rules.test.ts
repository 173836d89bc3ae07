import type { OcrLine } from '@tiqu/core'
import { fillFromRules } from '@tiqu/engine-local'
import { expect, it } from 'vitest'
import { localRules } from './local-rules.js'
import { schema } from './schema.js'

const line = (text: string, x: number, y: number, width: number, height = 28): OcrLine => ({
  text,
  box: { x, y, width, height },
  score: 0.97,
})

// A page as the detector might box it worse than the fixtures: neighbouring labels merged into one
// line, the 签注 cell blank, a 至 TO label and a lone class letter lost.
const lines = [
  line('航空运输电子客票行程单', 620, 26, 560, 44),
  line('印刷序号:', 1340, 34, 100, 22),
  line('28593017346', 1460, 28, 260, 34),
  line('旅客姓名NAME OF PASSENGER', 44, 130, 260, 18),
  line('有效身份证件号码ID.NO.', 484, 130, 220, 18),
  line('签注ENDORSEMENTS/RESTRICTIONS(CARBON)', 974, 130, 420, 18),
  line('ZHANG/WEI MR', 54, 164, 200),
  line('E12345678', 494, 164, 160),
  line('承运人', 410, 220, 54, 18),
  line('航班号', 540, 220, 54, 18),
  line('日期', 830, 220, 36, 18),
  line('时间', 1030, 220, 36, 18),
  line('客票级别/客票类别', 1160, 220, 160, 18),
  line('自FROM 深圳宝安', 44, 282, 230),
  line('深航', 414, 282, 52),
  line('ZH9811', 544, 282, 100),
  line('2025-06-18', 834, 282, 160),
  line('0730', 1034, 282, 64),
  line('20K', 1684, 282, 50),
  line('重庆江北', 140, 336, 104),
  line('至TO', 44, 390, 46, 20),
  line('票价FARE', 44, 560, 80, 18),
  line('民航发展基金CAAC DEVELOPMENT FUND燃油附加费FUEL SURCHARGE', 414, 560, 480, 18),
  line('其他税费OTHER TAXES', 1074, 560, 190, 18),
  line('合计TOTAL', 1394, 560, 96, 18),
  line('CNY 890.00', 54, 594, 150),
  line('CN 50.00', 424, 594, 120),
  line('YQ 10.00', 784, 594, 120),
  line('CNY 950.00', 1404, 594, 150),
  line('电子客票号码E-TICKET NO.', 44, 650, 220, 18),
  line('验证码CK.', 484, 650, 80, 18),
  line('保险费INSURANCE', 1394, 650, 150, 18),
  line('479 2583 0917 46', 54, 684, 230),
  line('6638', 494, 684, 64),
  line('XXX', 1404, 684, 48),
  line('销售单位代号AGENT CODE', 44, 740, 200, 18),
  line('填开单位ISSUED BY', 484, 740, 150, 18),
  line('填开日期DATE OF ISSUE', 1394, 740, 190, 18),
  line('SZX018', 54, 774, 100),
  line('深圳航空有限责任公司', 494, 774, 280),
  line('2025-06-10', 1404, 774, 160),
]

it('reads a page whose labels are merged, whose class letter and a 至 TO label are lost', () => {
  expect(fillFromRules(lines, localRules, schema)).toEqual({
    serial_number: '28593017346',
    passenger_name: 'ZHANG/WEI MR',
    id_number: 'E12345678',
    // Under the blank 签注 cell lie only the table's headers.
    endorsements: null,
    flights: [
      {
        departure_station: '深圳宝安',
        carrier: '深航',
        flight_number: 'ZH9811',
        seat_class: null,
        date: '2025-06-18',
        time: '0730',
        baggage_allowance: '20K',
        arrival_station: '重庆江北',
      },
    ],
    fare: '890.00',
    caac_development_fund: '50.00',
    fuel_surcharge: '10.00',
    other_taxes: null,
    total: '950.00',
    ticket_number: '4792583091746',
    validation_code: '6638',
    insurance: null,
    agent_code: 'SZX018',
    issued_by: '深圳航空有限责任公司',
    issue_date: '2025-06-10',
  })
})

it('reads no flight from a page without a flight table', () => {
  const header = lines.filter((entry) => entry.box.y < 250 || entry.box.y > 500)
  expect(fillFromRules(header, localRules, schema)).toMatchObject({ flights: null, total: '950.00' })
})

it('reads values printed on their label line, after the English', () => {
  const slipped = [
    line('票价FARE CNY 890.00', 44, 560, 260),
    line('合计TOTAL CNY 950.00', 1394, 560, 280),
    line('验证码CK. 6638', 484, 650, 160),
    line('电子客票号码E-TICKET NO. 4792583091746', 44, 700, 420),
    line('销售单位代号AGENTCODE', 44, 740, 200, 18),
    line('填开日期DATE OF ISSUE 2025-06-10', 1394, 740, 330),
  ]
  expect(fillFromRules(slipped, localRules, schema)).toMatchObject({
    fare: '890.00',
    total: '950.00',
    validation_code: '6638',
    ticket_number: '4792583091746',
    // The label's English run together is not an agent code.
    agent_code: null,
    issue_date: '2025-06-10',
  })
})

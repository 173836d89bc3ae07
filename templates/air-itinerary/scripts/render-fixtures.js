// @ts-check
/**
 * Renders the template's fixtures: air itineraries of six airlines with invented passengers (valid
 * ID check characters, nobody's), ticket numbers under each airline's accounting code, and amounts
 * that add up, one-way, round trip, connecting and three flights, with and without insurance and a blank
 * other-taxes cell; drawn with @tiqu/testing's renderDocument and delivered as a scan, a crooked scan,
 * a blurred noisy copy, two desk photos and a noisy low-quality JPEG. Writes fixtures/<name>.jpg and fixtures/rendered.json,
 * which src/index.ts lists in `examples`. Deterministic: a re-run writes the same bytes.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-air-itinerary render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { itineraryLayout } from './itinerary-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** @type {Array<{ name: string, itinerary: import('./itinerary-layout.js').DrawnItinerary, render: import('@tiqu/testing').RenderOptions }>} */
const fixtures = [
  {
    name: 'air-itinerary-one-way-scan',
    itinerary: {
      serial_number: '39018264751',
      passenger_name: '王建华',
      id_number: '110108199003152417',
      endorsements: '不得签转/变更退票收费',
      flights: [
        {
          departure_station: '北京首都',
          arrival_station: '上海虹桥',
          carrier: '国航',
          flight_number: 'CA1501',
          seat_class: 'Y',
          date: '2024-05-12',
          time: '08:30',
          fareBasis: 'Y',
          baggage_allowance: '20K',
        },
      ],
      fare: '1130.00',
      caac_development_fund: '50.00',
      fuel_surcharge: '20.00',
      other_taxes: '0.00',
      total: '1200.00',
      ticket_number: '9992145803617',
      validation_code: '4821',
      information: '请于航班起飞前45分钟办理乘机手续',
      insurance: null,
      agent_code: 'PEK191',
      issued_by: '北京蓝天航空服务有限公司',
      issue_date: '2024-05-10',
    },
    render: { seed: 41 },
  },
  {
    name: 'air-itinerary-round-trip-skewed',
    itinerary: {
      serial_number: '51273809462',
      passenger_name: '李秀英',
      id_number: '310104198811203240',
      endorsements: '不得签转',
      flights: [
        {
          departure_station: '上海虹桥',
          arrival_station: '西安咸阳',
          carrier: '东航',
          flight_number: 'MU2271',
          seat_class: 'B',
          date: '2024-09-03',
          time: '14:35',
          fareBasis: 'B',
          baggage_allowance: '20K',
        },
        {
          departure_station: '西安咸阳',
          arrival_station: '上海虹桥',
          carrier: '东航',
          flight_number: 'MU2158',
          seat_class: 'B',
          date: '2024-09-06',
          time: '19:10',
          fareBasis: 'B',
          baggage_allowance: '20K',
        },
      ],
      fare: '1460.00',
      caac_development_fund: '100.00',
      fuel_surcharge: '60.00',
      other_taxes: '0.00',
      total: '1620.00',
      ticket_number: '7812356094718',
      validation_code: '0736',
      information: '请以航空公司公布的航班信息为准',
      insurance: null,
      agent_code: 'SHA088',
      issued_by: '中国东方航空股份有限公司',
      issue_date: '2024-08-28',
    },
    render: { rotation: -3, seed: 42 },
  },
  {
    name: 'air-itinerary-insured-blurred',
    itinerary: {
      serial_number: '70465123980',
      passenger_name: '陈静',
      id_number: '440106199503128820',
      endorsements: '不得签转/变更退票收费',
      flights: [
        {
          departure_station: '广州白云',
          arrival_station: '北京大兴',
          carrier: '南航',
          flight_number: 'CZ3103',
          seat_class: 'Y',
          date: '2025-01-18',
          time: '09:00',
          fareBasis: 'Y',
          baggage_allowance: '20K',
        },
      ],
      fare: '1700.00',
      caac_development_fund: '50.00',
      fuel_surcharge: '40.00',
      other_taxes: '0.00',
      total: '1820.00',
      ticket_number: '7844219057362',
      validation_code: '9052',
      information: '请于航班起飞前45分钟办理乘机手续',
      insurance: '30.00',
      agent_code: 'CAN275',
      issued_by: '广州南湖国际旅行社有限公司',
      issue_date: '2025-01-16',
    },
    render: { blur: 1.1, noise: 0.15, jpegQuality: 60, seed: 43 },
  },
  {
    name: 'air-itinerary-connecting-photo',
    itinerary: {
      serial_number: '28593017346',
      passenger_name: '欧阳明轩',
      id_number: 'EJ4827153',
      endorsements: null,
      flights: [
        {
          departure_station: '海口美兰',
          arrival_station: '长沙黄花',
          carrier: '海航',
          flight_number: 'HU7181',
          seat_class: 'H',
          date: '2024-11-22',
          time: '07:45',
          fareBasis: 'H',
          baggage_allowance: '20K',
        },
        {
          departure_station: '长沙黄花',
          arrival_station: '哈尔滨太平',
          carrier: '海航',
          flight_number: 'HU7263',
          seat_class: 'H',
          date: '2024-11-22',
          time: '12:20',
          fareBasis: 'H',
          baggage_allowance: '20K',
        },
      ],
      fare: '1980.00',
      caac_development_fund: '100.00',
      fuel_surcharge: '80.00',
      other_taxes: '0.00',
      total: '2160.00',
      ticket_number: '8803640129574',
      validation_code: '3318',
      information: '联程航班请在中转站重新办理乘机手续',
      insurance: null,
      agent_code: 'HAK012',
      issued_by: '海南航空控股股份有限公司',
      issue_date: '2024-11-20',
    },
    render: { photo: true, rotation: 4, blur: 0.6, noise: 0.1, jpegQuality: 80, seed: 44 },
  },
  {
    name: 'air-itinerary-first-class-noisy',
    itinerary: {
      serial_number: '64120358897',
      passenger_name: '刘雨桐',
      id_number: '51010720010215602X',
      endorsements: '不得签转',
      flights: [
        {
          departure_station: '成都天府',
          arrival_station: '拉萨贡嘎',
          carrier: '川航',
          flight_number: '3U8633',
          seat_class: 'F',
          date: '2025-03-07',
          time: '10:15',
          fareBasis: 'F',
          baggage_allowance: '40K',
        },
      ],
      fare: '2450.00',
      caac_development_fund: '50.00',
      fuel_surcharge: '30.00',
      other_taxes: '0.00',
      total: '2530.00',
      ticket_number: '8762581093346',
      validation_code: '5107',
      information: '高原航线请注意身体状况',
      insurance: '20.00',
      agent_code: 'CTU356',
      issued_by: '成都锦程商务旅行服务有限公司',
      issue_date: '2025-03-01',
    },
    render: { rotation: 2.5, noise: 0.3, jpegQuality: 50, seed: 45 },
  },
  {
    name: 'air-itinerary-three-flights-photo',
    itinerary: {
      serial_number: '83016429575',
      passenger_name: '黄志强',
      id_number: '350203197806053913',
      endorsements: '不得签转/不得退票',
      flights: [
        {
          departure_station: '厦门高崎',
          arrival_station: '杭州萧山',
          carrier: '厦航',
          flight_number: 'MF8301',
          seat_class: 'M',
          date: '2025-04-02',
          time: '07:20',
          fareBasis: 'M',
          baggage_allowance: '20K',
        },
        {
          departure_station: '杭州萧山',
          arrival_station: '西宁曹家堡',
          carrier: '厦航',
          flight_number: 'MF8154',
          seat_class: 'M',
          date: '2025-04-05',
          time: '13:05',
          fareBasis: 'M',
          baggage_allowance: '20K',
        },
        {
          departure_station: '西宁曹家堡',
          arrival_station: '厦门高崎',
          carrier: '厦航',
          flight_number: 'MF8155',
          seat_class: 'M',
          date: '2025-04-09',
          time: '16:40',
          fareBasis: 'M',
          baggage_allowance: '20K',
        },
      ],
      fare: '2860.00',
      caac_development_fund: '150.00',
      fuel_surcharge: '90.00',
      other_taxes: null,
      total: '3100.00',
      ticket_number: '7315820914736',
      validation_code: '2094',
      information: '航班起飞前45分钟停止办理乘机手续',
      insurance: '40.00',
      agent_code: 'XMN203',
      issued_by: '厦门航空有限公司',
      issue_date: '2025-03-28',
    },
    render: { photo: true, rotation: -5, blur: 0.8, noise: 0.15, jpegQuality: 65, seed: 46 },
  },
]

/**
 * The values the template reads: everything drawn but the notice and each flight's fare basis.
 * @param {import('./itinerary-layout.js').DrawnItinerary} itinerary
 */
function expectedValues(itinerary) {
  const { information, ...fields } = itinerary
  // Overwriting `flights` keeps its place among the keys, so the file reads in the schema's order.
  return { ...fields, flights: fields.flights.map(({ fareBasis, ...flight }) => flight) }
}

/** @type {Array<{ image: string, expected: { [field: string]: unknown } }>} */
const rendered = []
for (const fixture of fixtures) {
  const bytes = await renderDocument(itineraryLayout(fixture.itinerary), fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: expectedValues(fixture.itinerary) })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

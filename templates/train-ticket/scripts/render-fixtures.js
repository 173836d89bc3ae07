// @ts-check
/**
 * Renders the template's fixtures: train tickets with different values, drawn with @tiqu/testing's
 * renderDocument and delivered as a scan, a crooked scan, a blurred copy, a desk photo and a noisy
 * low-quality JPEG. Writes fixtures/<name>.jpg and fixtures/rendered.json (each image with the values
 * drawn on it, exactly), which src/index.ts lists in `examples`. Deterministic: a re-run writes the
 * same bytes. Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-train-ticket render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { expectedTrainTicket, trainTicketSample } from '../../../scripts/lib/train-ticket-sample.js'
import { ticketLayout } from './ticket-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Invented passengers and ID numbers (plausible region codes and birth years, nobody's). Each ticket
 * differs from the others in every field the template reads, and in train kind and seat form.
 * @type {Array<{ name: string, ticket: Partial<typeof trainTicketSample>, render: import('@tiqu/testing').RenderOptions }>}
 */
const fixtures = [
  {
    name: 'ticket-d-train-scan',
    ticket: {
      serial: 'E23A081562',
      saleStation: '杭州东站售',
      checkGate: '检票:3A',
      trainNumber: 'D3125',
      departure: { name: '杭州东', pinyin: 'Hangzhoudong' },
      arrival: { name: '南京南', pinyin: 'Nanjingnan' },
      date: '2025年03月07日',
      time: '14:26开',
      seat: '03车07D号',
      seatClass: '一等座',
      price: '188.5',
      idNumber: '3301061985****2716',
      passengerName: '李明',
      ticketCode: '33010301100730A081562',
      saleOffice: '杭州东售',
    },
    render: { seed: 1 },
  },
  {
    name: 'ticket-k-train-skewed',
    ticket: {
      serial: 'K51B337904',
      saleStation: '西安站售',
      checkGate: '检票:7',
      trainNumber: 'K1362',
      departure: { name: '西安', pinyin: "Xi'an" },
      arrival: { name: '成都东', pinyin: 'Chengdudong' },
      date: '2025年11月02日',
      time: '21:48开',
      seat: '12车015号下铺',
      seatClass: '硬卧',
      price: '164.0',
      idNumber: '6101131972****0458',
      passengerName: '王建国',
      ticketCode: '61010301100710B337904',
      saleOffice: '西安售',
    },
    render: { rotation: 4, seed: 2 },
  },
  {
    name: 'ticket-c-train-blurred',
    ticket: {
      serial: 'C08F640213',
      saleStation: '广州南站售',
      checkGate: '检票:B12',
      trainNumber: 'C7015',
      departure: { name: '广州南', pinyin: 'Guangzhounan' },
      arrival: { name: '珠海', pinyin: 'Zhuhai' },
      date: '2025年08月21日',
      time: '07:10开',
      seat: '06车11A号',
      seatClass: '二等座',
      price: '70.0',
      idNumber: '4401062001****531X',
      passengerName: '陈晓燕',
      ticketCode: '44010301100720F640213',
      saleOffice: '广州南售',
    },
    render: { blur: 1.3, noise: 0.08, seed: 3 },
  },
  {
    name: 'ticket-g-train-photo',
    ticket: {
      serial: 'G77H152980',
      saleStation: '深圳北站售',
      checkGate: '检票:A5',
      trainNumber: 'G80',
      departure: { name: '深圳北', pinyin: 'Shenzhenbei' },
      arrival: { name: '北京西', pinyin: 'Beijingxi' },
      date: '2025年12月30日',
      time: '10:00开',
      seat: '01车02C号',
      seatClass: '商务座',
      price: '3367.5',
      idNumber: '4403051968****0925',
      passengerName: '赵敏',
      ticketCode: '44030301100750H152980',
      saleOffice: '深圳北售',
    },
    render: { photo: true, rotation: -7, blur: 0.7, noise: 0.15, jpegQuality: 78, seed: 4 },
  },
  {
    name: 'ticket-t-train-noisy',
    ticket: {
      serial: 'T30K905471',
      saleStation: '郑州站售',
      checkGate: '检票:9B',
      trainNumber: 'T55',
      departure: { name: '郑州', pinyin: 'Zhengzhou' },
      arrival: { name: '武昌', pinyin: 'Wuchang' },
      date: '2025年01月15日',
      time: '05:37开',
      seat: '08车096号',
      seatClass: '硬座',
      price: '45.5',
      idNumber: '4101051995****8843',
      passengerName: '刘洋',
      ticketCode: '41010301100740K905471',
      saleOffice: '郑州售',
    },
    render: { noise: 0.3, jpegQuality: 45, seed: 5 },
  },
]

/** @type {Array<{ image: string, expected: { [field: string]: unknown } }>} */
const rendered = []
for (const fixture of fixtures) {
  const ticket = { ...trainTicketSample, ...fixture.ticket }
  const bytes = await renderDocument(ticketLayout(ticket), fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: expectedTrainTicket(ticket) })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

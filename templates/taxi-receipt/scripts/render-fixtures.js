// @ts-check
/**
 * Renders the template's fixtures: taxi receipts of five cities, with and without a fuel surcharge
 * and a total line, one ride across midnight, drawn with @tiqu/testing's renderDocument and delivered
 * as a scan, a crooked scan, a desk photo, a blurred copy and a noisy low-quality JPEG. Writes
 * fixtures/<name>.jpg and fixtures/rendered.json, which src/index.ts lists in `examples`.
 * Deterministic. Needs the Noto CJK fonts and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-taxi-receipt render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { receiptLayout } from './receipt-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Fares follow each city's tariff: flag-fall for the first 3 km, then the unit price per km, plus waiting.
 * @type {Array<{ name: string, receipt: import('./receipt-layout.js').DrawnReceipt, render: import('@tiqu/testing').RenderOptions }>}
 */
const fixtures = [
  {
    name: 'taxi-beijing-scan',
    receipt: {
      title: '北京市出租汽车专用发票',
      phone: '96123',
      licence: '310482',
      waiting: '00:03:15',
      invoice_code: '111001681009',
      invoice_number: '32657108',
      plate_number: '京B-T3286',
      date: '2024-03-15',
      pick_up_time: '08:12',
      drop_off_time: '08:41',
      unit_price: '2.30',
      distance: '12.6',
      fare: '36.00',
      fuel_surcharge: '1.00',
      total_fare: '37.00',
    },
    render: { seed: 21 },
  },
  {
    name: 'taxi-shanghai-skewed',
    receipt: {
      title: '上海市出租汽车统一发票',
      phone: '12328',
      licence: '208817',
      waiting: '00:01:40',
      invoice_code: '131001681002',
      invoice_number: '05184263',
      plate_number: '沪FX8125',
      date: '2024-07-02',
      pick_up_time: '18:05',
      drop_off_time: '18:27',
      unit_price: '2.70',
      distance: '8.4',
      fare: '30.00',
      fuel_surcharge: null,
      total_fare: null,
    },
    render: { rotation: -4, seed: 22 },
  },
  {
    name: 'taxi-guangzhou-photo',
    receipt: {
      title: '广州市出租汽车专用发票',
      phone: '96900',
      licence: '451230',
      waiting: '00:05:02',
      invoice_code: '144011681101',
      invoice_number: '61920475',
      plate_number: '粤A-D7391',
      date: '2025-01-21',
      pick_up_time: '14:36',
      drop_off_time: '15:12',
      unit_price: '2.60',
      distance: '18.2',
      fare: '52.00',
      fuel_surcharge: '2.00',
      total_fare: '54.00',
    },
    render: { photo: true, rotation: 6, blur: 0.6, noise: 0.12, jpegQuality: 75, seed: 23 },
  },
  {
    name: 'taxi-shenzhen-blurred',
    receipt: {
      title: '深圳市出租小汽车专用发票',
      phone: '12345',
      licence: '730915',
      waiting: '00:00:48',
      invoice_code: '144031681205',
      invoice_number: '00473816',
      plate_number: '粤B-2T8K6',
      date: '2023-10-05',
      pick_up_time: '09:58',
      drop_off_time: '10:16',
      unit_price: '2.70',
      distance: '6.5',
      fare: '20.00',
      fuel_surcharge: null,
      total_fare: '20.00',
    },
    render: { blur: 1.2, noise: 0.08, seed: 24 },
  },
  {
    name: 'taxi-hangzhou-night-noisy',
    receipt: {
      title: '杭州市出租汽车专用发票',
      phone: '12345',
      licence: '116203',
      waiting: '00:02:10',
      invoice_code: '133011681003',
      invoice_number: '87215094',
      plate_number: '浙A-T5210',
      date: '2024-12-31',
      pick_up_time: '23:41',
      drop_off_time: '00:18',
      unit_price: '2.50',
      distance: '23.7',
      fare: '66.00',
      fuel_surcharge: '1.00',
      total_fare: '67.00',
    },
    render: { noise: 0.3, jpegQuality: 50, seed: 25 },
  },
]

const drawnOnly = ['title', 'phone', 'licence', 'waiting']

/** @type {Array<{ image: string, expected: { [field: string]: unknown } }>} */
const rendered = []
for (const fixture of fixtures) {
  const bytes = await renderDocument(receiptLayout(fixture.receipt), fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  const expected = Object.fromEntries(
    Object.entries(fixture.receipt).filter(([key]) => !drawnOnly.includes(key)),
  )
  rendered.push({ image, expected })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

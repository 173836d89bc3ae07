// @ts-check
/**
 * Renders the template's fixtures: five forms of labelled values (a delivery note, an English
 * registration card, a medical check-up header, an equipment nameplate, a hotel bill), one or two
 * "label：value" pairs a row, drawn with @tiqu/testing's renderDocument as a scan, a photo, a crooked
 * blurred copy, a noisy JPEG and a grey copy. Writes fixtures/<name>.jpg and fixtures/rendered.json
 * (each image with its pairs in reading order, exactly). Deterministic: a re-run writes the same bytes.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-key-values render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * @typedef {[string, string]} Pair
 * @typedef {{ name: string, title: string, colon: string, font: 'sans' | 'serif' | 'mono',
 *   rows: Pair[][], render: import('@tiqu/testing').RenderOptions }} Form
 */

/** @type {Form[]} */
const forms = [
  {
    name: 'delivery-note-scan',
    title: '送货单',
    colon: '：',
    font: 'sans',
    render: { seed: 81 },
    rows: [
      [
        ['单号', 'SH20250314-027'],
        ['日期', '2025-03-14'],
      ],
      [['收货单位', '杭州明远贸易有限公司']],
      [
        ['联系人', '周敏'],
        ['电话', '0571-86021734'],
      ],
      [['送货地址', '杭州市西湖区文三路259号']],
      [
        ['件数', '12箱'],
        ['重量', '86.5kg'],
      ],
    ],
  },
  {
    name: 'registration-english-photo',
    title: 'Visitor Registration',
    colon: ':',
    font: 'sans',
    render: { photo: true, rotation: 3, blur: 0.5, noise: 0.07, jpegQuality: 82, seed: 82 },
    rows: [
      [['Name', 'Laura Fischer']],
      [['Company', 'Bergmann Logistics GmbH']],
      [['Visiting', 'Mr. Zhang Wei']],
      [
        ['Date', '18 April 2025'],
        ['Badge', 'V-0417'],
      ],
      [
        ['Arrival', '09:40'],
        ['Departure', '11:15'],
      ],
    ],
  },
  {
    name: 'checkup-header-skewed',
    title: '健康体检报告',
    colon: '：',
    font: 'serif',
    render: { rotation: -4, blur: 0.8, seed: 83 },
    rows: [
      [
        ['姓名', '黄晓燕'],
        ['性别', '女'],
      ],
      [
        ['年龄', '42岁'],
        ['体检编号', 'TJ250402117'],
      ],
      [['单位', '南京市鼓楼区第二小学']],
      [['体检日期', '2025年4月2日']],
    ],
  },
  {
    name: 'nameplate-mono-noisy',
    title: '三相异步电动机',
    colon: ':',
    font: 'mono',
    render: { noise: 0.22, jpegQuality: 58, seed: 84 },
    rows: [
      [
        ['型号', 'Y2-132M-4'],
        ['功率', '7.5kW'],
      ],
      [
        ['电压', '380V'],
        ['电流', '15.4A'],
      ],
      [
        ['转速', '1440r/min'],
        ['频率', '50Hz'],
      ],
      [['出厂编号', '20241108053']],
    ],
  },
  {
    name: 'hotel-bill-grey',
    title: '锦江之星酒店 结账单',
    colon: '：',
    font: 'sans',
    render: { blur: 0.6, jpegQuality: 70, seed: 85 },
    rows: [
      [
        ['房号', '1208'],
        ['房型', '大床房'],
      ],
      [['入住', '2025-05-01 14:30']],
      [['离店', '2025-05-03 11:50']],
      [
        ['房费', '¥598.00'],
        ['押金', '¥300.00'],
      ],
      [['收银员', '陈晨']],
    ],
  },
]

/**
 * @param {Form} form
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
function formLayout(form) {
  const width = 1040
  const left = 70
  const secondColumn = 560
  /** @type {import('@tiqu/testing').DocumentElement[]} */
  const elements = [
    { kind: 'text', text: form.title, x: width / 2, y: 50, size: 40, weight: 'bold', align: 'center' },
  ]
  for (const [index, row] of form.rows.entries()) {
    for (const [column, [label, value]] of row.entries()) {
      elements.push({
        kind: 'text',
        text: `${label}${form.colon}${value}`,
        x: column === 0 ? left : secondColumn,
        y: 150 + index * 70,
        size: 30,
        font: form.font,
      })
    }
  }
  const height = 150 + form.rows.length * 70 + 60
  elements.push({ kind: 'rect', x: 30, y: 20, width: width - 60, height: height - 40, lineWidth: 2 })
  return { width, height, elements }
}

/** @type {Array<{ image: string, expected: { pairs: Array<{ key: string, value: string }> } }>} */
const rendered = []
for (const form of forms) {
  const bytes = await renderDocument(formLayout(form), form.render)
  const image = `fixtures/${form.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  const pairs = form.rows.flat().map(([key, value]) => ({ key, value }))
  rendered.push({ image, expected: { pairs } })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

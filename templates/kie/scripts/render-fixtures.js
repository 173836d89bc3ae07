// @ts-check
/**
 * Renders the template's fixtures: five business documents of different kinds (a purchase order, an
 * English quotation, a receipt voucher, a delivery note without a total, a US service invoice), each
 * with a header, parties, a few lines and a total, drawn with @tiqu/testing's renderDocument as a scan,
 * a photo, a crooked blurred copy, a noisy JPEG and a grey copy. The expected values are the default
 * schema's fields (the document header) as printed. Writes fixtures/<name>.jpg and
 * fixtures/rendered.json. Deterministic: a re-run writes the same bytes.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-kie render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * @typedef {{ document_type: string, document_number: string, date: string, issuer: string,
 *   recipient: string, total_amount: string | null, currency: string | null }} Header
 * @typedef {{ name: string, header: Header, labels: { number: string, date: string, issuer: string,
 *   recipient: string, total: string }, sign: string, lines: string[][],
 *   render: import('@tiqu/testing').RenderOptions }} Fixture
 */

const chinese = {
  number: '单号：',
  date: '日期：',
  issuer: '供方：',
  recipient: '需方：',
  total: '合计金额：',
}

/** @type {Fixture[]} */
const fixtures = [
  {
    name: 'purchase-order-scan',
    header: {
      document_type: '采购订单',
      document_number: 'PO-2025-0412',
      date: '2025-04-12',
      issuer: '上海云帆科技有限公司',
      recipient: '苏州恒通电子有限公司',
      total_amount: '36,800.00',
      currency: 'CNY',
    },
    labels: { ...chinese, issuer: '采购方：', recipient: '供应商：' },
    sign: '¥',
    lines: [
      ['工控主板 B760', '20', '1,240.00'],
      ['电源模块 500W', '40', '300.00'],
    ],
    render: { seed: 91 },
  },
  {
    name: 'quotation-english-photo',
    header: {
      document_type: 'Quotation',
      document_number: 'Q-7781',
      date: '2025-02-03',
      issuer: 'Apex Tools Ltd.',
      recipient: 'Harbor Marine Supply',
      total_amount: '4,250.00',
      currency: 'USD',
    },
    labels: { number: 'No.: ', date: 'Date: ', issuer: 'From: ', recipient: 'To: ', total: 'Total: ' },
    sign: '$',
    lines: [
      ['Torque wrench set', '5', '450.00'],
      ['Hydraulic jack 3t', '10', '200.00'],
    ],
    render: { photo: true, rotation: -3, blur: 0.5, noise: 0.07, jpegQuality: 82, seed: 92 },
  },
  {
    name: 'receipt-voucher-skewed',
    header: {
      document_type: '收款收据',
      document_number: 'No.0028571',
      date: '2025-06-18',
      issuer: '成都锦城物业管理有限公司',
      recipient: '李建国',
      total_amount: '1,860.00',
      currency: 'CNY',
    },
    labels: { ...chinese, number: '编号：', issuer: '收款单位：', recipient: '交款人：' },
    sign: '¥',
    lines: [['2025年上半年物业费', '1', '1,860.00']],
    render: { rotation: 4, blur: 0.8, seed: 93 },
  },
  {
    name: 'delivery-note-noisy',
    header: {
      document_type: '发货通知单',
      document_number: 'FH250709-15',
      date: '2025-07-09',
      issuer: '宁波港联物流有限公司',
      recipient: '青岛海湾化工有限公司',
      total_amount: null,
      currency: null,
    },
    labels: { ...chinese, issuer: '发货方：', recipient: '收货方：' },
    sign: '',
    lines: [
      ['PE包装桶 25L', '300', '—'],
      ['托盘 1.2m', '12', '—'],
    ],
    render: { noise: 0.22, jpegQuality: 58, seed: 94 },
  },
  {
    name: 'service-invoice-grey',
    header: {
      document_type: 'Service Invoice',
      document_number: 'SI-20250830',
      date: '2025-08-30',
      issuer: 'Brightline Consulting LLC',
      recipient: 'Orchard Foods Inc.',
      total_amount: '12,600.00',
      currency: 'USD',
    },
    labels: {
      number: 'Invoice No.: ',
      date: 'Date: ',
      issuer: 'Bill from: ',
      recipient: 'Bill to: ',
      total: 'Amount due: ',
    },
    sign: '$',
    lines: [
      ['Process audit (days)', '6', '1,500.00'],
      ['Report and workshop', '1', '3,600.00'],
    ],
    render: { blur: 0.6, jpegQuality: 70, seed: 95 },
  },
]

/**
 * @param {Fixture} fixture
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
function documentLayout(fixture) {
  const { header, labels } = fixture
  const width = 1000
  const left = 70
  /** @type {import('@tiqu/testing').DocumentElement[]} */
  const elements = [
    {
      kind: 'text',
      text: header.document_type,
      x: width / 2,
      y: 50,
      size: 44,
      weight: 'bold',
      align: 'center',
    },
    { kind: 'text', text: `${labels.number}${header.document_number}`, x: left, y: 140, size: 28 },
    { kind: 'text', text: `${labels.date}${header.date}`, x: 600, y: 140, size: 28 },
    { kind: 'text', text: `${labels.issuer}${header.issuer}`, x: left, y: 200, size: 28 },
    { kind: 'text', text: `${labels.recipient}${header.recipient}`, x: left, y: 260, size: 28 },
    { kind: 'line', from: [left, 325], to: [width - left, 325], lineWidth: 2 },
  ]
  let y = 350
  for (const [item, quantity, price] of fixture.lines) {
    elements.push({ kind: 'text', text: item ?? '', x: left, y, size: 26 })
    elements.push({ kind: 'text', text: quantity ?? '', x: 620, y, size: 26, align: 'right' })
    elements.push({ kind: 'text', text: price ?? '', x: width - left, y, size: 26, align: 'right' })
    y += 56
  }
  elements.push({ kind: 'line', from: [left, y + 6], to: [width - left, y + 6], lineWidth: 2 })
  if (header.total_amount !== null) {
    elements.push({
      kind: 'text',
      text: `${labels.total}${fixture.sign}${header.total_amount}`,
      x: width - left,
      y: y + 30,
      size: 30,
      weight: 'bold',
      align: 'right',
    })
  }
  return { width, height: y + 120, elements }
}

/** @type {Array<{ image: string, expected: Header }>} */
const rendered = []
for (const fixture of fixtures) {
  const bytes = await renderDocument(documentLayout(fixture), fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: fixture.header })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

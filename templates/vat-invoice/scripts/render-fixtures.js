// @ts-check
/**
 * Renders the template's fixtures: three paper VAT invoices (two special, one ordinary with a check
 * code) and two fully digital e-invoices, drawn with @tiqu/testing's renderDocument and delivered as
 * a scan, a crooked noisy scan, a desk photo, a clean PDF print and a blurred copy. Writes
 * fixtures/<name>.jpg and fixtures/rendered.json (each image with the values drawn on it, exactly),
 * which src/index.ts lists in `examples`. Deterministic: a re-run writes the same bytes. Needs the
 * Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-vat-invoice render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { digitalInvoiceLayout, paperInvoiceLayout } from './invoice-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** @typedef {import('./invoice-layout.js').DrawnInvoice} DrawnInvoice */

/**
 * Invented companies with valid unified social credit codes (check characters computed per
 * GB 32100-2015), totals that add up to the fen, and amounts in words that match the figures.
 * @type {Array<{ name: string, layout: 'paper' | 'digital', invoice: DrawnInvoice, render: import('@tiqu/testing').RenderOptions }>}
 */
const fixtures = [
  {
    name: 'invoice-paper-special-scan',
    layout: 'paper',
    invoice: {
      invoice_title: '上海增值税专用发票',
      invoice_code: '3100231130',
      invoice_number: '04518362',
      issue_date: '2023年11月15日',
      check_code: null,
      buyer_name: '上海云帆信息技术有限公司',
      buyer_tax_id: '91310115MA1K3B5L21',
      seller_name: '杭州明远软件科技有限公司',
      seller_tax_id: '91330106MA27Y8QW45',
      items: [
        item('*信息技术服务*软件开发服务', 'V2.0', '项', '1', '50000.00', '50000.00', '6%', '3000.00'),
        item('*信息技术服务*技术维护服务', null, '年', '2', '6000.00', '12000.00', '6%', '720.00'),
      ],
      pre_tax_amount: '62000.00',
      total_tax: '3720.00',
      total_amount: '65720.00',
      total_amount_in_words: '陆万伍仟柒佰贰拾圆整',
      remarks: null,
      payee: '王芳',
      reviewer: '李强',
      drawer: '张伟',
      buyerAddress: '上海市浦东新区张江路88号 021-50801234',
      buyerBank: '招商银行上海张江支行 121908765410802',
      sellerAddress: '杭州市西湖区文三路259号 0571-88231567',
      sellerBank: '中国工商银行杭州文三支行 1202021309900123456',
    },
    render: { seed: 11 },
  },
  {
    name: 'invoice-paper-ordinary-skewed',
    layout: 'paper',
    invoice: {
      invoice_title: '广东增值税普通发票',
      invoice_code: '044001900111',
      invoice_number: '27591604',
      issue_date: '2024年03月08日',
      check_code: '61025839174025619384',
      buyer_name: '深圳前海星辰贸易有限公司',
      buyer_tax_id: '91440300MA5F2RKU8U',
      seller_name: '广州市万家福超市有限公司',
      seller_tax_id: '91440106MA9UP7X12U',
      items: [
        item('*饮料*矿泉水', '550ml', '箱', '20', '36.00', '720.00', '13%', '93.60'),
        item('*纸制品*抽纸', '3层120抽', '提', '15', '24.50', '367.50', '13%', '47.78'),
        item('*谷物*大米', '5kg', '袋', '10', '45.00', '450.00', '9%', '40.50'),
      ],
      pre_tax_amount: '1537.50',
      total_tax: '181.88',
      total_amount: '1719.38',
      total_amount_in_words: '壹仟柒佰壹拾玖圆叁角捌分',
      remarks: '订单号SZ20240308017',
      payee: '陈丽',
      reviewer: '周敏',
      drawer: '刘洋',
      machineCode: '499099831205',
      buyerAddress: '深圳市前海深港合作区前湾一路1号 0755-86001234',
      buyerBank: '中国银行深圳前海支行 745872310056',
      sellerAddress: '广州市天河区天河路208号 020-38862345',
      sellerBank: '中国建设银行广州天河支行 44050146010100001234',
    },
    render: { rotation: 3, noise: 0.12, jpegQuality: 70, seed: 12 },
  },
  {
    name: 'invoice-paper-special-photo',
    layout: 'paper',
    invoice: {
      invoice_title: '北京增值税专用发票',
      invoice_code: '1100224130',
      invoice_number: '00873215',
      issue_date: '2022年09月26日',
      check_code: null,
      buyer_name: '北京华信建设工程有限公司',
      buyer_tax_id: '91110105MA01C8GJ42',
      seller_name: '北京恒通物流有限公司',
      seller_tax_id: '91110112MA7DB2N050',
      items: [item('*运输服务*国内道路货物运输服务', null, '次', '3', '2800.00', '8400.00', '9%', '756.00')],
      pre_tax_amount: '8400.00',
      total_tax: '756.00',
      total_amount: '9156.00',
      total_amount_in_words: '玖仟壹佰伍拾陆圆整',
      remarks: '运输车辆京AD3825',
      payee: '孙丽',
      reviewer: '马超',
      drawer: '赵静',
      buyerAddress: '北京市朝阳区建国路93号 010-65871234',
      buyerBank: '中国农业银行北京国贸支行 11041101040012345',
      sellerAddress: '北京市通州区新华大街16号 010-69541234',
      sellerBank: '北京银行通州支行 20000012345678900123',
    },
    render: { photo: true, rotation: -5, blur: 0.6, noise: 0.1, jpegQuality: 72, seed: 13 },
  },
  {
    name: 'invoice-digital-special',
    layout: 'digital',
    invoice: {
      invoice_title: '电子发票(增值税专用发票)',
      invoice_code: null,
      invoice_number: '24312000000123456789',
      issue_date: '2024年05月20日',
      check_code: null,
      buyer_name: '上海星海文化传媒有限公司',
      buyer_tax_id: '91310104MA1FR6T387',
      seller_name: '苏州智云科技有限公司',
      seller_tax_id: '91320594MA1XK3L262',
      items: [item('*会议展览服务*会议服务', null, '次', '1', '18867.92', '18867.92', '6%', '1132.08')],
      pre_tax_amount: '18867.92',
      total_tax: '1132.08',
      total_amount: '20000.00',
      total_amount_in_words: '贰万圆整',
      remarks: null,
      payee: null,
      reviewer: null,
      drawer: '周杰',
      buyerAddress: '',
      buyerBank: '',
      sellerAddress: '',
      sellerBank: '',
    },
    render: { jpegQuality: 80, seed: 14 },
  },
  {
    name: 'invoice-digital-ordinary-blurred',
    layout: 'digital',
    invoice: {
      invoice_title: '电子发票(普通发票)',
      invoice_code: null,
      invoice_number: '25442000000087654321',
      issue_date: '2025年01月09日',
      check_code: null,
      buyer_name: '深圳市青禾餐饮管理有限公司',
      buyer_tax_id: '91440300MA5G4WPH1A',
      seller_name: '东莞市恒昌五金制品有限公司',
      seller_tax_id: '91441900MA4W7YJ82H',
      items: [
        item('*金属制品*不锈钢螺丝', 'M6×20', '盒', '40', '12.50', '500.00', '13%', '65.00'),
        item('*金属制品*膨胀螺栓', 'M10', '个', '200', '1.20', '240.00', '13%', '31.20'),
      ],
      pre_tax_amount: '740.00',
      total_tax: '96.20',
      total_amount: '836.20',
      total_amount_in_words: '捌佰叁拾陆圆贰角',
      remarks: '门店装修项目',
      payee: null,
      reviewer: null,
      drawer: '吴倩',
      buyerAddress: '',
      buyerBank: '',
      sellerAddress: '',
      sellerBank: '',
    },
    render: { blur: 1.1, noise: 0.15, jpegQuality: 70, seed: 15 },
  },
]

/**
 * @param {string} name
 * @param {string | null} specification
 * @param {string} unit
 * @param {string} quantity
 * @param {string} unitPrice
 * @param {string} amount
 * @param {string} taxRate
 * @param {string} tax
 */
function item(name, specification, unit, quantity, unitPrice, amount, taxRate, tax) {
  return { name, specification, unit, quantity, unit_price: unitPrice, amount, tax_rate: taxRate, tax }
}

const drawnOnly = ['buyerAddress', 'buyerBank', 'sellerAddress', 'sellerBank', 'machineCode']

/** @type {Array<{ image: string, expected: { [field: string]: unknown } }>} */
const rendered = []
for (const fixture of fixtures) {
  const layout =
    fixture.layout === 'paper' ? paperInvoiceLayout(fixture.invoice) : digitalInvoiceLayout(fixture.invoice)
  const bytes = await renderDocument(layout, fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  const expected = Object.fromEntries(
    Object.entries(fixture.invoice).filter(([key]) => !drawnOnly.includes(key)),
  )
  rendered.push({ image, expected })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

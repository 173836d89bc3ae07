// @ts-check
/**
 * Renders the template's fixtures: five till receipts from different shops and countries, drawn with
 * @tiqu/testing's renderDocument and delivered as a scan, a desk photo, a crooked scan, a blurred copy
 * and a noisy low-quality JPEG. Writes fixtures/<name>.jpg and fixtures/rendered.json (each image with
 * the values drawn on it, exactly), which src/index.ts lists in `examples`. Deterministic: a re-run
 * writes the same bytes. Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built
 * @tiqu/testing. Run with `pnpm --filter @tiqu/template-receipt render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { expectedReceipt, receiptLayout } from './receipt-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Invented shops. The arithmetic holds as a till does it: line = quantity × unit price (weighed goods
 * rounded to the cent); where prices are before tax (US, Singapore) subtotal + tax = total; where they
 * include it (UK, Germany, Japan) the items add up to the total and the VAT line says 'incl.'.
 * @type {Array<{ name: string, receipt: import('./receipt-layout.js').Receipt, render: import('@tiqu/testing').RenderOptions }>}
 */
const fixtures = [
  {
    name: 'receipt-gbp-cafe-scan',
    receipt: {
      merchantName: 'The Copper Kettle',
      address: '14 Market Street, York YO1 8SS',
      phone: 'Tel: 01904 612870',
      taxId: 'VAT No: GB 318 4471 26',
      date: '2025-03-14',
      time: '08:52',
      receiptNumber: '#004317',
      currency: 'GBP',
      symbol: '£',
      items: [
        { name: 'Flat White', quantity: '2', unitPrice: '3.20', amount: '6.40' },
        { name: 'Almond Croissant', quantity: '1', unitPrice: '2.85', amount: '2.85' },
        { name: 'Bacon Roll', quantity: '1', unitPrice: '4.50', amount: '4.50' },
      ],
      subtotal: null,
      tax: { label: 'VAT 20%', amount: '2.29' },
      taxIncluded: true,
      total: '13.75',
      card: 'CONTACTLESS VISA ****4821',
      footer: 'Thank you, see you soon!',
    },
    render: { seed: 11 },
  },
  {
    name: 'receipt-usd-deli-photo',
    receipt: {
      merchantName: "Lucky's Deli & Grocery",
      address: '388 Amsterdam Ave, New York NY 10024',
      phone: 'Tel: (212) 555-0148',
      taxId: 'Store 12  Register 3',
      date: '2025-06-02',
      time: '13:17:05',
      receiptNumber: '#118-2291',
      currency: 'USD',
      symbol: '$',
      items: [
        { name: 'Turkey Club Sandwich', quantity: '1', unitPrice: '11.95', amount: '11.95' },
        { name: 'Iced Tea', quantity: '2', unitPrice: '2.75', amount: '5.50' },
        { name: 'Potato Chips', quantity: '1', unitPrice: '1.99', amount: '1.99' },
        { name: 'Chocolate Cookie', quantity: '3', unitPrice: '1.25', amount: '3.75' },
      ],
      subtotal: { label: 'SUBTOTAL', amount: '23.19' },
      tax: { label: 'SALES TAX 8.875%', amount: '2.06' },
      taxIncluded: false,
      total: '25.25',
      card: 'MASTERCARD ****0937',
      footer: 'Have a great day!',
    },
    render: { photo: true, rotation: -5, blur: 0.6, noise: 0.12, jpegQuality: 80, seed: 12 },
  },
  {
    name: 'receipt-eur-market-skewed',
    receipt: {
      merchantName: 'Frischmarkt Kreuzberg',
      address: 'Bergmannstr. 12, 10961 Berlin',
      phone: 'Tel: 030 6912 4480',
      taxId: 'VAT ID: DE 281 447 193',
      date: '2025-09-27',
      time: '17:04',
      receiptNumber: '#2207',
      currency: 'EUR',
      symbol: '',
      items: [
        { name: 'Organic Milk 1L', quantity: '2', unitPrice: '1.29', amount: '2.58' },
        { name: 'Bananas kg', quantity: '0.846', unitPrice: '1.99', amount: '1.68' },
        { name: 'Sourdough Bread', quantity: '1', unitPrice: '3.49', amount: '3.49' },
        { name: 'Olive Oil 500ml', quantity: '1', unitPrice: '6.99', amount: '6.99' },
        { name: 'Free Range Eggs 10', quantity: '1', unitPrice: '3.79', amount: '3.79' },
      ],
      subtotal: { label: 'NET', amount: '17.32' },
      tax: { label: 'VAT 7%', amount: '1.21' },
      taxIncluded: true,
      total: '18.53',
      card: 'GIROCARD ****7712',
      footer: 'Danke! Thank you!',
    },
    render: { rotation: 3, seed: 13 },
  },
  {
    name: 'receipt-jpy-store-blurred',
    receipt: {
      merchantName: 'Sakura Mart',
      address: '3-14-1 Shinjuku, Tokyo 160-0022',
      phone: 'Tel: 03-5312-0841',
      taxId: 'Reg No: T4011101084720',
      date: '2025-11-08',
      time: '22:31',
      receiptNumber: '#0581',
      currency: 'JPY',
      symbol: '¥',
      items: [
        { name: 'Onigiri Salmon', quantity: '2', unitPrice: '160', amount: '320' },
        { name: 'Green Tea 500ml', quantity: '1', unitPrice: '150', amount: '150' },
        { name: 'Egg Sandwich', quantity: '1', unitPrice: '298', amount: '298' },
      ],
      subtotal: null,
      tax: { label: 'TAX 8%', amount: '56' },
      taxIncluded: true,
      total: '768',
      card: 'IC CARD SUICA',
      footer: 'Thank you for shopping',
    },
    render: { blur: 1.2, noise: 0.08, seed: 14 },
  },
  {
    name: 'receipt-sgd-kopitiam-noisy',
    receipt: {
      merchantName: 'Kopi Corner',
      address: '1 Raffles Place #B1-07, Singapore 048616',
      phone: 'Tel: 6538 2290',
      taxId: 'GST Reg No: 201734562K',
      date: '2025-12-19',
      time: '12:08',
      receiptNumber: '#30764',
      currency: 'SGD',
      symbol: '$',
      items: [
        { name: 'Kaya Toast Set', quantity: '2', unitPrice: '5.60', amount: '11.20' },
        { name: 'Kopi C', quantity: '1', unitPrice: '1.80', amount: '1.80' },
        { name: 'Laksa', quantity: '1', unitPrice: '6.50', amount: '6.50' },
      ],
      subtotal: { label: 'SUBTOTAL', amount: '19.50' },
      tax: { label: 'GST 9%', amount: '1.76' },
      taxIncluded: false,
      total: '21.26',
      card: 'NETS ****5530',
      footer: 'Thank you! Please come again',
    },
    render: { noise: 0.3, jpegQuality: 45, seed: 15 },
  },
]

/** @type {Array<{ image: string, expected: { [field: string]: unknown } }>} */
const rendered = []
for (const fixture of fixtures) {
  const bytes = await renderDocument(receiptLayout(fixture.receipt), fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: expectedReceipt(fixture.receipt) })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

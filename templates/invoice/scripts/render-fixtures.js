// @ts-check
/**
 * Renders the template's fixtures: five commercial invoices from invented companies in five
 * currencies, drawn with @tiqu/testing's renderDocument and delivered as a clean scan, a crooked scan,
 * a desk photo, a blurred noisy JPEG and a low-quality noisy JPEG. Writes fixtures/<name>.jpg and
 * fixtures/rendered.json (each image with the values drawn on it, exactly), which src/index.ts lists
 * in `examples`. Deterministic: a re-run writes the same bytes. Needs the Noto CJK fonts
 * (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-invoice render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { expectedInvoice, invoiceLayout } from './invoice-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * An invoice as written down before the arithmetic: items without amounts, the tax and discount as
 * rates. {@link complete} works out the rest in cents, as an invoicing program does.
 * @typedef {Omit<import('./invoice-layout.js').DrawnInvoice,
 *   'items' | 'subtotal' | 'discount' | 'tax' | 'total' | 'paid' | 'amountDue'> & {
 *   items: Array<{ description: string, quantity: string, unitPrice: string, taxRate?: string }>,
 *   discount?: { label: string, percent?: string, fixed?: string },
 *   tax: { label: string, percent: string },
 *   paid?: { label: string, amount: string },
 * }} Draft
 */

/** @type {Array<{ name: string, draft: Draft, render: import('@tiqu/testing').RenderOptions }>} */
const fixtures = [
  {
    name: 'invoice-eur-consulting-scan',
    draft: {
      vendorName: 'Northwind Data GmbH',
      vendorAddress: 'Torstrasse 109, 10119 Berlin, Germany',
      vendorContact: 'billing@northwind-data.de   +49 30 2847 1190',
      vendorTaxLabel: 'VAT ID',
      vendorTaxId: 'DE281447193',
      customerName: 'Hafenkontor Logistik AG',
      customerAddress: 'Am Sandtorkai 41, 20457 Hamburg, Germany',
      customerTaxId: 'DE318204576',
      title: 'INVOICE',
      numberLabel: 'Invoice No:',
      number: 'NWD-2025-0417',
      date: '2025-03-14',
      dueDate: '2025-04-13',
      purchaseOrder: 'PO-77120',
      currency: 'EUR',
      currencyShown: 'header',
      symbol: '',
      items: [
        { description: 'Data pipeline consulting', quantity: '12', unitPrice: '95.00', taxRate: '19%' },
        { description: 'Cloud hosting, March', quantity: '1', unitPrice: '249.00', taxRate: '19%' },
        { description: 'Dashboard licence', quantity: '5', unitPrice: '18.50', taxRate: '19%' },
      ],
      tax: { label: 'VAT 19%', percent: '19' },
      amountDueLabel: 'Amount Due',
      paymentTerms: 'Net 30 days',
      bank: {
        name: 'Berliner Volksbank',
        iban: iban('DE', '10090000', '2847119000'),
        bic: 'BEVODEBBXXX',
        other: null,
      },
      footer: 'Northwind Data GmbH  Amtsgericht Charlottenburg HRB 204118  Managing director: Jana Weiss',
      accent: '#1d4e89',
      font: 'sans',
    },
    render: { seed: 31 },
  },
  {
    name: 'invoice-gbp-studio-skewed',
    draft: {
      vendorName: 'Harbour Lane Studio Ltd',
      vendorAddress: '7 Cable Street, London E1 8JG, United Kingdom',
      vendorContact: 'hello@harbourlane.co.uk   +44 20 7946 0321',
      vendorTaxLabel: 'VAT No',
      vendorTaxId: 'GB318447126',
      customerName: 'Kestrel Outdoor Ltd',
      customerAddress: 'Unit 4, Mill Lane, Leeds LS12 6BD',
      customerTaxId: null,
      title: 'INVOICE',
      numberLabel: 'Invoice #',
      number: 'HLS-1083',
      date: '2025-06-30',
      dueDate: '2025-07-14',
      purchaseOrder: null,
      currency: 'GBP',
      currencyShown: 'totals',
      symbol: '£',
      items: [
        { description: 'Brand identity design', quantity: '1', unitPrice: '1800.00' },
        { description: 'Website illustrations', quantity: '6', unitPrice: '120.00' },
        { description: 'Print-ready brochure', quantity: '250', unitPrice: '1.35' },
      ],
      discount: { label: 'Discount 5%', percent: '5' },
      tax: { label: 'VAT 20%', percent: '20' },
      amountDueLabel: 'Amount Due',
      paymentTerms: '14 days',
      bank: {
        name: 'NatWest, Shoreditch',
        iban: iban('GB', 'NWBK', '60161331926819'),
        bic: 'NWBKGB2L',
        other: null,
      },
      footer: 'Harbour Lane Studio Ltd  Registered in England and Wales No. 10472913',
      accent: '#0f766e',
      font: 'serif',
    },
    render: { rotation: 3, seed: 32 },
  },
  {
    name: 'invoice-usd-software-photo',
    draft: {
      vendorName: 'Bluefin Software Inc.',
      vendorAddress: '2200 South Congress Ave, Austin TX 78704, USA',
      vendorContact: 'accounts@bluefinsoftware.com   (512) 555-0187',
      vendorTaxLabel: 'Tax ID',
      vendorTaxId: '84-2917365',
      customerName: 'Redwood Dental Group',
      customerAddress: '915 Oak Street, Sacramento CA 95814',
      customerTaxId: null,
      title: 'INVOICE',
      numberLabel: 'Invoice Number:',
      number: '2025-0932',
      date: '2025-09-02',
      dueDate: '2025-10-02',
      purchaseOrder: '4500018236',
      currency: 'USD',
      currencyShown: 'note',
      symbol: '$',
      items: [
        { description: 'Annual support plan', quantity: '1', unitPrice: '1200.00' },
        { description: 'Developer seats', quantity: '8', unitPrice: '45.00' },
        { description: 'Onboarding workshop', quantity: '2', unitPrice: '350.00' },
      ],
      tax: { label: 'Sales Tax 8.25%', percent: '8.25' },
      paid: { label: 'Deposit paid', amount: '500.00' },
      amountDueLabel: 'Balance Due',
      paymentTerms: 'Net 30',
      bank: {
        name: 'First Lone Star Bank',
        iban: null,
        bic: null,
        other: 'ACH routing 111000025   Account 4471029',
      },
      footer: 'Thank you for your business!',
      accent: '#b45309',
      font: 'sans',
    },
    render: { photo: true, rotation: -4, blur: 0.6, noise: 0.1, jpegQuality: 80, seed: 33 },
  },
  {
    name: 'invoice-chf-engineering-blurred',
    draft: {
      vendorName: 'Alpenblick Engineering AG',
      vendorAddress: 'Seefeldstrasse 88, 8008 Zurich, Switzerland',
      vendorContact: 'office@alpenblick-eng.ch   +41 44 512 80 30',
      vendorTaxLabel: 'VAT No',
      vendorTaxId: 'CHE-284.615.929',
      customerName: 'Rheintal Praezision GmbH',
      customerAddress: 'Industriestrasse 12, 9443 Widnau, Switzerland',
      customerTaxId: null,
      title: 'INVOICE',
      numberLabel: 'Invoice No:',
      number: 'AE-25-0311',
      date: '2025-11-20',
      dueDate: '2025-12-20',
      purchaseOrder: 'PO-CH-5521',
      currency: 'CHF',
      currencyShown: 'header',
      symbol: '',
      items: [
        { description: 'Structural analysis', quantity: '16.00', unitPrice: '165.00', taxRate: '8.1%' },
        { description: 'Site inspection', quantity: '2.00', unitPrice: '480.00', taxRate: '8.1%' },
        { description: 'Travel expenses', quantity: '1.00', unitPrice: '126.40', taxRate: '8.1%' },
      ],
      tax: { label: 'VAT 8.1%', percent: '8.1' },
      amountDueLabel: 'Amount Due',
      paymentTerms: '30 days net',
      bank: {
        name: 'Zuercher Kantonalbank',
        iban: iban('CH', '00700', '110004471029'),
        bic: 'ZKBKCHZZ80A',
        other: null,
      },
      footer: 'Alpenblick Engineering AG  Seefeldstrasse 88  8008 Zurich',
      accent: '#b91c1c',
      font: 'serif',
    },
    render: { blur: 1.1, noise: 0.1, jpegQuality: 70, seed: 34 },
  },
  {
    name: 'invoice-sek-workshop-noisy',
    draft: {
      vendorName: 'Fjordline Consulting AB',
      vendorAddress: 'Drottninggatan 53, 111 21 Stockholm, Sweden',
      vendorContact: 'faktura@fjordline.se   +46 8 410 227 90',
      vendorTaxLabel: 'VAT Reg No',
      vendorTaxId: 'SE556677889901',
      customerName: 'Lindqvist Bygg AB',
      customerAddress: 'Industrivagen 7, 412 50 Gothenburg, Sweden',
      customerTaxId: 'SE556012345601',
      title: 'INVOICE',
      numberLabel: 'Invoice No:',
      number: '10457',
      date: '2025-12-05',
      dueDate: '2026-01-04',
      purchaseOrder: null,
      currency: 'SEK',
      currencyShown: 'header',
      symbol: '',
      items: [
        { description: 'Process workshop', quantity: '2', unitPrice: '9500.00' },
        { description: 'Follow-up sessions', quantity: '6', unitPrice: '1250.00' },
        { description: 'Written report', quantity: '1', unitPrice: '4800.00' },
      ],
      discount: { label: 'Discount', fixed: '1300.00' },
      tax: { label: 'VAT 25%', percent: '25' },
      amountDueLabel: 'Amount Due',
      paymentTerms: '30 days',
      bank: {
        name: 'SEB Stockholm',
        iban: iban('SE', '500', '00000058398257466'),
        bic: 'ESSESESS',
        other: null,
      },
      footer: 'Fjordline Consulting AB  Org. nr 556677-8899  Registered office Stockholm',
      accent: '#4338ca',
      font: 'sans',
    },
    render: { rotation: -2, noise: 0.28, jpegQuality: 50, seed: 35 },
  },
]

/**
 * The invoice with its amounts worked out in cents: each line is quantity × unit price, the subtotal
 * their sum, the discount a rate of it (or fixed), the tax the rate of what is left, rounded half up
 * to the cent, the total their sum and the amount due the total less what was paid.
 * @param {Draft} draft
 * @returns {import('./invoice-layout.js').DrawnInvoice}
 */
function complete(draft) {
  const items = draft.items.map((item) => ({
    description: item.description,
    quantity: item.quantity,
    unitPrice: item.unitPrice,
    taxRate: item.taxRate ?? null,
    amount: money(Math.round((hundredths(item.quantity) * hundredths(item.unitPrice)) / 100)),
  }))
  const subtotal = items.reduce((sum, item) => sum + hundredths(item.amount), 0)
  const discount = draft.discount
    ? draft.discount.fixed !== undefined
      ? hundredths(draft.discount.fixed)
      : Math.round((subtotal * hundredths(draft.discount.percent ?? '0')) / 10_000)
    : 0
  const tax = Math.round(((subtotal - discount) * hundredths(draft.tax.percent)) / 10_000)
  const total = subtotal - discount + tax
  const paid = draft.paid ? hundredths(draft.paid.amount) : 0
  return {
    ...draft,
    items,
    subtotal: money(subtotal),
    discount: draft.discount ? { label: draft.discount.label, amount: money(discount) } : null,
    tax: { label: draft.tax.label, amount: money(tax) },
    total: money(total),
    paid: draft.paid ?? null,
    amountDue: money(total - paid),
  }
}

/** '12.5' → 1250: a decimal string in hundredths, exactly. */
function hundredths(/** @type {string} */ value) {
  const [whole = '0', decimals = ''] = value.split('.')
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0').slice(0, 2))
}

/** 176299 → '1762.99' */
function money(/** @type {number} */ cents) {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

/**
 * An IBAN with its check digits computed (ISO 13616, mod 97-10): the BBAN is the bank code and the
 * account number as the country's format lays them out.
 * @param {string} country
 * @param {string} bank
 * @param {string} account
 */
function iban(country, bank, account) {
  const bban = `${bank}${account}`
  const digits = [...`${bban}${country}00`]
    .map((character) => (/[A-Z]/u.test(character) ? String(character.charCodeAt(0) - 55) : character))
    .join('')
  const check = 98 - Number(BigInt(digits) % 97n)
  return `${country}${String(check).padStart(2, '0')}${bban}`
}

/** @type {Array<{ image: string, expected: { [field: string]: unknown } }>} */
const rendered = []
for (const fixture of fixtures) {
  const invoice = complete(fixture.draft)
  const bytes = await renderDocument(invoiceLayout(invoice), fixture.render)
  const image = `fixtures/${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: expectedInvoice(invoice) })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

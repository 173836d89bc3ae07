// @ts-check
/**
 * Renders the template's fixtures: bank card fronts of five issuers, debit and credit, UnionPay, VISA
 * and Mastercard, with and without a holder's name and an expiry, every number passing its Luhn check
 * (invented numbers on real BIN prefixes, nobody's card). The scheme is expected as its logo's word mark reads (Mastercard's is
 * lower-case). Delivered as a scan, a blurred noisy copy, a
 * desk photo, a crooked scan and a low-quality JPEG. Writes fixtures/<name>.jpg and
 * fixtures/rendered.json (each image with the values drawn on it, exactly), which src/index.ts lists in
 * `examples`. Deterministic: a re-run writes the same bytes. Needs the Noto CJK fonts and a built
 * @tiqu/testing. Run with `pnpm --filter @tiqu/template-bank-card render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { cardLayout } from './card-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** @type {Array<{ name: string, card: import('./card-layout.js').Card, render: import('@tiqu/testing').RenderOptions }>} */
const fixtures = [
  {
    name: 'icbc-debit-scan',
    card: {
      bankName: '中国工商银行',
      bankNameEnglish: 'INDUSTRIAL AND COMMERCIAL BANK OF CHINA',
      cardType: '借记卡',
      number: '6222 0210 0312 4578 934',
      validThru: '11/32',
      holder: null,
      network: 'UnionPay',
      colours: { background: '#f4f1ea', ink: '#2a2a2a', accent: '#c7161e' },
    },
    render: { seed: 1 },
  },
  {
    name: 'cmb-credit-blurred',
    card: {
      bankName: '招商银行',
      bankNameEnglish: 'CHINA MERCHANTS BANK',
      cardType: '信用卡',
      number: '6225 8812 3467 0916',
      validThru: '05/28',
      holder: 'LI NA',
      network: 'UnionPay',
      colours: { background: '#dfe7f1', ink: '#1b2433', accent: '#c8102e' },
    },
    render: { blur: 1.1, noise: 0.1, jpegQuality: 72, seed: 2 },
  },
  {
    name: 'ccb-visa-photo',
    card: {
      bankName: '中国建设银行',
      bankNameEnglish: 'CHINA CONSTRUCTION BANK',
      cardType: '信用卡',
      number: '4367 4221 5048 7366',
      validThru: '12/27',
      holder: 'WANG JIANGUO',
      network: 'VISA',
      colours: { background: '#e4eef8', ink: '#10213a', accent: '#0a4a9c' },
    },
    render: { photo: true, rotation: -5, blur: 0.6, noise: 0.12, jpegQuality: 80, seed: 3 },
  },
  {
    name: 'abc-debit-skewed',
    card: {
      bankName: '中国农业银行',
      bankNameEnglish: 'AGRICULTURAL BANK OF CHINA',
      cardType: null,
      number: '6228 4804 1935 6027 112',
      validThru: null,
      holder: null,
      network: 'UnionPay',
      colours: { background: '#e3f1ea', ink: '#1f2d26', accent: '#0a8a6a' },
    },
    render: { rotation: 6, seed: 4 },
  },
  {
    name: 'boc-mastercard-noisy',
    card: {
      bankName: '中国银行',
      bankNameEnglish: 'BANK OF CHINA',
      cardType: '信用卡',
      number: '5253 9500 3218 6446',
      validThru: '09/30',
      holder: 'CHEN XIAOYAN',
      network: 'Mastercard',
      colours: { background: '#f3e9e4', ink: '#2b1c18', accent: '#a6192e' },
    },
    render: { noise: 0.3, jpegQuality: 45, seed: 5 },
  },
]

/** @type {Array<{ image: string, expected: object }>} */
const rendered = []
for (const { name, card, render } of fixtures) {
  const bytes = await renderDocument(cardLayout(card), render)
  const image = `fixtures/bank-card-${name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({
    image,
    expected: {
      card_number: card.number.replaceAll(' ', ''),
      bank_name: card.bankName,
      card_type: card.cardType,
      valid_thru: card.validThru,
      holder_name: card.holder,
      card_network: card.network === 'Mastercard' ? 'mastercard' : card.network,
    },
  })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

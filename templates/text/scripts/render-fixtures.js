// @ts-check
/**
 * Renders the template's fixtures: five pages of known text (a Chinese notice, an English letter, a
 * bilingual menu, a shipping label in a monospace face, a poster), drawn with @tiqu/testing's
 * renderDocument and delivered as a scan, a photo, a crooked blurred copy, a noisy low-quality JPEG
 * and a page upside down. Writes fixtures/<name>.jpg and fixtures/rendered.json (each image with its
 * text exactly: the lines drawn, joined by '\n'). Deterministic: a re-run writes the same bytes.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-text render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * @typedef {{ text: string, size?: number, bold?: boolean, center?: boolean, indent?: number }} PageLine
 * @typedef {{ name: string, width: number, font: 'sans' | 'serif' | 'mono', size: number, lines: PageLine[],
 *   render: import('@tiqu/testing').RenderOptions }} Page
 */

/** @type {Page[]} */
const pages = [
  {
    name: 'notice-scan',
    width: 900,
    font: 'serif',
    size: 30,
    render: { seed: 31 },
    lines: [
      { text: '关于2025年春节放假安排的通知', size: 40, bold: true, center: true },
      { text: '各部门、各位同事：' },
      { text: '根据国务院办公厅通知精神，现将春节放假安排', indent: 60 },
      { text: '通知如下：1月28日至2月4日放假调休，共8天。' },
      { text: '1月26日（星期日）、2月8日（星期六）上班。', indent: 60 },
      { text: '请各部门妥善安排值班和安全保卫工作。', indent: 60 },
      { text: '行政人事部', indent: 540 },
      { text: '2025年1月10日', indent: 500 },
    ],
  },
  {
    name: 'letter-english-photo',
    width: 1000,
    font: 'sans',
    size: 28,
    render: { photo: true, rotation: 3, blur: 0.5, noise: 0.08, jpegQuality: 82, seed: 32 },
    lines: [
      { text: 'Northwind Trading Ltd.', size: 38, bold: true },
      { text: '18 Harbour Road, Wan Chai, Hong Kong' },
      { text: 'Dear Ms. Chen,' },
      { text: 'Thank you for your order of 12 March 2025.' },
      { text: 'The goods will ship on 20 March by sea freight,' },
      { text: 'and the invoice INV-2025-0316 is attached.' },
      { text: 'Kind regards,' },
      { text: 'Daniel Morgan, Sales Manager' },
    ],
  },
  {
    name: 'menu-bilingual-skewed',
    width: 860,
    font: 'sans',
    size: 30,
    render: { rotation: -4, blur: 0.9, seed: 33 },
    lines: [
      { text: '老街面馆 Old Street Noodles', size: 40, bold: true, center: true },
      { text: '牛肉拉面 Beef Noodle Soup 28元' },
      { text: '炸酱面 Zhajiang Noodles 22元' },
      { text: '小笼包 Soup Dumplings 18元' },
      { text: '凉拌黄瓜 Smashed Cucumber 12元' },
      { text: '酸梅汤 Plum Juice 8元' },
      { text: '营业时间 Hours 10:00-21:30' },
    ],
  },
  {
    name: 'label-mono-noisy',
    width: 820,
    font: 'mono',
    size: 30,
    render: { noise: 0.25, jpegQuality: 55, seed: 34 },
    lines: [
      { text: 'SHIP TO 收件人', size: 34, bold: true },
      { text: '张伟 138-0013-8000' },
      { text: '上海市浦东新区世纪大道100号' },
      { text: 'ORDER NO. SO-20250417-0093' },
      { text: 'WEIGHT 2.35 KG  PIECES 1/1' },
      { text: 'SF EXPRESS SF1420987731654' },
    ],
  },
  {
    name: 'poster-upside-down',
    width: 900,
    font: 'sans',
    size: 32,
    render: { rotation: 180, seed: 35 },
    lines: [
      { text: '社区读书会', size: 48, bold: true, center: true },
      { text: 'Community Book Club', size: 36, center: true },
      { text: '时间：每周六下午3点' },
      { text: '地点：图书馆二楼208室' },
      { text: '本期书目：《平凡的世界》' },
      { text: 'Free entry, all welcome!' },
    ],
  },
]

/**
 * One line of text under another at the page's left margin (or centred), as a plain page prints.
 * @param {Page} page
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
function pageLayout(page) {
  const margin = 60
  /** @type {import('@tiqu/testing').DocumentElement[]} */
  const elements = []
  let y = margin
  for (const line of page.lines) {
    const size = line.size ?? page.size
    elements.push({
      kind: 'text',
      text: line.text,
      x: line.center ? page.width / 2 : margin + (line.indent ?? 0),
      y,
      size,
      font: page.font,
      weight: line.bold ? 'bold' : 'normal',
      align: line.center ? 'center' : 'left',
    })
    y += Math.round(size * 1.9)
  }
  return { width: page.width, height: y + margin, elements }
}

/** @type {Array<{ image: string, expected: { text: string } }>} */
const rendered = []
for (const page of pages) {
  const bytes = await renderDocument(pageLayout(page), page.render)
  const image = `fixtures/${page.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: { text: page.lines.map((line) => line.text).join('\n') } })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

// @ts-check
/**
 * Renders the template's fixtures: five document pages (a lab report, an English memo, a product
 * sheet, a physics exercise, a meeting minute), each built from blocks (heading, paragraph, table,
 * equation), drawn with @tiqu/testing's renderDocument as a scan, a photo, a crooked blurred copy, a
 * noisy JPEG and a grey copy. Each block is given once: the script draws it and writes the LaTeX a
 * perfect transcription gives (\section*, paragraphs, tabular, \[ \]). Writes fixtures/<name>.jpg and
 * fixtures/rendered.json. Deterministic: a re-run writes the same bytes.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-document render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * @typedef {{ heading: string } | { paragraph: string[] } | { table: string[][] }
 *   | { equation: string, latex: string }} Block
 * @typedef {{ name: string, latin: boolean, blocks: Block[], render: import('@tiqu/testing').RenderOptions }} Page
 */

/** @type {Page[]} */
const pages = [
  {
    name: 'lab-report-scan',
    latin: false,
    render: { seed: 71 },
    blocks: [
      { heading: '实验报告：单摆周期测量' },
      { paragraph: ['本实验用秒表测量不同摆长下单摆的周期，', '每组测量十次取平均值。'] },
      {
        table: [
          ['摆长/m', '周期/s'],
          ['0.50', '1.42'],
          ['1.00', '2.01'],
        ],
      },
      { equation: 'T = 2π√(L/g)', latex: 'T = 2\\pi\\sqrt{L/g}' },
    ],
  },
  {
    name: 'memo-english-photo',
    latin: true,
    render: { photo: true, rotation: -2, blur: 0.5, noise: 0.07, jpegQuality: 82, seed: 72 },
    blocks: [
      { heading: 'Memo: Office Move' },
      { paragraph: ['The Shanghai office moves to Floor 12', 'on Monday, 2 June 2025.'] },
      { paragraph: ['Please pack your desk by Friday and label', 'each box with your name.'] },
    ],
  },
  {
    name: 'product-sheet-skewed',
    latin: false,
    render: { rotation: 3, blur: 0.8, seed: 73 },
    blocks: [
      { heading: '产品规格说明' },
      { paragraph: ['本产品适用于家庭和小型办公室使用。'] },
      {
        table: [
          ['型号', '功率', '重量'],
          ['KX-200', '200W', '3.5kg'],
          ['KX-350', '350W', '4.2kg'],
        ],
      },
    ],
  },
  {
    name: 'physics-exercise-noisy',
    latin: false,
    render: { noise: 0.2, jpegQuality: 60, seed: 74 },
    blocks: [
      { heading: '练习题三' },
      { paragraph: ['质量为2kg的物体受到10N的水平拉力，', '求物体的加速度。'] },
      { equation: 'a = F / m = 5 m/s²', latex: 'a = F / m = 5\\ \\mathrm{m/s^{2}}' },
    ],
  },
  {
    name: 'minutes-grey',
    latin: false,
    render: { blur: 0.6, jpegQuality: 72, seed: 75 },
    blocks: [
      { heading: '项目周会纪要' },
      { paragraph: ['时间：2025年3月14日下午2点', '地点：第三会议室'] },
      {
        table: [
          ['事项', '负责人', '截止日期'],
          ['完成接口文档', '刘洋', '3月21日'],
          ['测试环境部署', '孙悦', '3月25日'],
        ],
      },
    ],
  },
]

const width = 1000
const margin = 70

/**
 * @param {Page} page
 * @returns {import('@tiqu/testing').DocumentLayout}
 */
function pageLayout(page) {
  /** @type {import('@tiqu/testing').DocumentElement[]} */
  const elements = []
  let y = margin
  for (const block of page.blocks) {
    if ('heading' in block) {
      elements.push({ kind: 'text', text: block.heading, x: margin, y, size: 40, weight: 'bold' })
      y += 84
    } else if ('paragraph' in block) {
      for (const line of block.paragraph) {
        elements.push({ kind: 'text', text: line, x: margin, y, size: 30, font: 'serif' })
        y += 54
      }
      y += 24
    } else if ('table' in block) {
      const columnWidth = 220
      for (const [r, row] of block.table.entries()) {
        for (const [c, cell] of row.entries()) {
          const x = margin + c * columnWidth
          elements.push({ kind: 'rect', x, y: y + r * 58, width: columnWidth, height: 58, lineWidth: 2 })
          elements.push({
            kind: 'text',
            text: cell,
            x: x + columnWidth / 2,
            y: y + r * 58 + 15,
            size: 26,
            align: 'center',
          })
        }
      }
      y += block.table.length * 58 + 40
    } else {
      elements.push({
        kind: 'text',
        text: block.equation,
        x: width / 2,
        y,
        size: 34,
        font: 'serif',
        align: 'center',
      })
      y += 80
    }
  }
  return { width, height: y + margin, elements }
}

/**
 * The LaTeX of a page as a perfect transcription writes it: blocks apart by a blank line, a
 * paragraph's lines joined (with a space in Latin text, without one in Chinese), tables ruled.
 * @param {Page} page
 */
function latexOf(page) {
  return page.blocks
    .map((block) => {
      if ('heading' in block) return `\\section*{${block.heading}}`
      if ('paragraph' in block) return block.paragraph.join(page.latin ? ' ' : '')
      if ('table' in block) {
        const columns = block.table[0]?.map(() => 'c').join('|') ?? ''
        const rows = block.table.map((row) => `${row.join(' & ')} \\\\ \\hline`)
        return [`\\begin{tabular}{|${columns}|}`, '\\hline', ...rows, '\\end{tabular}'].join('\n')
      }
      return `\\[ ${block.latex} \\]`
    })
    .join('\n\n')
}

/** @type {Array<{ image: string, expected: { latex: string } }>} */
const rendered = []
for (const page of pages) {
  const bytes = await renderDocument(pageLayout(page), page.render)
  const image = `fixtures/${page.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: { latex: latexOf(page) } })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

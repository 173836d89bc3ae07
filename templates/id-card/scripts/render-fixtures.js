// @ts-check
/**
 * Renders the template's fixtures: four card fronts and three backs with invented holders (plausible
 * region codes, valid check characters, nobody's), drawn with @tiqu/testing's renderDocument and
 * delivered as a scan, a blurred noisy copy, a crooked scan, desk photos and a low-quality JPEG.
 * Writes fixtures/<name>.jpg and fixtures/rendered.json (each image with the values drawn on it,
 * exactly), which src/index.ts lists in `examples`. Deterministic: a re-run writes the same bytes.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-id-card render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { backLayout, frontLayout } from './card-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

const noBack = { issuing_authority: null, validity_period: null }
const noFront = {
  name: null,
  sex: null,
  ethnicity: null,
  birth_date: null,
  address: null,
  id_number: null,
}

/**
 * @param {import('./card-layout.js').Front} front
 */
function frontValues(front) {
  const [year, month, day] = front.birth
  return {
    side: 'front',
    name: front.name,
    sex: front.sex,
    ethnicity: front.ethnicity,
    birth_date: `${year}年${month}月${day}日`,
    address: front.address.join(''),
    id_number: front.idNumber,
    ...noBack,
  }
}

/**
 * @param {import('./card-layout.js').Back} back
 */
function backValues(back) {
  return { side: 'back', ...noFront, issuing_authority: back.authority, validity_period: back.validity }
}

/** @type {Array<{ name: string, layout: import('@tiqu/testing').DocumentLayout, expected: object, render: import('@tiqu/testing').RenderOptions }>} */
const fixtures = []

/** @type {Array<{ name: string, front: import('./card-layout.js').Front, render: import('@tiqu/testing').RenderOptions }>} */
const fronts = [
  {
    name: 'front-scan',
    front: {
      name: '王建华',
      sex: '男',
      ethnicity: '汉',
      birth: ['1986', '7', '23'],
      address: ['北京市朝阳区建国路88号', '院3号楼2单元1501号'],
      idNumber: '110105198607231235',
    },
    render: { seed: 1 },
  },
  {
    name: 'front-blurred-noisy',
    front: {
      name: '李秀英',
      sex: '女',
      ethnicity: '回',
      birth: ['1992', '11', '4'],
      address: ['宁夏回族自治区银川市兴', '庆区解放西街126号'],
      idNumber: '640104199211040426',
    },
    render: { blur: 1.2, noise: 0.12, jpegQuality: 70, seed: 2 },
  },
  {
    name: 'front-skewed',
    front: {
      name: '欧阳明轩',
      sex: '男',
      ethnicity: '土家',
      birth: ['1978', '12', '9'],
      address: ['湖南省张家界市永定区南', '庄坪街道大庸桥社区', '桥头路17号'],
      idNumber: '430802197812091613',
    },
    render: { rotation: 5, seed: 3 },
  },
  {
    name: 'front-photo',
    front: {
      name: '陈静',
      sex: '女',
      ethnicity: '满',
      birth: ['1965', '3', '1'],
      address: ['辽宁省沈阳市和平区南京', '南街47号2-3-1'],
      idNumber: '210102196503012025',
    },
    render: { photo: true, rotation: -6, blur: 0.6, noise: 0.1, jpegQuality: 80, seed: 4 },
  },
]
for (const { name, front, render } of fronts) {
  fixtures.push({ name, layout: frontLayout(front), expected: frontValues(front), render })
}

/** @type {Array<{ name: string, back: import('./card-layout.js').Back, render: import('@tiqu/testing').RenderOptions }>} */
const backs = [
  {
    name: 'back-scan',
    back: { authority: '北京市公安局朝阳分局', validity: '2016.08.15-2036.08.15' },
    render: { seed: 5 },
  },
  {
    name: 'back-photo',
    back: { authority: '银川市公安局兴庆区分局', validity: '2019.05.20-2029.05.20' },
    render: { photo: true, rotation: 4, blur: 0.5, noise: 0.08, jpegQuality: 80, seed: 6 },
  },
  {
    name: 'back-noisy-long-term',
    back: { authority: '沈阳市公安局和平分局', validity: '2010.03.01-长期' },
    render: { noise: 0.3, jpegQuality: 45, seed: 7 },
  },
]
for (const { name, back, render } of backs) {
  fixtures.push({ name, layout: backLayout(back), expected: backValues(back), render })
}

/** @type {Array<{ image: string, expected: object }>} */
const rendered = []
for (const fixture of fixtures) {
  const bytes = await renderDocument(fixture.layout, fixture.render)
  const image = `fixtures/id-card-${fixture.name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({ image, expected: fixture.expected })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

// @ts-check
/**
 * Renders the template's fixtures: the main pages of vehicle licences for invented vehicles and
 * owners (manufacturer codes as Chinese VINs begin, check digits computed here, nobody's), drawn with
 * @tiqu/testing's renderDocument and delivered as a scan, a blurred noisy copy, a crooked scan, desk
 * photos and a low-quality JPEG. Writes fixtures/<name>.jpg and fixtures/rendered.json (each image
 * with the values drawn on it, exactly), which src/index.ts lists in `examples`. Deterministic: a
 * re-run writes the same bytes. Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built
 * @tiqu/testing. Run with `pnpm --filter @tiqu/template-vehicle-license render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { licenseLayout } from './license-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The VIN with its ISO 3779 check digit put at position 9 (given there as '?').
 * @param {string} vin
 */
function withCheckDigit(vin) {
  /** @type {{ [letter: string]: number }} */
  const values = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5 }
  Object.assign(values, { P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 })
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
  const sum = [...vin].reduce((total, character, index) => {
    const value = /\d/u.test(character) ? Number(character) : (values[character] ?? 0)
    return total + value * (weights[index] ?? 0)
  }, 0)
  const check = sum % 11 === 10 ? 'X' : String(sum % 11)
  return `${vin.slice(0, 8)}${check}${vin.slice(9)}`
}

/** @type {Array<{ name: string, license: import('./license-layout.js').License, render: import('@tiqu/testing').RenderOptions }>} */
const fixtures = [
  {
    name: 'beijing-scan',
    license: {
      plate: '京N8K2L6',
      type: '小型轿车',
      owner: '张伟明',
      address: ['北京市朝阳区望京西园三区312号楼1单元602号'],
      use: '非营运',
      model: '大众汽车牌SVW71612BM',
      vin: withCheckDigit('LSVAM418?C2184758'),
      engine: 'CSS128457',
      registered: '2016-05-20',
      issued: '2016-05-20',
      seal: ['北京市公安局', '公安交通管理局'],
    },
    render: { seed: 1 },
  },
  {
    name: 'shanghai-blurred-noisy',
    license: {
      plate: '沪AD12345',
      type: '小型轿车',
      owner: '上海云帆智能科技有限公司',
      address: ['上海市浦东新区张江路665号3幢'],
      use: '非营运',
      model: '特斯拉牌TSL7000BEVAR0',
      vin: withCheckDigit('LRW3E7EB?MC123456'),
      engine: 'TG1210M8A0123',
      registered: '2021-03-18',
      issued: '2021-03-18',
      seal: ['上海市公安局', '交通警察总队'],
    },
    render: { blur: 1.1, noise: 0.12, jpegQuality: 70, seed: 2 },
  },
  {
    name: 'shenzhen-skewed',
    license: {
      plate: '粤B5C7D9',
      type: '小型普通客车',
      owner: '王海涛',
      address: ['广东省深圳市南山区粤海街道科技南路16号'],
      use: '非营运',
      model: '广汽本田牌HG6482BAC6',
      vin: withCheckDigit('LHGRT385?K8012345'),
      engine: 'L15BN3012345',
      registered: '2019-07-08',
      issued: '2022-11-03',
      seal: ['深圳市公安局', '交通警察局'],
    },
    render: { rotation: 5, seed: 3 },
  },
  {
    name: 'chengdu-truck-photo',
    license: {
      plate: '川A3F8K2',
      type: '重型厢式货车',
      owner: '成都锦城物流有限公司',
      address: ['四川省成都市武侯区人民南路四段9号'],
      use: '货运',
      model: '东风牌DFH5180XXYEX8',
      vin: withCheckDigit('LGAX5C35?J1012345'),
      engine: 'D6A07E5B1234',
      registered: '2018-09-26',
      issued: '2018-09-26',
      seal: ['成都市公安局', '交通管理局'],
    },
    render: { photo: true, rotation: -4, blur: 0.6, noise: 0.1, jpegQuality: 80, seed: 4 },
  },
  {
    name: 'hangzhou-low-quality',
    license: {
      plate: '浙A7H21M',
      type: '小型轿车',
      owner: '陈建国',
      address: ['浙江省杭州市西湖区文三路259号'],
      use: '非营运',
      model: '吉利牌MR7152L01',
      vin: withCheckDigit('L6T7824Z?NE012345'),
      engine: 'N8J2401234',
      registered: '2022-04-15',
      issued: '2022-04-15',
      seal: ['杭州市公安局', '交通警察支队'],
    },
    render: { noise: 0.28, jpegQuality: 45, seed: 5 },
  },
  {
    name: 'beijing-taxi-photo',
    license: {
      plate: '京BT3286',
      type: '小型轿车',
      owner: '北京顺达出租汽车有限公司',
      address: ['北京市丰台区南四环西路188号'],
      use: '出租客运',
      model: '北京现代牌BH7164MAV',
      vin: withCheckDigit('LBEHDAFB?LY012345'),
      engine: 'G4FGLU123456',
      registered: '2020-08-12',
      issued: '2020-08-12',
      seal: ['北京市公安局', '公安交通管理局'],
    },
    render: { photo: true, rotation: 3, noise: 0.06, jpegQuality: 75, seed: 6 },
  },
]

/** @type {Array<{ image: string, expected: object }>} */
const rendered = []
for (const { name, license, render } of fixtures) {
  const bytes = await renderDocument(licenseLayout(license), render)
  const image = `fixtures/vehicle-license-${name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({
    image,
    expected: {
      plate_number: license.plate,
      vehicle_type: license.type,
      owner: license.owner,
      address: license.address.join(''),
      use_character: license.use,
      model: license.model,
      vin: license.vin,
      engine_number: license.engine,
      register_date: license.registered,
      issue_date: license.issued,
    },
  })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

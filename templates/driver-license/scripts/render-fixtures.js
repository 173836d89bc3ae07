// @ts-check
/**
 * Renders the template's fixtures: the main pages of driving licences of invented holders (plausible
 * region codes, check characters computed here, nobody's), drawn with @tiqu/testing's renderDocument
 * and delivered as a scan, a blurred noisy copy, a crooked scan, a desk photo and a low-quality JPEG.
 * Writes fixtures/<name>.jpg and fixtures/rendered.json (each image with the values drawn on it,
 * exactly), which src/index.ts lists in `examples`. Deterministic: a re-run writes the same bytes.
 * Needs the Noto CJK fonts (apt-get install fonts-noto-cjk) and a built @tiqu/testing.
 * Run with `pnpm --filter @tiqu/template-driver-license render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { licenseLayout } from './license-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/**
 * The 17 digits with their ISO 7064 MOD 11-2 check character, as GB 11643-1999 computes it.
 * @param {string} digits
 */
function withCheck(digits) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (weights[index] ?? 0), 0)
  return `${digits}${'10X98765432'[sum % 11]}`
}

/** @type {Array<{ name: string, license: import('./license-layout.js').License, render: import('@tiqu/testing').RenderOptions }>} */
const fixtures = [
  {
    name: 'beijing-scan',
    license: {
      number: withCheck('11010519850612123'),
      name: '张伟明',
      sex: '男',
      nationality: '中国',
      address: ['北京市朝阳区望京西园三区312号楼', '1单元602号'],
      birth: '1985-06-12',
      firstIssue: '2006-09-15',
      vehicleClass: 'C1',
      validFrom: '2018-09-15',
      validUntil: '2028-09-15',
      authority: '北京市公安局公安交通管理局',
    },
    render: { seed: 1 },
  },
  {
    name: 'shanghai-blurred-noisy',
    license: {
      number: withCheck('31010419900308204'),
      name: '李娜',
      sex: '女',
      nationality: '中国',
      address: ['上海市徐汇区漕溪北路88弄5号1201室'],
      birth: '1990-03-08',
      firstIssue: '2012-07-20',
      vehicleClass: 'C2',
      validFrom: '2012-07-20',
      validUntil: '2018-07-20',
      authority: '上海市公安局交通警察总队',
    },
    render: { blur: 1.1, noise: 0.12, jpegQuality: 70, seed: 2 },
  },
  {
    name: 'shenzhen-skewed-long-term',
    license: {
      number: withCheck('44030519781130461'),
      name: '王海涛',
      sex: '男',
      nationality: '中国',
      address: ['广东省深圳市南山区粤海街道科技南', '路16号'],
      birth: '1978-11-30',
      firstIssue: '1999-04-02',
      vehicleClass: 'A2D',
      validFrom: '2015-04-02',
      validUntil: '长期',
      authority: '深圳市公安局交通警察局',
    },
    render: { rotation: 5, seed: 3 },
  },
  {
    name: 'chengdu-photo',
    license: {
      number: withCheck('51010719950821302'),
      name: '刘芳',
      sex: '女',
      nationality: '中国',
      address: ['四川省成都市武侯区人民南路四段27号'],
      birth: '1995-08-21',
      firstIssue: '2016-01-11',
      vehicleClass: 'C1',
      validFrom: '2022-01-11',
      validUntil: '2032-01-11',
      authority: '成都市公安局交通管理局',
    },
    render: { photo: true, rotation: -4, blur: 0.6, noise: 0.1, jpegQuality: 80, seed: 4 },
  },
  {
    name: 'hangzhou-low-quality',
    license: {
      number: withCheck('33010619690214573'),
      name: '陈建国',
      sex: '男',
      nationality: '中国',
      address: ['浙江省杭州市西湖区文三路259号'],
      birth: '1969-02-14',
      firstIssue: '1992-10-08',
      vehicleClass: 'B2E',
      validFrom: '2020-10-08',
      validUntil: '2030-10-08',
      authority: '杭州市公安局交通警察支队',
    },
    render: { noise: 0.28, jpegQuality: 45, seed: 5 },
  },
  {
    name: 'wuhan-photo-motorcycle',
    license: {
      number: withCheck('42010619930517282'),
      name: '欧阳晓燕',
      sex: '女',
      nationality: '中国',
      address: ['湖北省武汉市武昌区中南路7号', '中商广场B座1806室'],
      birth: '1993-05-17',
      firstIssue: '2013-06-03',
      vehicleClass: 'C1E',
      validFrom: '2019-06-03',
      validUntil: '2029-06-03',
      authority: '武汉市公安局交通管理局',
    },
    render: { photo: true, rotation: 3, noise: 0.06, jpegQuality: 75, seed: 6 },
  },
]

/** @type {Array<{ image: string, expected: object }>} */
const rendered = []
for (const { name, license, render } of fixtures) {
  const bytes = await renderDocument(licenseLayout(license), render)
  const image = `fixtures/driver-license-${name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({
    image,
    expected: {
      license_number: license.number,
      name: license.name,
      sex: license.sex,
      nationality: license.nationality,
      address: license.address.join(''),
      birth_date: license.birth,
      first_issue_date: license.firstIssue,
      vehicle_class: license.vehicleClass,
      valid_from: license.validFrom,
      valid_until: license.validUntil,
      issuing_authority: license.authority,
    },
  })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

// @ts-check
/**
 * Renders the template's fixtures: business licences (副本) of five invented companies, each credit
 * code passing its GB 32100-2015 check, drawn with @tiqu/testing's renderDocument and delivered as a
 * scan, a blurred noisy copy, a desk photo, a crooked scan and a low-quality JPEG. Writes
 * fixtures/<name>.jpg and fixtures/rendered.json (each image with the values drawn on it, exactly),
 * which src/index.ts lists in `examples`. Deterministic: a re-run writes the same bytes. Needs the Noto
 * CJK fonts and a built @tiqu/testing. Run with `pnpm --filter @tiqu/template-business-license render:fixtures`.
 */
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderDocument } from '@tiqu/testing'
import { licenseLayout } from './license-layout.js'

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** @type {Array<{ name: string, license: import('./license-layout.js').License, render: import('@tiqu/testing').RenderOptions }>} */
const fixtures = [
  {
    name: 'beijing-scan',
    license: {
      code: '91110108MA01C7K2PH',
      name: '北京云帆数据科技有限公司',
      type: '有限责任公司（自然人投资或控股）',
      legalRepresentative: '张立新',
      capital: '壹仟万元整',
      established: '2018年04月09日',
      term: '2018年04月09日至长期',
      address: '北京市海淀区中关村大街27号1106室',
      scope: [
        '技术开发、技术咨询、技术服务；数据处理；',
        '软件开发；计算机系统服务；销售电子产品、',
        '计算机软件及辅助设备。（市场主体依法自主',
        '选择经营项目，开展经营活动。）',
      ],
      authority: '北京市海淀区市场监督管理局',
      issued: '2021年03月15日',
    },
    render: { seed: 1 },
  },
  {
    name: 'shenzhen-blurred',
    license: {
      code: '91440300MA5F3R8L91',
      name: '深圳市海岸线贸易有限公司',
      type: '有限责任公司（自然人独资）',
      legalRepresentative: '林晓峰',
      capital: '人民币500万元',
      established: '2019年11月22日',
      term: '2019年11月22日至2049年11月21日',
      address: '深圳市南山区粤海街道科技园路8号',
      scope: [
        '一般经营项目是：国内贸易；货物及技术',
        '进出口；供应链管理服务；日用百货、服装',
        '鞋帽的销售。',
      ],
      authority: '深圳市市场监督管理局',
      issued: '2023年06月02日',
    },
    render: { blur: 1.1, noise: 0.1, jpegQuality: 72, seed: 2 },
  },
  {
    name: 'hangzhou-photo',
    license: {
      code: '91330106773564218X',
      name: '杭州西溪茶业股份有限公司',
      type: '股份有限公司（非上市、自然人投资或控股）',
      legalRepresentative: '周文涛',
      capital: '叁仟陆佰万元整',
      established: '2005年07月18日',
      term: '2005年07月18日至长期',
      address: '杭州市西湖区文二西路198号',
      scope: [
        '茶叶种植、加工、销售；预包装食品销售；',
        '农产品初加工服务；会议及展览服务。（依法',
        '须经批准的项目，经相关部门批准后方可开展',
        '经营活动）',
      ],
      authority: '杭州市西湖区市场监督管理局',
      issued: '2020年09月28日',
    },
    render: { photo: true, rotation: -4, blur: 0.6, noise: 0.1, jpegQuality: 66, seed: 3 },
  },
  {
    name: 'shanghai-skewed',
    license: {
      code: '91310115MA1K4N6W26',
      name: '上海浦江智能装备有限公司',
      type: '有限责任公司（外商投资企业法人独资）',
      legalRepresentative: '陈国栋',
      capital: '美元200万元',
      established: '2017年02月06日',
      term: '2017年02月06日至2047年02月05日',
      address: '上海市浦东新区张江路665号3幢',
      scope: ['智能装备、工业机器人的研发、生产及销售；', '从事货物及技术的进出口业务。'],
      authority: '上海市浦东新区市场监督管理局',
      issued: '2022年12月20日',
    },
    render: { rotation: 3, seed: 4 },
  },
  {
    name: 'chengdu-noisy',
    license: {
      code: '91510107MA6DGE3B47',
      name: '成都锦城餐饮管理有限公司',
      type: '其他有限责任公司',
      legalRepresentative: '刘雨桐',
      capital: '200万元人民币',
      established: '2020年08月31日',
      term: '2020年08月31日至长期',
      address: '成都市武侯区人民南路四段9号',
      scope: [
        '餐饮管理；餐饮服务；食品销售；酒类经营。',
        '（依法须经批准的项目，经相关部门批准后方',
        '可开展经营活动）',
      ],
      authority: '成都市武侯区市场监督管理局',
      issued: '2020年08月31日',
    },
    render: { noise: 0.28, jpegQuality: 50, seed: 5 },
  },
]

// The licence prints full-width brackets and punctuation; the values are given with the forms that have
// an ASCII twin made half-width (（ → (, ； → ;, ， → ,), as the embedded engine returns them and
// the prompt asks. 、 and 。 have no such twin and stay.
const halfwidth = (/** @type {string} */ text) =>
  text.replace(/[\uff01-\uff5e]/gu, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0))

/** @type {Array<{ image: string, expected: object }>} */
const rendered = []
for (const { name, license, render } of fixtures) {
  const bytes = await renderDocument(licenseLayout(license), render)
  const image = `fixtures/business-license-${name}.jpg`
  await writeFile(join(packageRoot, image), bytes)
  rendered.push({
    image,
    expected: {
      unified_social_credit_code: license.code,
      name: license.name,
      type: halfwidth(license.type),
      legal_representative: license.legalRepresentative,
      registered_capital: license.capital,
      date_of_establishment: license.established,
      business_term: license.term,
      address: license.address,
      business_scope: halfwidth(license.scope.join('')),
      registration_authority: license.authority,
      issue_date: license.issued,
    },
  })
  console.error(`wrote ${image} (${Math.round(bytes.length / 1024)} KB)`)
}
await writeFile(join(packageRoot, 'fixtures/rendered.json'), `${JSON.stringify(rendered, null, 2)}\n`)
console.error('wrote fixtures/rendered.json')

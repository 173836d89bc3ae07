import type { OcrLine } from '@tiqu/core'
import { fillFromRules } from '@tiqu/engine-local'
import { expect, it } from 'vitest'
import { localRules } from './local-rules.js'
import { schema } from './schema.js'

const line = (text: string, x: number, y: number, width: number): OcrLine => ({
  text,
  box: { x, y, width, height: 32 },
  score: 0.96,
})

// As PaddleOCR boxed fixtures/business-license-beijing-scan.jpg: spaced labels split in two, the
// second character of 住所 run into the address, the 住 beside the scope's first line.
const lines = [
  line('统一社会信用代码', 110, 202, 225),
  line('营业执照', 600, 198, 466),
  line('91110108MA01C7K2PH', 110, 252, 420),
  line('名', 110, 402, 34),
  line('称', 203, 401, 37),
  line('北京云帆数据科技有限公司', 289, 403, 359),
  line('注册资本壹仟万元整', 960, 402, 300),
  line('类', 107, 470, 39),
  line('型', 203, 471, 37),
  line('有限责任公司 (自然人投资或控股)', 290, 475, 459),
  line('成立日期2018年04月09日', 960, 472, 371),
  line('法定代表人张立新', 109, 542, 273),
  line('营业期限2018年04月09日至长期', 960, 541, 465),
  line('经营范围', 109, 612, 129),
  line('技术开发、技术咨询;数据处理;', 290, 614, 590),
  line('住', 959, 612, 37),
  line('所北京市海淀区中关村大街27号1106室', 1055, 614, 544),
  line('软件开发;计算机系统服务。', 289, 660, 582),
  line('登记机关北京市海淀区市场监督管理局', 999, 882, 481),
  line('2021年03月15日', 1071, 960, 256),
  line('国家企业信用信息公示系统网址:http://www.gsxt.gov.cn', 589, 1080, 522),
]

it('reads split labels, the scope beside the right column, and the date under the seal', () => {
  expect(fillFromRules(lines, localRules, schema)).toEqual({
    unified_social_credit_code: '91110108MA01C7K2PH',
    name: '北京云帆数据科技有限公司',
    type: '有限责任公司(自然人投资或控股)',
    legal_representative: '张立新',
    registered_capital: '壹仟万元整',
    date_of_establishment: '2018年04月09日',
    business_term: '2018年04月09日至长期',
    address: '北京市海淀区中关村大街27号1106室',
    business_scope: '技术开发、技术咨询;数据处理;软件开发;计算机系统服务。',
    registration_authority: '北京市海淀区市场监督管理局',
    issue_date: '2021年03月15日',
  })
})

import type { OcrLine } from '@tiqu/core'
import { fillFromRules } from '@tiqu/engine-local'
import { expect, it } from 'vitest'
import { localRules } from './local-rules.js'
import { schema } from './schema.js'

// Lines as PaddleOCR returns a licence's main page when it boxes each label apart from its value.
const line = (text: string, x: number, y: number, width: number): OcrLine => ({
  text,
  box: { x, y, width, height: 40 },
  score: 0.98,
})

it('reads a page whose labels and values are separate boxes', () => {
  const lines = [
    line('中华人民共和国机动车驾驶证', 300, 34, 720),
    line('证号', 60, 160, 64),
    line('4403 0519 7811 3046 17', 200, 154, 640),
    line('姓名 Name', 60, 252, 130),
    line('王海涛', 230, 246, 120),
    line('性别Sex', 500, 252, 110),
    line('男', 650, 246, 40),
    line('国籍 Nationality', 760, 252, 200),
    line('中国', 1010, 246, 80),
    line('住址Adress', 60, 342, 150),
    line('广东省深圳市南山区粤海街道科技南', 260, 336, 640),
    line('路16号', 260, 390, 110),
    line('出生日期Date of Birth', 420, 486, 270),
    line('1978-11-30', 740, 482, 200),
    line('初次领证日期 Issue Date', 420, 576, 290),
    line('1999-04-02', 740, 572, 200),
    line('深圳市公安局交通警察局', 90, 666, 260),
    line('准驾车型 class', 420, 666, 200),
    line('A2D', 740, 662, 70),
    line('有效期限 Valid Period', 420, 770, 260),
    line('2015-04-02 至 长期', 740, 766, 290),
  ]
  expect(fillFromRules(lines, localRules, schema)).toEqual({
    license_number: '440305197811304617',
    name: '王海涛',
    sex: '男',
    nationality: '中国',
    address: '广东省深圳市南山区粤海街道科技南路16号',
    birth_date: '1978-11-30',
    first_issue_date: '1999-04-02',
    vehicle_class: 'A2D',
    valid_from: '2015-04-02',
    valid_until: '长期',
    issuing_authority: '深圳市公安局交通警察局',
  })
})

it('reads values the detector merged into their label lines', () => {
  const lines = [
    line('证号 11010519850612123X', 60, 154, 780),
    line('姓名Name张伟明 性别Sex男', 60, 246, 500),
    line('准驾车型ClassC1E', 420, 662, 300),
    line('有效期限Valid Period2018-09-15至2028-09-15', 420, 766, 700),
  ]
  expect(fillFromRules(lines, localRules, schema)).toMatchObject({
    license_number: '11010519850612123X',
    name: '张伟明',
    vehicle_class: 'C1E',
    valid_from: '2018-09-15',
    valid_until: '2028-09-15',
  })
})

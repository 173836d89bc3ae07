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
    line('中华人民共和国机动车行驶证', 300, 40, 720),
    line('号牌号码Plate No.', 60, 222, 220),
    line('川A3F8K2', 340, 218, 150),
    line('车辆类型vehicle Type', 590, 222, 230),
    line('重型厢式货车', 850, 218, 210),
    line('所有人owner', 60, 312, 160),
    line('成都锦城物流有限公司', 340, 308, 350),
    line('住址Address', 60, 402, 150),
    line('四川省成都市武侯区人民南路', 340, 396, 450),
    line('四段9号', 340, 446, 120),
    line('使用性质 Use Character', 60, 526, 250),
    line('货运', 340, 522, 70),
    line('品牌型号Model', 590, 526, 180),
    line('东风牌DFH5180XXYEX8', 850, 522, 360),
    line('车辆识别代号VIN', 60, 616, 230),
    line('LGAX5C352J1012345', 340, 612, 400),
    line('成都市公安局', 1040, 640, 130),
    line('发动机号码 Engine No.', 60, 706, 250),
    line('D6A07E5B1234', 340, 702, 280),
    line('注册日期 Register Date', 60, 796, 240),
    line('2018-09-26', 340, 792, 180),
    line('发证日期Issue Date', 590, 796, 210),
    line('2018-09-26', 850, 792, 180),
  ]
  expect(fillFromRules(lines, localRules, schema)).toEqual({
    plate_number: '川A3F8K2',
    vehicle_type: '重型厢式货车',
    owner: '成都锦城物流有限公司',
    address: '四川省成都市武侯区人民南路四段9号',
    use_character: '货运',
    model: '东风牌DFH5180XXYEX8',
    vin: 'LGAX5C352J1012345',
    engine_number: 'D6A07E5B1234',
    register_date: '2018-09-26',
    issue_date: '2018-09-26',
  })
})

it('reads values the detector merged into their label lines, and stops at the next label', () => {
  const lines = [
    line('号牌号码Plate No.京N8K2L6 车辆类型vehicle Type小型轿车', 60, 218, 1000),
    line('使用性质Use Character非营运 品牌型号Model大众汽车牌SVW71612BM', 60, 522, 1150),
    line('车辆识别代号VIN LSVAM4188C2184758', 60, 612, 700),
    line('发动机号码Engine No.CSS128457', 60, 702, 500),
  ]
  expect(fillFromRules(lines, localRules, schema)).toMatchObject({
    plate_number: '京N8K2L6',
    vehicle_type: '小型轿车',
    use_character: '非营运',
    model: '大众汽车牌SVW71612BM',
    vin: 'LSVAM4188C2184758',
    engine_number: 'CSS128457',
  })
})

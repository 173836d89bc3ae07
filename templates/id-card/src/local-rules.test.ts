import type { OcrLine } from '@tiqu/core'
import { fillFromRules } from '@tiqu/engine-local'
import { expect, it } from 'vitest'
import { localRules } from './local-rules.js'
import { schema } from './schema.js'

// Lines as PaddleOCR returns a card front when it boxes each label apart from its value.
const line = (text: string, x: number, y: number, width: number): OcrLine => ({
  text,
  box: { x, y, width, height: 40 },
  score: 0.98,
})

it('reads a front whose labels and values are separate boxes', () => {
  const lines = [
    line('姓名', 96, 100, 70),
    line('欧阳明轩', 226, 96, 170),
    line('性别', 96, 196, 70),
    line('男', 226, 192, 42),
    line('民族', 400, 196, 70),
    line('土家', 526, 192, 84),
    line('出生', 96, 292, 70),
    line('1978', 226, 288, 100),
    line('年', 346, 292, 34),
    line('12月', 390, 288, 80),
    line('9', 510, 288, 24),
    line('日', 560, 292, 34),
    line('住址', 96, 388, 70),
    line('湖南省张家界市永定区南', 226, 384, 462),
    line('庄坪街道大庸桥社区', 226, 442, 378),
    line('桥头路17号', 226, 500, 230),
    line('公民身份号码', 96, 664, 204),
    line('4308 0219 7812 0916 13', 430, 656, 640),
  ]
  expect(fillFromRules(lines, localRules, schema)).toEqual({
    side: 'front',
    name: '欧阳明轩',
    sex: '男',
    ethnicity: '土家',
    birth_date: '1978年12月9日',
    address: '湖南省张家界市永定区南庄坪街道大庸桥社区桥头路17号',
    id_number: '430802197812091613',
    issuing_authority: null,
    validity_period: null,
  })
})

it('reads a back whose labels and values were merged into one line each', () => {
  const lines = [
    line('中华人民共和国', 400, 96, 500),
    line('居民身份证', 400, 214, 600),
    line('签发机关 沈阳市公安局和平分局', 230, 586, 600),
    line('有效期限 2010.03.01-长期', 230, 672, 560),
  ]
  expect(fillFromRules(lines, localRules, schema)).toMatchObject({
    side: 'back',
    name: null,
    address: null,
    id_number: null,
    issuing_authority: '沈阳市公安局和平分局',
    validity_period: '2010.03.01-长期',
  })
})

import type { TextToDraw } from './render-page.js'

/** A ticket-like page, 1260 × 820: the strings a train ticket carries, in its layout. */
export const ticketSize = { width: 1260, height: 820 } as const

export const ticketTexts: TextToDraw[] = [
  { text: 'E12345678', x: 60, y: 40, size: 30 },
  { text: '检票:12A', x: 900, y: 40, size: 30 },
  { text: '北京南站', x: 80, y: 120, size: 56, bold: true },
  { text: 'G1234', x: 530, y: 130, size: 44 },
  { text: '上海虹桥站', x: 830, y: 120, size: 56, bold: true },
  { text: 'Beijingnan', x: 100, y: 190, size: 28 },
  { text: 'Shanghaihongqiao', x: 850, y: 190, size: 28 },
  { text: '2025年06月18日 08:05开', x: 80, y: 270, size: 36 },
  { text: '05车12F号', x: 700, y: 270, size: 36 },
  { text: '¥553.0元', x: 80, y: 340, size: 36 },
  { text: '二等座', x: 700, y: 340, size: 36 },
  { text: '限乘当日当次车', x: 80, y: 410, size: 28 },
  { text: '3101011990****1234 张三', x: 80, y: 470, size: 32 },
  { text: '买票请到12306 发货请到95306', x: 80, y: 540, size: 26 },
  { text: '中国铁路祝您旅途愉快', x: 380, y: 600, size: 26 },
  { text: '65412311210618E012345 北京南售', x: 80, y: 700, size: 26 },
]

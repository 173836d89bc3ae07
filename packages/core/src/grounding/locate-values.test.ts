import { describe, expect, it } from 'vitest'
import type { OcrLine } from '../engine/types.js'
import { locateValues } from './locate-values.js'

const line = (text: string, x: number, y: number, width: number, height = 40): OcrLine => ({
  text,
  score: 0.99,
  box: { x, y, width, height },
})

// The sample ticket's lines as the embedded engine reads them (examples/train-ticket.jpg).
const ticket: OcrLine[] = [
  line('Z69E012345', 66, 39, 269, 35),
  line('北京南站售', 1009, 34, 171),
  line('检票：14B', 1008, 86, 126, 34),
  line('北京南站', 93, 135, 262, 63),
  line('G1234', 535, 131, 215, 61),
  line('上海虹桥站', 856, 136, 324, 62),
  line('2025年06月18日08：05开', 68, 303, 501, 39),
  line('05车12F号', 846, 300, 214, 44),
  line('￥553.0元', 82, 373, 186, 43),
  line('二等座', 898, 368, 141, 51),
  line('1101051990****123X张三', 64, 506, 509, 49),
  line('10010301100710E012345北京南售', 66, 740, 507, 29),
]

describe('locateValues', () => {
  it('places values on the line whose text is the value, or holds it, across widths and spaces', () => {
    const boxes = locateValues(
      {
        train_number: 'Ｇ１２３４',
        departure_station: '北京南站',
        departure_date_and_time: '2025年06月18日 08:05开',
        ticket_price: '553.0',
        passenger_name: '张三',
        seat_class: null,
      },
      ticket,
    )
    expect(boxes).toEqual({
      '/train_number': { x: 535, y: 131, width: 215, height: 61 },
      // The line that is exactly the station wins over the one that merely holds it ('北京南站售').
      '/departure_station': { x: 93, y: 135, width: 262, height: 63 },
      '/departure_date_and_time': { x: 68, y: 303, width: 501, height: 39 },
      '/ticket_price': { x: 82, y: 373, width: 186, height: 43 },
      '/passenger_name': { x: 64, y: 506, width: 509, height: 49 },
    })
  })

  it('joins adjacent lines of one row when the value spreads over them', () => {
    const lines = [line('上海', 100, 100, 80), line('虹桥站', 190, 102, 120), line('二等座', 100, 200, 90)]
    expect(locateValues({ station: '上海虹桥站' }, lines)).toEqual({
      '/station': { x: 100, y: 100, width: 210, height: 42 },
    })
    // Text on two rows is not one value.
    expect(locateValues({ station: '虹桥站二等' }, lines)).toEqual({})
  })

  it('gives no box when the value is nowhere, or equally in two places', () => {
    const lines = [line('G1234', 0, 0, 100), line('G1234', 0, 500, 100), line('05车12F号', 0, 100, 100)]
    expect(locateValues({ train_number: 'G1234', seat: '07车01A号', car: '车' }, lines)).toEqual({})
  })

  it('matches a long value with one character read otherwise, but not a short one', () => {
    const boxes = locateValues({ id_card_number: '1101051990****123X', train_number: 'G1235' }, [
      line('1101O51990****123X张三', 64, 506, 509, 49),
      line('G1234', 535, 131, 215, 61),
    ])
    expect(boxes).toEqual({ '/id_card_number': { x: 64, y: 506, width: 509, height: 49 } })
  })

  it('places nested values by JSON pointer, numbers included', () => {
    const lines = [line('苹果 x2', 0, 0, 100), line('单价 12.5', 0, 60, 100), line('a/b', 0, 120, 60)]
    expect(locateValues({ items: [{ name: '苹果', price: 12.5 }], 'a/b': 'a/b', flag: true }, lines)).toEqual(
      {
        '/items/0/name': { x: 0, y: 0, width: 100, height: 40 },
        '/items/0/price': { x: 0, y: 60, width: 100, height: 40 },
        '/a~1b': { x: 0, y: 120, width: 60, height: 40 },
      },
    )
  })
})

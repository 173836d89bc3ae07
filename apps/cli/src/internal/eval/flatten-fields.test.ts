import { describe, expect, it } from 'vitest'
import { flattenFields } from './flatten-fields.js'

describe('flattenFields', () => {
  it('names top-level, nested and array-item leaves by path', () => {
    expect(
      flattenFields({
        number: 'A1',
        seat: { car: '05', place: null },
        items: [{ name: 'pen', price: 2 }, { name: 'ink' }],
        tags: ['x', 'y'],
        notes: [],
      }),
    ).toEqual([
      { path: 'number', field: 'number', value: 'A1' },
      { path: 'seat.car', field: 'seat.car', value: '05' },
      { path: 'seat.place', field: 'seat.place', value: null },
      { path: 'items[0].name', field: 'items[].name', value: 'pen' },
      { path: 'items[0].price', field: 'items[].price', value: 2 },
      { path: 'items[1].name', field: 'items[].name', value: 'ink' },
      { path: 'tags[0]', field: 'tags[]', value: 'x' },
      { path: 'tags[1]', field: 'tags[]', value: 'y' },
    ])
  })

  it('has no leaves for what is not an object', () => {
    expect(flattenFields(null)).toEqual([])
    expect(flattenFields('text')).toEqual([])
    expect(flattenFields([{ a: 1 }])).toEqual([])
  })
})

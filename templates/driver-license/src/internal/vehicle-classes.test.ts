import { expect, it } from 'vitest'
import { splitVehicleClass, vehicleClasses } from './vehicle-classes.js'

it('lists the seventeen classes', () => {
  expect(Object.keys(vehicleClasses)).toHaveLength(17)
})

it('splits codes run together, or apart', () => {
  expect(splitVehicleClass('C1')).toEqual({ codes: ['C1'] })
  expect(splitVehicleClass('C1E')).toEqual({ codes: ['C1', 'E'] })
  expect(splitVehicleClass('A2D')).toEqual({ codes: ['A2', 'D'] })
  expect(splitVehicleClass('a1 b2, M')).toEqual({ codes: ['A1', 'B2', 'M'] })
})

it('stops at what is no code', () => {
  expect(splitVehicleClass('C7')).toEqual({ codes: [], unknown: 'C7' })
  expect(splitVehicleClass('C1G')).toEqual({ codes: ['C1'], unknown: 'G' })
  expect(splitVehicleClass('B')).toEqual({ codes: [], unknown: 'B' })
})

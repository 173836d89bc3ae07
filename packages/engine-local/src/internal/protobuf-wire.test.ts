import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { modelPaths } from './model-paths.js'
import {
  floatField,
  readFields,
  readPackedVarints,
  stringField,
  textOf,
  varintField,
  writeFields,
} from './protobuf-wire.js'

describe('readFields and writeFields', () => {
  it.each(['detection', 'recognition', 'orientation'] as const)(
    'give back the %s model byte for byte, nested messages included',
    async (model) => {
      const bytes = new Uint8Array(await readFile(modelPaths()[model]))
      const fields = readFields(bytes)
      // Compared as buffers: a deep equality of ten million elements takes a minute.
      expect(Buffer.from(writeFields(fields)).equals(bytes)).toBe(true)
      const graph = fields.find((field) => field.number === 7)
      if (graph?.wireType !== 2) throw new Error('an ONNX model has a graph')
      expect(Buffer.from(writeFields(readFields(graph.value))).equals(graph.value)).toBe(true)
    },
  )

  it('keep a negative int64 (ten bytes on the wire), a float and text', () => {
    const bytes = writeFields([varintField(3, -1), floatField(2, 1 / 6), stringField(1, '检票口 A')])
    expect(bytes.length).toBe(1 + 10 + 1 + 4 + 1 + 1 + 11)
    const [integer, float, text] = readFields(bytes)
    expect(integer?.value).toBe(2n ** 64n - 1n)
    if (float?.wireType !== 5 || text === undefined) throw new Error('three fields')
    expect(new DataView(float.value.buffer, float.value.byteOffset).getFloat32(0, true)).toBeCloseTo(1 / 6, 7)
    expect(textOf(text)).toBe('检票口 A')
  })

  it('read a packed list of integers, as ONNX writes dims and ints', () => {
    // 3, 300 (0xac 0x02) and −1 (ten bytes), one after another.
    const packed = Uint8Array.of(0x03, 0xac, 0x02, ...new Array(9).fill(0xff), 0x01)
    expect(readPackedVarints(packed)).toEqual([3n, 300n, 2n ** 64n - 1n])
    expect(() => readPackedVarints(Uint8Array.of(0x03, 0xac))).toThrow(
      'a varint runs past the end of the message',
    )
  })

  it('refuse a message cut short instead of reading past its end', () => {
    const bytes = writeFields([stringField(1, 'conv2d_157.w_0')])
    expect(() => readFields(bytes.subarray(0, 8))).toThrow('a field runs past the end of the message')
    expect(() => readFields(Uint8Array.of(0x08, 0x80))).toThrow('a varint runs past the end of the message')
  })
})

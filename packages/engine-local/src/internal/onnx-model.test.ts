import { expect, it } from 'vitest'
import { readOnnxModel } from './onnx-model.js'
import { messageField, stringField, varintField, writeFields } from './protobuf-wire.js'

it('refuses a model whose weights lie in a file beside it, saying how to save it instead', () => {
  const weights = messageField(5, [
    varintField(1, 4),
    varintField(2, 1),
    stringField(8, 'conv.w'),
    messageField(13, [stringField(1, 'location'), stringField(2, 'weights.bin')]),
    varintField(14, 1),
  ])
  const model = writeFields([
    varintField(1, 8),
    messageField(8, [stringField(1, ''), varintField(2, 13)]),
    messageField(7, [weights, stringField(2, 'external')]),
  ])
  expect(() => readOnnxModel(model)).toThrow(
    'it keeps its weights in separate files (ONNX external data); save it with the weights inside the .onnx file',
  )
})

it('refuses bytes that are not a model', () => {
  expect(() => readOnnxModel(new TextEncoder().encode('甲\n乙\n'))).toThrow()
  expect(() => readOnnxModel(writeFields([varintField(1, 8)]))).toThrow('the file holds no ONNX graph')
})

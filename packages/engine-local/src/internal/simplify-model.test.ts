import { readFile } from 'node:fs/promises'
import * as ort from 'onnxruntime-node'
import { describe, expect, it } from 'vitest'
import { modelPaths } from './model-paths.js'
import { createConstantNode, createNode, type OnnxNode, readOnnxModel, writeOnnxModel } from './onnx-model.js'
import { messageField, stringField, varintField, type WireField, writeFields } from './protobuf-wire.js'
import { simplifyModel } from './simplify-model.js'

/** Input shapes the engine feeds each model: a page, a batch of lines, lines for the angle classifier. */
const shapes = {
  detection: [1, 3, 224, 320],
  recognition: [2, 3, 48, 320],
  orientation: [2, 3, 48, 192],
} as const

/** Values between −1 and 1 from a fixed seed, as normalised pixels are. */
function pixels(count: number): Float32Array {
  let state = 12345
  return Float32Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31
    return (state / 2 ** 31) * 2 - 1
  })
}

async function run(model: Uint8Array, shape: readonly number[]): Promise<Float32Array> {
  const session = await ort.InferenceSession.create(model, { graphOptimizationLevel: 'all' })
  const input = new ort.Tensor('float32', pixels(shape.reduce((a, b) => a * b)), [...shape])
  const outputs = await session.run({ [session.inputNames[0] as string]: input })
  const output = outputs[session.outputNames[0] as string]
  await session.release()
  return output?.data as Float32Array
}

describe('simplifyModel on the PP-OCR models the engine ships with', () => {
  it.each(['detection', 'recognition', 'orientation'] as const)(
    'leaves the %s model computing the same output with fewer operators',
    async (name) => {
      const original = new Uint8Array(await readFile(modelPaths()[name]))
      const model = readOnnxModel(original)
      const simplification = simplifyModel(model)
      const bytes = writeOnnxModel(model)
      const operators = (model: Uint8Array) =>
        readOnnxModel(model).nodes.filter((node) => node.opType !== 'Constant').length
      const removed = operators(original) - operators(bytes)
      const { foldedAfterConvolution, hardSwishes, foldedBeforeConvolution } = simplification
      // Each fold after a convolution removes two operators, each hard-swish two, each fold before one or two.
      expect(removed).toBeGreaterThanOrEqual(
        2 * foldedAfterConvolution + 2 * hardSwishes + foldedBeforeConvolution,
      )
      if (name !== 'orientation') {
        // One scale and shift after each of PP-LCNetV3's convolutions, a hard-swish after most.
        expect(foldedAfterConvolution).toBeGreaterThanOrEqual(28)
        expect(hardSwishes).toBeGreaterThanOrEqual(24)
      }

      const [expected, actual] = await Promise.all([run(original, shapes[name]), run(bytes, shapes[name])])
      expect(actual.length).toBe(expected.length)
      let largest = 0
      for (let index = 0; index < expected.length; index++) {
        largest = Math.max(largest, Math.abs((actual[index] as number) - (expected[index] as number)))
      }
      expect(largest).toBeLessThan(1e-4)
    },
  )
})

/** A model of `nodes` from one 1×1×5×5 input `x` to 1×1×5×5 float outputs (opset 13). */
function smallModel(nodes: OnnxNode[], outputs: string[]): Uint8Array {
  const tensorType = (dims: number[]): WireField =>
    messageField(2, [
      messageField(1, [
        varintField(1, 1),
        messageField(
          2,
          dims.map((dim) => messageField(1, [varintField(1, dim)])),
        ),
      ]),
    ])
  // The graph's inputs and outputs by hand; its nodes written as the engine writes every model's.
  const empty = readOnnxModel(
    writeFields([
      varintField(1, 8),
      messageField(8, [stringField(1, ''), varintField(2, 13)]),
      messageField(7, [
        stringField(2, 'small'),
        messageField(11, [stringField(1, 'x'), tensorType([1, 1, 5, 5])]),
        ...outputs.map((name) => messageField(12, [stringField(1, name), tensorType([1, 1, 5, 5])])),
      ]),
    ]),
  )
  empty.nodes = nodes
  return writeOnnxModel(empty)
}

describe('simplifyModel on hand-made graphs', () => {
  const constant = (name: string, dims: number[], values: number[]) =>
    createConstantNode(name, { dims, data: Float32Array.from(values) })
  const kernel = constant('w', [1, 1, 3, 3], [0.1, -0.2, 0.3, 0.4, 0.5, -0.6, 0.7, 0.8, -0.9])
  const scale = constant('s', [1], [1.5])
  const shift = constant('b', [1], [-0.25])
  const convolution = (input: string, output: string) => {
    const node = createNode('Conv', [input, 'w'], [output])
    // pads 1 on every side: a 3×3 kernel keeps the 5×5 size and reads a zero border.
    node.rest.push(
      messageField(5, [
        stringField(1, 'pads'),
        ...[1, 1, 1, 1].map((pad) => varintField(8, pad)),
        varintField(20, 7),
      ]),
    )
    return node
  }

  it('folds a scale and shift into a padded convolution on either side, exactly at the border too', async () => {
    const model = smallModel(
      [
        kernel,
        scale,
        shift,
        createNode('Mul', ['s', 'x'], ['scaled']),
        createNode('Add', ['scaled', 'b'], ['shifted']),
        convolution('shifted', 'convolved'),
        createNode('Mul', ['s', 'convolved'], ['rescaled']),
        createNode('Add', ['rescaled', 'b'], ['y']),
      ],
      ['y'],
    )
    const opened = readOnnxModel(model)
    expect(simplifyModel(opened)).toEqual({
      foldedAfterConvolution: 1,
      hardSwishes: 0,
      foldedBeforeConvolution: 1,
    })
    const bytes = writeOnnxModel(opened)
    const [expected, actual] = await Promise.all([run(model, [1, 1, 5, 5]), run(bytes, [1, 1, 5, 5])])
    expect(expected).toHaveLength(25)
    const differences = Array.from(actual, (value, index) => Math.abs(value - (expected[index] as number)))
    expect(Math.max(...differences)).toBeLessThan(1e-6)
  })

  it('leaves a scale and shift alone when something else reads the value between them', () => {
    const model = smallModel(
      [
        kernel,
        scale,
        shift,
        convolution('x', 'convolved'),
        createNode('Mul', ['convolved', 's'], ['scaled']),
        createNode('Add', ['scaled', 'b'], ['y']),
      ],
      ['y', 'scaled'],
    )
    const opened = readOnnxModel(model)
    const before = opened.nodes.map((node) => [node.opType, ...node.inputs, '→', ...node.outputs])
    expect(simplifyModel(opened)).toEqual({
      foldedAfterConvolution: 0,
      hardSwishes: 0,
      foldedBeforeConvolution: 0,
    })
    expect(opened.nodes.map((node) => [node.opType, ...node.inputs, '→', ...node.outputs])).toEqual(before)
  })
})

import {
  addGraphOutput,
  createConstantNode,
  createNode,
  type OnnxModel,
  operatorSetVersion,
} from './onnx-model.js'

/** The recognizer outputs {@link addBestClassOutputs} adds, one value per line and time step. */
export const bestClassOutputs = {
  /** The likeliest class (int64). */
  classes: 'tiqu/best_class',
  /** Its probability. */
  probabilities: 'tiqu/best_probability',
  /** The probability of the space class. */
  spaceProbabilities: 'tiqu/space_probability',
} as const

/**
 * Adds to a CTC recognizer, after its probabilities output (lines × time steps × classes), the three
 * values per time step that decoding reads: the likeliest class, its probability and the space's.
 * Asked for those instead, the model hands back three numbers a step rather than 6,625: a page's
 * recognition no longer copies some 20 MB of probabilities out of onnxruntime into JavaScript, to be
 * scanned there and then collected as garbage. Returns the name of the probabilities output.
 */
export function addBestClassOutputs(model: OnnxModel, spaceClass: number): string {
  const [probabilities] = model.graphOutputs
  if (probabilities === undefined) throw new Error('the recognition model has no output')
  const spaceIndex = `${bestClassOutputs.spaceProbabilities}/index`
  // ReduceMax takes its axes as an input from operator set 18 on, as an attribute before.
  const axesAsInput = operatorSetVersion(model) >= 18
  const axes = `${bestClassOutputs.probabilities}/axes`
  model.nodes.push(
    createNode('ArgMax', [probabilities], [bestClassOutputs.classes], {
      axis: { int: 2 },
      keepdims: { int: 0 },
    }),
    ...(axesAsInput ? [createConstantNode(axes, { dims: [1], data: BigInt64Array.of(2n) })] : []),
    createNode(
      'ReduceMax',
      axesAsInput ? [probabilities, axes] : [probabilities],
      [bestClassOutputs.probabilities],
      axesAsInput ? { keepdims: { int: 0 } } : { axes: { ints: [2] }, keepdims: { int: 0 } },
    ),
    createConstantNode(spaceIndex, { dims: [], data: BigInt64Array.of(BigInt(spaceClass)) }),
    createNode('Gather', [probabilities, spaceIndex], [bestClassOutputs.spaceProbabilities], {
      axis: { int: 2 },
    }),
  )
  addGraphOutput(model, bestClassOutputs.classes, 'int64')
  addGraphOutput(model, bestClassOutputs.probabilities, 'float')
  addGraphOutput(model, bestClassOutputs.spaceProbabilities, 'float')
  return probabilities
}

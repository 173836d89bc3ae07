import { createConstantNode, type FloatTensor, type OnnxModel, type OnnxNode } from './onnx-model.js'

/** Who reads each value, and the edits of one pass, applied together by {@link GraphIndex.commit}. */
export class GraphIndex {
  private readonly consumers = new Map<string, OnnxNode[]>()
  private readonly removed = new Set<OnnxNode>()
  private readonly replacements = new Map<OnnxNode, OnnxNode[]>()
  private readonly constantsAdded: OnnxNode[] = []

  constructor(private readonly model: OnnxModel) {
    for (const node of model.nodes) {
      for (const input of node.inputs) {
        const list = this.consumers.get(input)
        if (list) list.push(node)
        else this.consumers.set(input, [node])
      }
    }
  }

  /** The value of a one-element constant. */
  scalar(name: string | undefined): number | undefined {
    const value = name === undefined ? undefined : this.model.constants.get(name)
    return value?.data.length === 1 ? value.data[0] : undefined
  }

  /** The only node reading `name`, if it is an `opType` not yet rewritten and `name` is not a graph output. */
  soleConsumer(name: string, opType: string): OnnxNode | undefined {
    const readers = this.consumers.get(name)
    const reader = readers?.length === 1 ? readers[0] : undefined
    if (!reader || reader.opType !== opType || reader.domain !== '' || this.removed.has(reader))
      return undefined
    return this.model.graphOutputs.has(name) ? undefined : reader
  }

  /** The sole `opType` reading `name` with a scalar constant as its other input, and that scalar. */
  scalarStep(name: string, opType: 'Mul' | 'Add'): { node: OnnxNode; value: number } | undefined {
    const node = this.soleConsumer(name, opType)
    if (node?.inputs.length !== 2) return undefined
    const other = node.inputs[0] === name ? node.inputs[1] : node.inputs[0]
    const value = other === name ? undefined : this.scalar(other)
    return value === undefined ? undefined : { node, value }
  }

  replaceConvolutionConstants(
    convolution: OnnxNode,
    dims: number[],
    weights: Float32Array,
    bias: Float32Array,
    names: UniqueNames,
  ): void {
    const weightName = names.next(`${convolution.inputs[1]}/folded`)
    const biasName = names.next(`${convolution.inputs[2] || convolution.inputs[1]}/folded_bias`)
    this.addConstant(weightName, { dims, data: weights })
    this.addConstant(biasName, { dims: [bias.length], data: bias })
    convolution.inputs = [convolution.inputs[0] as string, weightName, biasName]
  }

  /** A new Constant node; later passes read its value as they read the model's own constants. */
  addConstant(name: string, value: FloatTensor): void {
    this.constantsAdded.push(createConstantNode(name, value))
    this.model.constants.set(name, value)
  }

  remove(...nodes: OnnxNode[]): void {
    for (const node of nodes) this.removed.add(node)
  }

  replace(nodes: OnnxNode[], by: OnnxNode[]): void {
    this.remove(...nodes)
    this.replacements.set(nodes.at(-1) as OnnxNode, by)
  }

  /** Applies the pass's edits: constants first (they read nothing), replacements where the last node they replace stood. */
  commit(): void {
    this.model.nodes = [
      ...this.constantsAdded,
      ...this.model.nodes.flatMap(
        (node) => this.replacements.get(node) ?? (this.removed.has(node) ? [] : [node]),
      ),
    ]
  }
}

/** Names not yet used in the model. */
export class UniqueNames {
  private readonly used = new Set<string>()
  constructor(model: OnnxModel) {
    for (const node of model.nodes) for (const name of [...node.inputs, ...node.outputs]) this.used.add(name)
  }
  next(base: string): string {
    let name = base
    for (let index = 2; this.used.has(name); index++) name = `${base}_${index}`
    this.used.add(name)
    return name
  }
}

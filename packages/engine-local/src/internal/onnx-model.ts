import {
  delimited,
  fixed32,
  floatField,
  messageField,
  readFields,
  readPackedVarints,
  stringField,
  textOf,
  varint,
  varintField,
  type WireField,
  writeFields,
} from './protobuf-wire.js'

// Field numbers from onnx.proto.
const model = { graph: 7, opsetImport: 8 }
const operatorSet = { domain: 1, version: 2 }
const graph = { node: 1, initializer: 5, output: 12 }
const node = { input: 1, output: 2, name: 3, opType: 4, attribute: 5, domain: 7 }
const attribute = { name: 1, f: 2, i: 3, s: 4, t: 5, ints: 8, type: 20 }
const attributeType = { float: 1, int: 2, tensor: 4, ints: 7 }
const tensor = { dims: 1, dataType: 2, floatData: 4, name: 8, rawData: 9, dataLocation: 14 }
const externalLocation = 1
const valueInfo = { name: 1, type: 2 }
const typeProto = { tensorType: 1 }
const tensorTypeProto = { elementType: 1 }
const floatType = 1
const int64Type = 7

/** A node of the graph: what it computes from what, everything else kept as read. */
export interface OnnxNode {
  opType: string
  /** Empty for the default `ai.onnx` domain. */
  domain: string
  inputs: string[]
  outputs: string[]
  /** Name, attributes, doc string: the node's other fields, as read. */
  rest: WireField[]
}

/** A float32 tensor. */
export interface FloatTensor {
  dims: number[]
  data: Float32Array
}

/**
 * An ONNX model opened for editing its graph's nodes. Everything but the nodes (opsets, graph inputs
 * and outputs, metadata) is written back byte for byte as it was read.
 */
export interface OnnxModel {
  nodes: OnnxNode[]
  /** Names of the graph's outputs: values a rewrite must keep. */
  graphOutputs: Set<string>
  /** Float32 values known before the model runs: Constant nodes' values and initializers, by name. */
  constants: ConstantTable
}

/**
 * A model's constant tensors by name, each decoded (and copied into a Float32Array) only when first
 * asked for: a rewrite reads a few of them, and a model's weights are most of its bytes.
 */
export class ConstantTable {
  private readonly encoded = new Map<string, WireField[]>()
  private readonly decoded = new Map<string, FloatTensor | undefined>()

  /** A tensor's fields as read, for {@link ConstantTable.get} to decode when asked. */
  add(name: string, fields: WireField[]): void {
    if (isExternal(fields)) {
      // The model is handed to onnxruntime as bytes, which cannot reach files beside it.
      throw new Error(
        'it keeps its weights in separate files (ONNX external data); save it with the weights inside the .onnx file',
      )
    }
    this.encoded.set(name, fields)
    this.decoded.delete(name)
  }

  /** The float32 tensor called `name`; undefined for any other element type or a name that is no constant. */
  get(name: string): FloatTensor | undefined {
    if (!this.decoded.has(name)) {
      const fields = this.encoded.get(name)
      this.decoded.set(name, fields && readFloatTensor(fields))
    }
    return this.decoded.get(name)
  }

  /** A constant added by a rewrite. */
  set(name: string, value: FloatTensor): void {
    this.decoded.set(name, value)
  }
}

interface OpenedModel extends OnnxModel {
  modelFields: WireField[]
  graphFields: WireField[]
}

/** Opens the bytes of an `.onnx` file. */
export function readOnnxModel(bytes: Uint8Array): OnnxModel {
  const modelFields = readFields(bytes)
  const graphField = modelFields.find((field) => field.number === model.graph)
  if (graphField?.wireType !== delimited) throw new Error('the file holds no ONNX graph')
  const graphFields = readFields(graphField.value)
  const nodes: OnnxNode[] = []
  const graphOutputs = new Set<string>()
  const constants = new ConstantTable()
  for (const field of graphFields) {
    if (field.wireType !== delimited) continue
    if (field.number === graph.node) nodes.push(readNode(field.value))
    else if (field.number === graph.output) {
      const name = readFields(field.value).find((inner) => inner.number === valueInfo.name)
      if (name) graphOutputs.add(textOf(name))
    } else if (field.number === graph.initializer) {
      const fields = readFields(field.value)
      const name = fields.find((inner) => inner.number === tensor.name)
      if (name) constants.add(textOf(name), fields)
    }
  }
  for (const each of nodes) {
    if (each.opType !== 'Constant' || each.domain !== '' || each.outputs[0] === undefined) continue
    const value = attributeFields(each, 'value')?.find((field) => field.number === attribute.t)
    if (value?.wireType === delimited) constants.add(each.outputs[0], readFields(value.value))
  }
  const opened: OpenedModel = { nodes, graphOutputs, constants, modelFields, graphFields }
  return opened
}

/** The version of the default (`ai.onnx`) operator set the model is written against. */
export function operatorSetVersion(opened: OnnxModel): number {
  for (const field of (opened as OpenedModel).modelFields) {
    if (field.number !== model.opsetImport || field.wireType !== delimited) continue
    const fields = readFields(field.value)
    const domain = fields.find((inner) => inner.number === operatorSet.domain)
    const version = fields.find((inner) => inner.number === operatorSet.version)
    if (
      (domain === undefined || textOf(domain) === '' || textOf(domain) === 'ai.onnx') &&
      version?.wireType === varint
    ) {
      return Number(version.value)
    }
  }
  throw new Error('the model imports no version of the default operator set')
}

/** Makes `name` an output of the graph: a float32 or int64 tensor of a shape left to the runtime. */
export function addGraphOutput(opened: OnnxModel, name: string, elementType: 'float' | 'int64'): void {
  const type = messageField(valueInfo.type, [
    messageField(typeProto.tensorType, [
      varintField(tensorTypeProto.elementType, elementType === 'float' ? floatType : int64Type),
    ]),
  ])
  ;(opened as OpenedModel).graphFields.push(
    messageField(graph.output, [stringField(valueInfo.name, name), type]),
  )
  opened.graphOutputs.add(name)
}

/** The bytes of the model with its current nodes. */
export function writeOnnxModel(opened: OnnxModel): Uint8Array {
  const { modelFields, graphFields, nodes } = opened as OpenedModel
  const graphBytes = writeFields([
    ...nodes.map((each) => messageField(graph.node, nodeFields(each))),
    ...graphFields.filter((field) => field.number !== graph.node),
  ])
  return writeFields(
    modelFields.map((field) =>
      field.number === model.graph ? { number: model.graph, wireType: delimited, value: graphBytes } : field,
    ),
  )
}

/** The fields of a node's attribute called `name`, if it has one. */
export function attributeFields(of: OnnxNode, name: string): WireField[] | undefined {
  for (const field of of.rest) {
    if (field.number !== node.attribute || field.wireType !== delimited) continue
    const fields = readFields(field.value)
    const named = fields.find((inner) => inner.number === attribute.name)
    if (named && textOf(named) === name) return fields
  }
  return undefined
}

/** A float attribute's value. */
export function floatAttribute(of: OnnxNode, name: string): number | undefined {
  const value = attributeFields(of, name)?.find((field) => field.number === attribute.f)
  return value?.wireType === fixed32
    ? new DataView(value.value.buffer, value.value.byteOffset).getFloat32(0, true)
    : undefined
}

/** An integer attribute's value. */
export function intAttribute(of: OnnxNode, name: string): number | undefined {
  const value = attributeFields(of, name)?.find((field) => field.number === attribute.i)
  return value?.wireType === varint ? Number(BigInt.asIntN(64, value.value)) : undefined
}

/** A text attribute's value. */
export function textAttribute(of: OnnxNode, name: string): string | undefined {
  const value = attributeFields(of, name)?.find((field) => field.number === attribute.s)
  return value && textOf(value)
}

/** An integer-list attribute's values. */
export function intsAttribute(of: OnnxNode, name: string): number[] | undefined {
  const fields = attributeFields(of, name)
  return fields && readInts(fields, attribute.ints)
}

/** An attribute's value: a float, an integer, or a list of integers. */
export type AttributeValue = { float: number } | { int: number } | { ints: number[] }

/** A node of the default domain. */
export function createNode(
  opType: string,
  inputs: string[],
  outputs: string[],
  attributes: Record<string, AttributeValue> = {},
): OnnxNode {
  const rest = [stringField(node.name, outputs[0] ?? opType)]
  for (const [name, value] of Object.entries(attributes)) {
    const fields =
      'float' in value
        ? [floatField(attribute.f, value.float), varintField(attribute.type, attributeType.float)]
        : 'int' in value
          ? [varintField(attribute.i, value.int), varintField(attribute.type, attributeType.int)]
          : [
              ...value.ints.map((each) => varintField(attribute.ints, each)),
              varintField(attribute.type, attributeType.ints),
            ]
    rest.push(messageField(node.attribute, [stringField(attribute.name, name), ...fields]))
  }
  return { opType, domain: '', inputs, outputs, rest }
}

/** A Constant node giving `value` (float32, or int64 for indices) as `name`. */
export function createConstantNode(
  name: string,
  value: FloatTensor | { dims: number[]; data: BigInt64Array },
): OnnxNode {
  const data = new Uint8Array(value.data.buffer, value.data.byteOffset, value.data.byteLength)
  const tensorFields: WireField[] = [
    ...value.dims.map((dim) => varintField(tensor.dims, dim)),
    varintField(tensor.dataType, value.data instanceof BigInt64Array ? int64Type : floatType),
    { number: tensor.rawData, wireType: delimited, value: new Uint8Array(data) },
  ]
  return {
    opType: 'Constant',
    domain: '',
    inputs: [],
    outputs: [name],
    rest: [
      stringField(node.name, name),
      messageField(node.attribute, [
        stringField(attribute.name, 'value'),
        messageField(attribute.t, tensorFields),
        varintField(attribute.type, attributeType.tensor),
      ]),
    ],
  }
}

function readNode(bytes: Uint8Array): OnnxNode {
  const read: OnnxNode = { opType: '', domain: '', inputs: [], outputs: [], rest: [] }
  for (const field of readFields(bytes)) {
    if (field.number === node.input) read.inputs.push(textOf(field))
    else if (field.number === node.output) read.outputs.push(textOf(field))
    else if (field.number === node.opType) read.opType = textOf(field)
    else {
      if (field.number === node.domain) read.domain = textOf(field)
      read.rest.push(field)
    }
  }
  return read
}

function nodeFields(each: OnnxNode): WireField[] {
  return [
    ...each.inputs.map((name) => stringField(node.input, name)),
    ...each.outputs.map((name) => stringField(node.output, name)),
    stringField(node.opType, each.opType),
    ...each.rest,
  ]
}

/** A float32 tensor's dimensions and values; undefined for any other element type. */
function isExternal(fields: WireField[]): boolean {
  const location = fields.find((field) => field.number === tensor.dataLocation)
  return location?.wireType === varint && location.value === BigInt(externalLocation)
}

function readFloatTensor(fields: WireField[]): FloatTensor | undefined {
  const dataType = fields.find((field) => field.number === tensor.dataType)
  if (dataType?.wireType !== varint || dataType.value !== BigInt(floatType)) return undefined
  const dims = readInts(fields, tensor.dims)
  const count = dims.reduce((product, dim) => product * dim, 1)
  const raw = fields.find((field) => field.number === tensor.rawData)
  let data: Float32Array
  if (raw?.wireType === delimited) {
    // A copy, aligned for Float32Array; ONNX stores little-endian, as every platform onnxruntime-node runs on.
    data = new Float32Array(raw.value.slice().buffer)
  } else {
    const values: number[] = []
    for (const field of fields) {
      if (field.number !== tensor.floatData || field.wireType === varint) continue
      const view = new DataView(field.value.buffer, field.value.byteOffset, field.value.byteLength)
      for (let offset = 0; offset + 4 <= field.value.byteLength; offset += 4) {
        values.push(view.getFloat32(offset, true))
      }
    }
    data = Float32Array.from(values)
  }
  return data.length === count ? { dims, data } : undefined
}

/** A repeated integer field, packed or not. */
function readInts(fields: WireField[], number: number): number[] {
  const values: number[] = []
  for (const field of fields) {
    if (field.number !== number) continue
    if (field.wireType === varint) values.push(Number(BigInt.asIntN(64, field.value)))
    else if (field.wireType === delimited) {
      for (const packed of readPackedVarints(field.value)) values.push(Number(BigInt.asIntN(64, packed)))
    }
  }
  return values
}

/**
 * One field of a protocol-buffers message as it lies on the wire: its number, its wire type, and
 * its value (a varint as a bigint; the bytes of a fixed32, fixed64 or length-delimited field).
 */
export type WireField =
  | { number: number; wireType: typeof varint; value: bigint }
  | { number: number; wireType: typeof fixed64 | typeof delimited | typeof fixed32; value: Uint8Array }

export const varint = 0
export const fixed64 = 1
export const delimited = 2
export const fixed32 = 5

/**
 * The fields of a message in the order they appear, values as views into `bytes` (not copies).
 * Only the wire format is read: what a field means is the caller's business, and any field written
 * back unchanged keeps its exact bytes.
 */
export function readFields(bytes: Uint8Array): WireField[] {
  const fields: WireField[] = []
  let position = 0
  const readVarint = (): bigint => {
    const [value, next] = varintAt(bytes, position)
    position = next
    return value
  }
  const take = (length: number): Uint8Array => {
    if (position + length > bytes.length) throw new Error('a field runs past the end of the message')
    const value = bytes.subarray(position, position + length)
    position += length
    return value
  }
  while (position < bytes.length) {
    const key = Number(readVarint())
    const number = Math.floor(key / 8)
    const wireType = key & 7
    if (number === 0) throw new Error('a field has number 0')
    if (wireType === varint) fields.push({ number, wireType, value: readVarint() })
    else if (wireType === fixed64) fields.push({ number, wireType, value: take(8) })
    else if (wireType === delimited) fields.push({ number, wireType, value: take(Number(readVarint())) })
    else if (wireType === fixed32) fields.push({ number, wireType, value: take(4) })
    else throw new Error(`field ${number} has wire type ${wireType}, which protocol buffers 3 does not use`)
  }
  return fields
}

/** The values of a packed repeated varint field (`[packed = true]`, the default for repeated integers). */
export function readPackedVarints(bytes: Uint8Array): bigint[] {
  const values: bigint[] = []
  for (let position = 0; position < bytes.length; ) {
    const [value, next] = varintAt(bytes, position)
    values.push(value)
    position = next
  }
  return values
}

/** The varint starting at `position`, and the position after it. */
function varintAt(bytes: Uint8Array, position: number): [bigint, number] {
  let result = 0n
  let shift = 0n
  for (let at = position; ; shift += 7n) {
    if (at >= bytes.length) throw new Error('a varint runs past the end of the message')
    if (shift > 63n) throw new Error('a varint is longer than 10 bytes')
    const byte = bytes[at++] as number
    result |= BigInt(byte & 0x7f) << shift
    if (byte < 0x80) return [result, at]
  }
}

/** The bytes of a message made of `fields`, in their order. */
export function writeFields(fields: readonly WireField[]): Uint8Array {
  let size = 0
  for (const field of fields) {
    size += varintSize(BigInt(field.number * 8 + field.wireType))
    if (field.wireType === varint) size += varintSize(field.value)
    else {
      if (field.wireType === delimited) size += varintSize(BigInt(field.value.length))
      size += field.value.length
    }
  }
  const bytes = new Uint8Array(size)
  let position = 0
  const writeVarint = (value: bigint) => {
    let rest = BigInt.asUintN(64, value)
    while (rest >= 0x80n) {
      bytes[position++] = Number(rest & 0x7fn) | 0x80
      rest >>= 7n
    }
    bytes[position++] = Number(rest)
  }
  for (const field of fields) {
    writeVarint(BigInt(field.number * 8 + field.wireType))
    if (field.wireType === varint) writeVarint(field.value)
    else {
      if (field.wireType === delimited) writeVarint(BigInt(field.value.length))
      bytes.set(field.value, position)
      position += field.value.length
    }
  }
  return bytes
}

function varintSize(value: bigint): number {
  let rest = BigInt.asUintN(64, value)
  let size = 1
  while (rest >= 0x80n) {
    rest >>= 7n
    size++
  }
  return size
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** A length-delimited field holding text. */
export function stringField(number: number, text: string): WireField {
  return { number, wireType: delimited, value: encoder.encode(text) }
}

/** A length-delimited field holding a message. */
export function messageField(number: number, fields: readonly WireField[]): WireField {
  return { number, wireType: delimited, value: writeFields(fields) }
}

/** A varint field (int32, int64 and enum values; negative numbers as their 64-bit two's complement). */
export function varintField(number: number, value: number | bigint): WireField {
  return { number, wireType: varint, value: BigInt(value) }
}

/** A fixed32 field holding a float. */
export function floatField(number: number, value: number): WireField {
  const bytes = new Uint8Array(4)
  new DataView(bytes.buffer).setFloat32(0, value, true)
  return { number, wireType: fixed32, value: bytes }
}

/** The text of a length-delimited field. */
export function textOf(field: WireField): string {
  if (field.wireType !== delimited) throw new Error(`field ${field.number} is not text`)
  return decoder.decode(field.value)
}

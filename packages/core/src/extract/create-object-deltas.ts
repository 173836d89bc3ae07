import { type CompletedField, createPartialObjectParser } from '../parse/create-partial-object-parser.js'
import type { JsonSchema } from '../template/types.js'
import { checkField } from './check-field.js'
import type { ExtractPart } from './types.js'

/** An `object-delta` part. */
export type ObjectDeltaPart = Extract<ExtractPart, { type: 'object-delta' }>

/** Turns one answer, as it arrives, into `object-delta` parts. */
export interface ObjectDeltas {
  /** The fields this piece of the answer's text completed. */
  fromText(textDelta: string): ObjectDeltaPart[]
  /**
   * The engine filled the object itself (the `local` engine), whole: one part per field. It replaces
   * whatever the text suggested, as it will in the record, and the text is no longer read.
   */
  fromObject(object: { [field: string]: unknown }): ObjectDeltaPart[]
  /** The engine reports layout: its text is the page's lines, not an answer to read as JSON. */
  ignoreText(): void
  /** The answer ended on its own (not cut off): the last field, if its closing brace never came. */
  end(): ObjectDeltaPart[]
}

/** Starts the object of one answer, empty, checking each field against `schema` as it completes. */
export function createObjectDeltas(schema: JsonSchema): ObjectDeltas {
  const parser = createPartialObjectParser()
  let readingText = true
  let object: { [field: string]: unknown } = {}

  function toParts(fields: CompletedField[]): ObjectDeltaPart[] {
    return fields.map(({ field, value }) => {
      object = { ...object, [field]: value }
      return { type: 'object-delta', object, field, value, issues: checkField(schema, field, value) }
    })
  }

  return {
    fromText(textDelta) {
      return readingText ? toParts(parser.push(textDelta)) : []
    },
    fromObject(filled) {
      readingText = false
      object = {}
      return toParts(Object.entries(filled).map(([field, value]) => ({ field, value })))
    },
    ignoreText() {
      readingText = false
    },
    end() {
      return readingText ? toParts(parser.end()) : []
    },
  }
}

import { parseJsonCandidate } from './parse-json-candidate.js'

/** A top-level field of the answer's object whose value the parser has seen to its end. */
export interface CompletedField {
  /** The top-level property name. */
  field: string
  /** The value, parsed as the whole answer will be (single quotes, `None`, ... repaired). */
  value: unknown
}

/** Reads a model's answer piece by piece and reports each top-level field once its value is complete. */
export interface PartialObjectParser {
  /** Reads the next piece of the answer, split anywhere; returns the fields it completed, in order. */
  push(textDelta: string): CompletedField[]
  /**
   * The answer is over. Returns the last field when its value was whole but never followed by `,` or
   * `}` (an answer that forgot its closing brace). Call it only for an answer that ended on its own:
   * the last value of one cut off at `max_tokens` may be a prefix (`12` of `123`).
   */
  end(): CompletedField[]
}

type Phase = 'before' | 'key' | 'quoted-key' | 'bare-key' | 'colon' | 'value' | 'done'

const whitespace = /\s/

/**
 * An incremental parser of the top-level object of a Qwen-OCR answer: a small state machine that
 * skips what precedes the object (prose, a ```json fence), tracks strings in either quote kind with
 * their escapes, and the nesting depth of `[]`/`{}` inside values. A value is complete only when the
 * `,` or `}` after it arrives at the top level, never at a closing quote: a single-quoted answer
 * may hold an apostrophe (`'O'Brien'`), and a field must not be shown until nothing can change it.
 * The member is then parsed alone, by the same tolerant path as the final answer. Everything is
 * decided from characters already seen, so where the text is split never changes the result.
 */
export function createPartialObjectParser(): PartialObjectParser {
  let phase: Phase = 'before'
  // The current member as written, from its key to the end of its value.
  let member = ''
  let quote: string | undefined
  let escaped = false
  let depth = 0
  let valueStarted = false

  function readStringChar(char: string): void {
    if (escaped) escaped = false
    else if (char === '\\') escaped = true
    else if (char === quote) quote = undefined
  }

  function startMember(char: string): void {
    member = char
    if (char === '"' || char === "'") {
      quote = char
      phase = 'quoted-key'
    } else {
      phase = 'bare-key'
    }
  }

  function startValue(): void {
    phase = 'value'
    depth = 0
    valueStarted = false
  }

  function finishMember(completed: CompletedField[]): void {
    if (valueStarted) completed.push(...parseMember(member))
    member = ''
  }

  function read(char: string, completed: CompletedField[]): void {
    switch (phase) {
      case 'before':
        if (char === '{') phase = 'key'
        // A top-level array has no fields; its first element must not pass for the answer.
        else if (char === '[') phase = 'done'
        return
      case 'key':
        if (char === '}' || char === '`') phase = 'done'
        else if (char !== ',' && !whitespace.test(char)) startMember(char)
        return
      case 'quoted-key':
        member += char
        readStringChar(char)
        if (quote === undefined) phase = 'colon'
        return
      case 'bare-key':
        member += char
        if (char === ':') startValue()
        return
      case 'colon':
        if (char === ':') {
          member += char
          startValue()
        } else if (!whitespace.test(char)) {
          // A missing colon: let the repair path judge the member, as it judges the final answer.
          startValue()
          read(char, completed)
        } else {
          member += char
        }
        return
      case 'value':
        readValueChar(char, completed)
        return
      case 'done':
        return
    }
  }

  function readValueChar(char: string, completed: CompletedField[]): void {
    if (quote !== undefined) {
      member += char
      readStringChar(char)
      return
    }
    if (char === '`') {
      // A fence closing outside any string: the object ended without its brace, as the final parse
      // (which stops at the fence) will read it. An open nested value is not complete, so it is dropped.
      if (depth === 0) finishMember(completed)
      phase = 'done'
      return
    }
    if (depth === 0 && (char === ',' || char === '}')) {
      finishMember(completed)
      phase = char === ',' ? 'key' : 'done'
      return
    }
    member += char
    if (whitespace.test(char)) return
    valueStarted = true
    if (char === '"' || char === "'") quote = char
    else if (char === '{' || char === '[') depth += 1
    else if ((char === '}' || char === ']') && depth > 0) depth -= 1
  }

  return {
    push(textDelta) {
      const completed: CompletedField[] = []
      for (const char of textDelta) read(char, completed)
      return completed
    },
    end() {
      const completed: CompletedField[] = []
      if (phase === 'value' && quote === undefined && depth === 0) finishMember(completed)
      phase = 'done'
      return completed
    },
  }
}

function parseMember(member: string): CompletedField[] {
  const parsed = parseJsonCandidate(`{${member}}`)
  if (
    !parsed.ok ||
    parsed.value === null ||
    typeof parsed.value !== 'object' ||
    Array.isArray(parsed.value)
  ) {
    // Not readable on its own: the final parse reports it; no guess is shown meanwhile.
    return []
  }
  return Object.entries(parsed.value).map(([field, value]) => ({ field, value }))
}

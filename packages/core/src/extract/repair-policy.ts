import { InvalidOptionError } from '../errors/invalid-option-error.js'
import { TiquError } from '../errors/tiqu-error.js'
import type { Issue } from '../template/types.js'
import { countErrors, type JudgedAnswer } from './judge-answer.js'
import type { ExtractOptions } from './types.js'

// When to ask the model again, and which answer to keep: the policy of `repairAttempts`.

/**
 * A re-ask helps only an answer written by following a prompt: an engine that fills the object itself
 * (the `local` engine) would answer the same again. Without a template nothing is checked.
 */
export function needsRepair(
  judged: JudgedAnswer,
  options: ExtractOptions,
  prompt: string | undefined,
): prompt is string {
  return (
    options.template !== undefined &&
    prompt !== undefined &&
    judged.answer.object === undefined &&
    countErrors(judged) > 0
  )
}

/** A re-ask's answer is used when it parses and has fewer errors; an object beats no object at all. */
export function isBetter(next: JudgedAnswer, current: JudgedAnswer): boolean {
  if (next.data === null) return false
  return current.data === null || countErrors(next) < countErrors(current)
}

/** The warning a record carries when a re-ask failed and its first answer stands. */
export function repairFailed(error: unknown): Issue {
  const reason = TiquError.isInstance(error)
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error)
  return {
    path: '',
    message: `Asking the model to correct its answer failed (${reason}); the answer given before it is kept.`,
    severity: 'warning',
  }
}

/** `repairAttempts` checked: a whole number ≥ 0, 1 when not given. */
export function checkRepairAttempts(value: number | undefined): number {
  if (value === undefined) return 1
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidOptionError(
      `Invalid option repairAttempts=${value}: pass a whole number ≥ 0 of re-asks when the answer has errors (default 1; 0 never re-asks).`,
      { parameter: 'repairAttempts' },
    )
  }
  return value
}

import * as core from '@tiqu/core'

/** An error as it crosses from a worker thread: structured clone keeps neither its class nor its `code`. */
export interface TransferredError {
  name: string
  message: string
  stack: string | undefined
  /** The TiquError code, when it was one. */
  code: core.TiquErrorCode | undefined
  cause: TransferredError | undefined
}

/** Flattens an error thrown in a worker so that {@link restoreError} can rebuild it in the caller. */
export function transferError(error: unknown): TransferredError {
  if (!(error instanceof Error)) {
    return { name: 'Error', message: String(error), stack: undefined, code: undefined, cause: undefined }
  }
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    code: core.TiquError.isInstance(error) ? error.code : undefined,
    cause: error.cause === undefined ? undefined : transferError(error.cause),
  }
}

/**
 * Rebuilds a worker's error as the class the in-process path would have thrown: a TiquError subclass
 * is looked up by name among core's exports, so a record carries the same `code` and message whichever
 * path read the page. The worker's stack is kept, it says where the error happened.
 */
export function restoreError(transferred: TransferredError): Error {
  const options = transferred.cause ? { cause: restoreError(transferred.cause) } : {}
  const error = rebuild(transferred, options)
  error.stack = transferred.stack ?? error.stack
  return error
}

function rebuild({ name, message, code }: TransferredError, options: { cause?: Error }): Error {
  if (code === undefined) {
    const error = new Error(message, options)
    if (name !== error.name) error.name = name
    return error
  }
  const found = (core as Record<string, unknown>)[name]
  if (typeof found === 'function' && found.prototype instanceof core.TiquError) {
    type Subclass = new (message: string, options: { cause?: Error }) => core.TiquError
    const error = new (found as Subclass)(message, options)
    if (error.code === code) return error
  }
  return new core.TiquError(code, message, options)
}

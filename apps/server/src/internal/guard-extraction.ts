import type { FastifyReply, FastifyRequest } from 'fastify'
import type { ServerContext } from './server-context.js'

/** The signal an extraction runs under, and whether it ended because the server's deadline passed. */
export interface ExtractionGuard {
  signal: AbortSignal
  timedOut(): boolean
}

/**
 * Takes one of the caller's concurrency slots for the life of the response, and gives the extraction
 * a signal that aborts when the server's deadline passes or the caller goes away (a closed SSE
 * connection stops the engine and the upstream request instead of reading on for nobody).
 */
export function guardExtraction(
  request: FastifyRequest,
  reply: FastifyReply,
  context: ServerContext,
): ExtractionGuard {
  const release = context.concurrency.acquire(request.tiquCaller)
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, context.options.requestTimeoutMs)
  timer.unref()
  const done = () => {
    release()
    clearTimeout(timer)
  }
  reply.raw.once('finish', done)
  reply.raw.once('close', () => {
    done()
    if (!reply.raw.writableFinished) controller.abort()
  })
  return { signal: controller.signal, timedOut: () => timedOut }
}

import type { FakeReply, ReplyFunction } from './types.js'

/**
 * Scripts replies in order: the first call gets the first reply, and so on; the last repeats forever.
 * `sequenceReplies(rateLimitedReply({ retryAfterSeconds: 0 }), { content: 'ok' })` is "first 429, then success".
 * It counts its own calls rather than the request index, so it also works when set with `setReply`
 * after earlier requests, and requests refused before a reply is chosen (401, 404) do not use a step.
 */
export function sequenceReplies(...replies: [FakeReply, ...FakeReply[]]): ReplyFunction {
  let calls = 0
  return () => {
    const reply = replies[Math.min(calls, replies.length - 1)] as FakeReply
    calls += 1
    return reply
  }
}

import { createHash, timingSafeEqual } from 'node:crypto'

/** The caller a request belongs to, for rate limits and concurrency, once its key has been checked. */
export type KeyCheck = (authorization: string | undefined) => string | undefined

/**
 * Checks `Authorization: Bearer <key>` against the server's keys in constant time: every key is
 * compared (no early exit) on fixed-length digests, so neither the match nor the key's length shows
 * in the timing. Returns an id for the key (a digest prefix, never the key) or undefined.
 */
export function createKeyCheck(keys: string[]): KeyCheck {
  const digests = keys.map((key) => digest(key))
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
    const given = digest(match?.[1] ?? '')
    let found: Buffer | undefined
    for (const candidate of digests) {
      if (timingSafeEqual(candidate, given) && match) found = candidate
    }
    return found ? `key:${found.subarray(0, 6).toString('hex')}` : undefined
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

import { open } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { ResolvedImage } from '../engine/types.js'
import { isPdf } from './is-pdf.js'

// Enough for `isPdf`, which looks for `%PDF-` within the first kilobyte.
const headBytes = 1024

/**
 * The whole PDF when an input (bytes, a path or a `file:` URL) is one; undefined for anything else,
 * which is left to `resolveImage` to read and judge.
 */
export async function readPdfInput(
  input: string | URL | Uint8Array | ResolvedImage,
): Promise<Uint8Array | undefined> {
  if (input instanceof Uint8Array) return isPdf(input) ? input : undefined
  const path = localPathOf(input)
  if (path === undefined) return undefined
  // A missing or unreadable file is not a PDF here: `extract` reports it in its record.
  const handle = await open(path, 'r').catch(() => undefined)
  if (!handle) return undefined
  try {
    const head = new Uint8Array(headBytes)
    const { bytesRead } = await handle.read(head, 0, headBytes, 0)
    if (!isPdf(head.subarray(0, bytesRead))) return undefined
    const whole = await handle.readFile()
    return new Uint8Array(whole.buffer, whole.byteOffset, whole.byteLength)
  } catch {
    return undefined
  } finally {
    await handle.close()
  }
}

/** The local file an input names (a path or a `file:` URL), or undefined for bytes and other URLs. */
export function localPathOf(input: string | URL | Uint8Array | ResolvedImage): string | undefined {
  if (input instanceof URL) return input.protocol === 'file:' ? fileURLToPath(input) : undefined
  if (typeof input !== 'string' || /^(https?|data):/i.test(input)) return undefined
  return /^file:/i.test(input) ? fileURLToPath(input) : input
}

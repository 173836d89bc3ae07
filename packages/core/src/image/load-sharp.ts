import type SharpModule from 'sharp'
import { TiquError } from '../errors/tiqu-error.js'

let loading: Promise<typeof SharpModule> | undefined

/**
 * sharp, imported the first time an image has to change: a caller whose images are sent as they are
 * never loads libvips. A failed load is not cached, so a later call may try again.
 */
export function loadSharp(): Promise<typeof SharpModule> {
  loading ??= import('sharp').then(
    (module) => module.default,
    (error: unknown) => {
      loading = undefined
      throw new TiquError(
        'TIQU_INTERNAL',
        `This image has to be rotated, scaled or converted before upload, which needs sharp, and sharp failed to load: ` +
          `${error instanceof Error ? error.message : String(error)}. Reinstall @tiqu/core so that npm fetches sharp's ` +
          'native binary for this platform, or pass a JPEG or PNG that is upright and within max_pixels.',
        { cause: error },
      )
    },
  )
  return loading
}

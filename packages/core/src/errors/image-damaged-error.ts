import { TiquError } from './tiqu-error.js'

/** An input is an image in a known format that cannot be decoded: truncated, corrupt, or written wrongly. */
export class ImageDamagedError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_IMAGE_DAMAGED', message, options)
    this.name = 'ImageDamagedError'
  }
}

import { TiquError } from './tiqu-error.js'

/** An input is not an image in a format the engines accept. */
export class UnsupportedImageError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_UNSUPPORTED_IMAGE', message, options)
    this.name = 'UnsupportedImageError'
  }
}

import { TiquError } from './tiqu-error.js'

/** An image is larger than the API accepts. */
export class ImageTooLargeError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_IMAGE_TOO_LARGE', message, options)
    this.name = 'ImageTooLargeError'
  }
}

import { TiquError } from './tiqu-error.js'

/** An image's width and height are outside what the model reads: a side too short, or too long and thin. */
export class ImageDimensionsError extends TiquError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('TIQU_IMAGE_DIMENSIONS', message, options)
    this.name = 'ImageDimensionsError'
  }
}

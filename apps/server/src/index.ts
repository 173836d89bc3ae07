export { createServer } from './create-server.js'
export { type FetchPublicImageOptions, fetchPublicImage } from './internal/fetch-public-image.js'
export { isPublicAddress } from './internal/is-public-address.js'
export type { ServerOptions } from './server-options.js'

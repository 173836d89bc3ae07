// The caller id the auth hook sets on each request (a key's digest prefix, or the client address).
declare module 'fastify' {
  interface FastifyRequest {
    tiquCaller: string
  }
}

export {}

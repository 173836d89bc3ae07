import type { FastifyInstance } from 'fastify'
import { createOpenApiDocument } from '../internal/create-openapi-document.js'
import type { ServerContext } from '../internal/server-context.js'
import { playgroundPage } from '../playground/playground-page.js'

/** The routes anyone may call: health, the API description and the playground page. */
export function registerPublicRoutes(app: FastifyInstance, context: ServerContext): void {
  app.get('/healthz', { logLevel: 'warn' }, async () => ({
    status: 'ok',
    engine: context.options.engine,
    templates: context.registry.listTemplates().length,
    running: context.concurrency.running(),
  }))
  const openapi = createOpenApiDocument(context)
  app.get('/openapi.json', async () => openapi)
  const page = playgroundPage({
    keysRequired: context.options.keys.length > 0,
    engine: context.options.engine,
  })
  app.get('/', async (_request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      // The page runs only its own inline script and talks only to this server.
      .header(
        'content-security-policy',
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src blob: data:; connect-src 'self'",
      )
      .send(page),
  )
}

/** `GET /metrics`: Prometheus text format; behind the keys, as it shows the traffic. */
export function registerMetricsRoute(app: FastifyInstance, context: ServerContext): void {
  app.get('/metrics', async (_request, reply) =>
    reply
      .header('content-type', context.metrics.registry.contentType)
      .send(await context.metrics.registry.metrics()),
  )
}

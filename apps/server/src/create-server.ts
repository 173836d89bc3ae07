import { randomUUID } from 'node:crypto'
import multipart from '@fastify/multipart'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyInstance, type FastifyListenOptions, type FastifyRequest } from 'fastify'
import './internal/fastify-types.js'
import { assertMayListen } from './internal/assert-may-listen.js'
import { chatErrorBody } from './internal/chat-bodies.js'
import { HttpError } from './internal/http-error.js'
import { resolveServerOptions } from './internal/resolve-server-options.js'
import { createServerContext, type ServerContext } from './internal/server-context.js'
import { describeError } from './internal/status-for-error.js'
import { chatCompletionsPaths, registerChatCompletionsRoute } from './routes/chat-completions-route.js'
import { registerExtractRoute } from './routes/extract-route.js'
import { registerMetricsRoute, registerPublicRoutes } from './routes/service-routes.js'
import { registerTemplatesRoutes } from './routes/templates-routes.js'
import type { ServerOptions } from './server-options.js'

/**
 * Creates tiqu's HTTP server (not yet listening): `POST /v1/extract`, `GET /v1/templates[/:id]`, the
 * OpenAI-compatible `POST /compatible-mode/v1/chat/completions`, `/healthz`, `/metrics`,
 * `/openapi.json` and the playground at `/`. Its `listen` refuses any address but loopback unless
 * keys are set. `close()` stops accepting connections, lets running requests finish, then closes the
 * engines.
 *
 * @throws InvalidOptionError when an option is out of range.
 */
export async function createServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const resolved = resolveServerOptions(options)
  const context = await createServerContext(resolved, options.registry)
  const app = Fastify({
    logger: resolved.logger,
    bodyLimit: resolved.bodyLimitBytes,
    // Receiving a request (headers and body) may not take longer than this; a stalled upload is cut.
    requestTimeout: 60_000,
    // Requests arriving while the server closes get 503 and `Connection: close`.
    return503OnClosing: true,
    genReqId: () => randomUUID(),
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  })
  for (const failure of context.skippedTemplates)
    app.log.warn(`skipped template ${failure.origin}: ${failure.message}`)
  guardListen(app, resolved.keys.length > 0)

  app.decorateRequest('tiquCaller', '')
  app.setErrorHandler((error, request, reply) => {
    const described = describeError(error)
    if (described.statusCode >= 500 && described.code === 'TIQU_INTERNAL') request.log.error(error)
    reply.code(described.statusCode).headers(described.headers)
    if (isChatRoute(request)) {
      return reply.send(chatErrorBody(described.statusCode, described.code, described.message, request.id))
    }
    return reply.send({ error: { code: described.code, message: described.message } })
  })
  app.setNotFoundHandler((request, reply) => {
    const message = `No route ${request.method} ${request.url.split('?')[0]}. See GET /openapi.json for the routes.`
    reply.code(404)
    if (isChatRoute(request)) return reply.send(chatErrorBody(404, 'TIQU_NOT_FOUND', message, request.id))
    return reply.send({ error: { code: 'TIQU_NOT_FOUND', message } })
  })
  countRequests(app, context)
  closeGracefully(app)
  app.addHook('onClose', () => context.registry.close())

  await app.register(multipart, { limits: { fileSize: resolved.maxImageBytes, files: 1, fields: 10 } })
  registerPublicRoutes(app, context)
  await app.register(async (scope) => {
    scope.addHook('onRequest', async (request) => authenticate(request, context))
    await scope.register(rateLimit, {
      max: resolved.rateLimitMax,
      timeWindow: resolved.rateLimitWindowMs,
      keyGenerator: (request) => request.tiquCaller,
      errorResponseBuilder: (_request, limit) =>
        new HttpError(
          429,
          'TIQU_RATE_LIMITED',
          `Rate limit reached: ${limit.max} requests per ${resolved.rateLimitWindowMs / 1000} s for this key. Retry in ${limit.after}.`,
          { headers: { 'retry-after': String(Math.max(1, Math.ceil(limit.ttl / 1000))) } },
        ),
    })
    registerExtractRoute(scope, context)
    registerTemplatesRoutes(scope, context)
    registerChatCompletionsRoute(scope, context)
    registerMetricsRoute(scope, context)
  })
  return app
}

function authenticate(request: FastifyRequest, context: ServerContext): void {
  if (context.options.keys.length === 0) {
    request.tiquCaller = `address:${request.ip}`
    return
  }
  const caller = context.checkKey(request.headers.authorization)
  if (!caller) {
    throw new HttpError(
      401,
      'TIQU_UNAUTHORIZED',
      request.headers.authorization
        ? 'The API key is not valid for this server. Check the key (TIQU_SERVER_KEYS on the server) and send Authorization: Bearer <key>.'
        : 'This server needs an API key: send Authorization: Bearer <key> (one of the server’s TIQU_SERVER_KEYS).',
      { headers: { 'www-authenticate': 'Bearer' } },
    )
  }
  request.tiquCaller = caller
}

function isChatRoute(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? ''
  return chatCompletionsPaths.includes(path) || path.endsWith('/chat/completions')
}

function countRequests(app: FastifyInstance, context: ServerContext): void {
  const started = new WeakMap<FastifyRequest, number>()
  app.addHook('onRequest', async (request) => {
    started.set(request, performance.now())
  })
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched'
    context.metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) })
    const start = started.get(request)
    if (start !== undefined) {
      context.metrics.duration.observe({ method: request.method, route }, (performance.now() - start) / 1000)
    }
  })
}

/**
 * While closing, the requests already running finish, and each connection is closed once its response
 * is sent: a keep-alive connection left open would hold `close()` until its idle timeout.
 */
function closeGracefully(app: FastifyInstance): void {
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close')
  })
  app.addHook('onResponse', async (request) => {
    if (closing) request.raw.socket?.end()
  })
}

function guardListen(app: FastifyInstance, hasKeys: boolean): void {
  const listen = app.listen.bind(app) as (options?: FastifyListenOptions) => Promise<string>
  const guarded = async (listenOptions: FastifyListenOptions = {}) => {
    assertMayListen(listenOptions.host ?? 'localhost', hasKeys)
    return listen(listenOptions)
  }
  app.listen = guarded as typeof app.listen
}

import { parseArgs } from 'node:util'
import { TiquError } from '@tiqu/core'
import { createServer } from './create-server.js'
import { describeEngine } from './internal/describe-engine.js'
import { parseKeys, resolveServerOptions } from './internal/resolve-server-options.js'

const usage = `Usage: tiqu-server [--port 8080] [--host 127.0.0.1] [--engine qwen|local]

Environment:
  PORT, HOST            instead of --port / --host
  TIQU_SERVER_KEYS      API keys callers send as "Authorization: Bearer <key>", comma-separated;
                        required to listen beyond loopback
  DASHSCOPE_API_KEY     selects the qwen engine (Qwen-OCR); without it the embedded engine runs offline
  TIQU_BASE_URL         the OpenAI-compatible endpoint of the qwen engine`

async function main(): Promise<number> {
  let values: { port?: string; host?: string; engine?: string; help?: boolean }
  try {
    ;({ values } = parseArgs({
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        engine: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`)
    return 2
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  const port = Number(values.port ?? process.env.PORT ?? 8080)
  const host = values.host ?? process.env.HOST ?? '127.0.0.1'
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      `Invalid port '${values.port ?? process.env.PORT}': pass a number from 0 to 65535.\n`,
    )
    return 2
  }
  if (values.engine !== undefined && values.engine !== 'qwen' && values.engine !== 'local') {
    process.stderr.write(`Unknown engine '${values.engine}'. Use --engine qwen or --engine local.\n`)
    return 2
  }
  const options = {
    keys: parseKeys(process.env.TIQU_SERVER_KEYS),
    ...(values.engine ? { engine: values.engine as 'qwen' | 'local' } : {}),
  }
  let app: Awaited<ReturnType<typeof createServer>>
  try {
    app = await createServer({ ...options, logger: process.env.TIQU_LOG === '1' })
    const address = await app.listen({ port, host })
    const resolved = resolveServerOptions(options)
    process.stderr.write(
      `tiqu-server: ${describeEngine(resolved)}; listening on ${address} ` +
        `(${resolved.keys.length > 0 ? `${resolved.keys.length} API key${resolved.keys.length > 1 ? 's' : ''}` : 'no API keys: loopback only'})\n`,
    )
  } catch (error) {
    process.stderr.write(`tiqu-server: ${(error as Error).message}\n`)
    return TiquError.isInstance(error) ? 2 : 1
  }

  // The first signal lets running requests finish; a second one stops at once.
  let closing = false
  const stop = (signal: string) => {
    if (closing) {
      process.stderr.write(`tiqu-server: ${signal} again, exiting now\n`)
      process.exit(130)
    }
    closing = true
    process.stderr.write(`tiqu-server: ${signal}: finishing running requests, then exiting\n`)
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`tiqu-server: ${(error as Error).message}\n`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
  return 0
}

const code = await main()
if (code !== 0) process.exit(code)

import { InvalidOptionError } from '@tiqu/core'
import ipaddr from 'ipaddr.js'

/** Whether a listen address reaches only this machine. */
export function isLoopbackHost(host: string): boolean {
  if (host === 'localhost') return true
  const bare = host.replace(/^\[|\]$/g, '')
  return ipaddr.isValid(bare) && ipaddr.process(bare).range() === 'loopback'
}

/**
 * Refuses to listen beyond loopback without keys: anyone who can reach the port could then run the
 * engine, and spend the server's DashScope quota.
 */
export function assertMayListen(host: string, hasKeys: boolean): void {
  if (hasKeys || isLoopbackHost(host)) return
  throw new InvalidOptionError(
    `Refusing to listen on ${host} without API keys: anyone who can reach it could use the engine (and the server's DashScope key). ` +
      'Set TIQU_SERVER_KEYS to one or more long random keys (e.g. `openssl rand -hex 32`), or listen on 127.0.0.1.',
    { parameter: 'host' },
  )
}

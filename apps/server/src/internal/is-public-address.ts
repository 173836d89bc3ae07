import { InvalidOptionError } from '@tiqu/core'
import ipaddr from 'ipaddr.js'

type Address = ipaddr.IPv4 | ipaddr.IPv6

/** Address ranges let through although not public, parsed once. */
export type AllowedRanges = Array<[Address, number]>

/** Parses CIDR ranges such as `10.1.2.0/24`; a bare address is its own /32 or /128. */
export function parseCidrs(cidrs: string[]): AllowedRanges {
  return cidrs.map((cidr) => {
    try {
      if (cidr.includes('/')) return ipaddr.parseCIDR(cidr)
      const address = ipaddr.process(cidr)
      return [address, address.kind() === 'ipv4' ? 32 : 128]
    } catch {
      throw new InvalidOptionError(
        `Invalid address range '${cidr}' in imageFetchAllow: write it as CIDR, e.g. 10.1.2.0/24 or fd00::/8.`,
        { parameter: 'imageFetchAllow' },
      )
    }
  })
}

/**
 * Whether a server may fetch from this IP address on a caller's behalf: only public unicast
 * addresses, so a URL cannot reach loopback, the private network, link-local addresses (cloud metadata
 * at 169.254.169.254), unique-local, multicast, reserved or translation ranges. An IPv4-mapped IPv6
 * address (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string, allowed: AllowedRanges = []): boolean {
  if (!ipaddr.isValid(address)) return false
  // process() unwraps IPv4-mapped IPv6, which sockets treat as the IPv4 address itself.
  const parsed = ipaddr.process(address)
  if (allowed.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits)))
    return true
  return parsed.range() === 'unicast'
}

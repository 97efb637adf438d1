// SSRF policy for webhook URLs (issue 15). Pure: the DNS lookup and the connection live in
// server/webhooks/guarded-fetch.ts, which asks `addressVerdict` about every address a host name resolves to (and
// every redirect target), so a name that resolves to 10.0.0.5 is refused like the literal would be.
import { isIP } from 'node:net'

export type WebhookUrlPolicy = {
  /** Production: only https URLs. */
  requireHttps: boolean
  /** Development/tests: also allow loopback (http://localhost:PORT, 127.0.0.1, ::1) — WEBHOOKS_ALLOW_LOCALHOST=1. */
  allowLocalhost: boolean
}

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'reserved'

function ipv4Parts(address: string): number[] {
  return address.split('.').map(Number)
}

function classifyIpv4(address: string): AddressKind {
  const [a = 0, b = 0, c = 0] = ipv4Parts(address)
  if (a === 127) return 'loopback'
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private'
  if (a === 100 && b >= 64 && b <= 127) return 'private' // carrier-grade NAT
  if (a === 169 && b === 254) return 'link-local' // includes cloud metadata 169.254.169.254
  if (a === 0 || a >= 224) return 'reserved' // "this network", multicast, reserved, broadcast
  if (a === 192 && b === 0 && c === 0) return 'reserved'
  if (a === 198 && (b === 18 || b === 19)) return 'reserved' // benchmarking
  return 'public'
}

function expandIpv6(address: string): number[] {
  const [head = '', tail] = address.toLowerCase().split('::')
  const parse = (part: string) => (part ? part.split(':') : [])
  let left = parse(head)
  let right = tail === undefined ? [] : parse(tail)
  // An embedded IPv4 tail (::ffff:10.0.0.1) is two groups.
  const lastGroups = (groups: string[]) => {
    const last = groups.at(-1)
    if (last && last.includes('.')) {
      const [a = 0, b = 0, c = 0, d = 0] = ipv4Parts(last)
      return [...groups.slice(0, -1), ((a << 8) | b).toString(16), ((c << 8) | d).toString(16)]
    }
    return groups
  }
  if (tail === undefined) left = lastGroups(left)
  else right = lastGroups(right)
  const missing = 8 - left.length - right.length
  return [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right].map(
    (g) => parseInt(g, 16) || 0,
  )
}

function classifyIpv6(address: string): AddressKind {
  const groups = expandIpv6(address.split('%')[0] ?? address)
  const [g0 = 0, , , , , g5 = 0, g6 = 0, g7 = 0] = groups
  const allZeroUntil = (n: number) => groups.slice(0, n).every((g) => g === 0)
  if (allZeroUntil(7) && g7 === 1) return 'loopback'
  if (allZeroUntil(8)) return 'reserved'
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible: judge the IPv4 address inside.
  if (allZeroUntil(5) && (g5 === 0xffff || g5 === 0)) {
    return classifyIpv4(`${g6 >> 8}.${g6 & 255}.${g7 >> 8}.${g7 & 255}`)
  }
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local'
  if ((g0 & 0xfe00) === 0xfc00) return 'private' // unique local fc00::/7
  if ((g0 & 0xff00) === 0xff00) return 'reserved' // multicast
  if (g0 === 0x64 && groups[1] === 0xff9b) return 'reserved' // NAT64 could reach private IPv4
  return 'public'
}

/** What kind of address an IP literal is. */
export function classifyAddress(address: string): AddressKind {
  const version = isIP(address)
  if (version === 4) return classifyIpv4(address)
  if (version === 6) return classifyIpv6(address)
  throw new TypeError(`not an IP address: ${address}`)
}

export type UrlRefusal =
  'invalid_url' | 'https_required' | 'credentials_in_url' | 'private_address' | 'loopback_address'

/** Whether a resolved address may be contacted; null = allowed. */
export function addressVerdict(address: string, policy: WebhookUrlPolicy): UrlRefusal | null {
  const kind = classifyAddress(address)
  if (kind === 'public') return null
  if (kind === 'loopback') return policy.allowLocalhost ? null : 'loopback_address'
  return 'private_address'
}

const LOCALHOST_NAMES = new Set(['localhost', 'localhost.localdomain', 'ip6-localhost'])

function isLocalhostName(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '')
  return LOCALHOST_NAMES.has(host) || host.endsWith('.localhost')
}

/** Checks that need no DNS: a parsable http(s) URL, https in production, no credentials, no refused IP literal. */
export function checkWebhookUrl(raw: string, policy: WebhookUrlPolicy): UrlRefusal | null {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return 'invalid_url'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'invalid_url'
  if (!url.hostname) return 'invalid_url'
  if (url.username || url.password) return 'credentials_in_url'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const literal = isIP(host) ? host : null
  const loopbackName = isLocalhostName(host)
  const loopback = loopbackName || (literal !== null && classifyAddress(literal) === 'loopback')
  if (loopback && !policy.allowLocalhost) return 'loopback_address'
  // The development setting allows plain http to the local machine only.
  if (url.protocol === 'http:' && policy.requireHttps && !(loopback && policy.allowLocalhost)) {
    return 'https_required'
  }
  if (literal !== null) return addressVerdict(literal, policy)
  return null
}

/** The policy from the environment: https in production; loopback only with WEBHOOKS_ALLOW_LOCALHOST=1. */
export function webhookUrlPolicyFromEnv(env: Record<string, string | undefined>): WebhookUrlPolicy {
  const allow = env.WEBHOOKS_ALLOW_LOCALHOST?.trim().toLowerCase()
  return {
    requireHttps: env.NODE_ENV === 'production',
    allowLocalhost: allow === '1' || allow === 'true',
  }
}

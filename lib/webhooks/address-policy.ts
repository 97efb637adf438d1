// SSRF policy for webhook URLs (issues 15 and 22). Pure: the DNS lookup and the connection live in
// server/webhooks/guarded-fetch.ts, which asks `addressVerdict` about every address a host name resolves to (and
// every redirect target), so a name that resolves to 10.0.0.5 is refused like the literal would be.
//
// The special-purpose ranges are ipaddr.js's `range()` names, which follow the IANA special-purpose address
// registries (RFC 6890) — not a hand-kept list. Only an address ipaddr.js calls plain `unicast` is public, and for
// IPv6 only inside 2000::/3 (IANA's IPv6 address space: everything else is reserved, e.g. the deprecated
// IPv4-compatible ::a.b.c.d, which ipaddr.js has no name for). Addresses that carry an IPv4 address inside them
// (IPv4-mapped, IPv4-translated, 6to4, NAT64's well-known prefix) are judged by that IPv4 address: a DNS64 resolver
// answers 64:ff9b::8.8.8.8 for a public IPv4-only host, but 64:ff9b::10.0.0.1 reaches 10.0.0.1.
import ipaddr from 'ipaddr.js'
import { isIP } from 'node:net'

export type WebhookUrlPolicy = {
  /** Production: only https URLs. */
  requireHttps: boolean
  /** Development/tests: also allow loopback (http://localhost:PORT, 127.0.0.1, ::1) — WEBHOOKS_ALLOW_LOCALHOST=1. */
  allowLocalhost: boolean
}

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'reserved'

/** ipaddr.js range names that are not 'reserved'; every other name (multicast, broadcast, benchmarking, the
 * documentation ranges, as112, amt, teredo, orchid, discard, …) is, and is refused. */
const KIND_OF_RANGE: Partial<Record<string, AddressKind>> = {
  unicast: 'public',
  loopback: 'loopback',
  private: 'private',
  carrierGradeNat: 'private',
  uniqueLocal: 'private',
  deprecatedSiteLocal: 'private',
  linkLocal: 'link-local',
}

const IPV6_GLOBAL_UNICAST = ipaddr.IPv6.parseCIDR('2000::/3')
const NAT64_WELL_KNOWN = ipaddr.IPv6.parseCIDR('64:ff9b::/96')

function kindOfRange(range: string): AddressKind {
  return KIND_OF_RANGE[range] ?? 'reserved'
}

function ipv4FromWords(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 255, low >> 8, low & 255])
}

/** The IPv4 address an IPv6 address carries, and whether reaching it means reaching that IPv4 host's loopback. */
function embeddedIpv4(address: ipaddr.IPv6): { ipv4: ipaddr.IPv4; sameHost: boolean } | null {
  const parts = address.parts
  switch (address.range()) {
    case 'ipv4Mapped': // ::ffff:a.b.c.d — the socket talks IPv4 to a.b.c.d
    case 'rfc6145': // ::ffff:0:a.b.c.d (IPv4-translated)
      return { ipv4: ipv4FromWords(parts[6]!, parts[7]!), sameHost: true }
    case 'rfc6052': // only the well-known /96 has a fixed place for the IPv4 (64:ff9b:1::/48 is local-use)
      return address.match(NAT64_WELL_KNOWN)
        ? { ipv4: ipv4FromWords(parts[6]!, parts[7]!), sameHost: false }
        : null
    case '6to4': // 2002:AABB:CCDD::/48
      return { ipv4: ipv4FromWords(parts[1]!, parts[2]!), sameHost: false }
    default:
      return null
  }
}

function classifyIpv6(address: ipaddr.IPv6): AddressKind {
  const embedded = embeddedIpv4(address)
  if (embedded) {
    const kind = kindOfRange(embedded.ipv4.range())
    // 2002:7f00:1:: or 64:ff9b::127.0.0.1 goes to a relay or gateway, never to this machine.
    return kind === 'loopback' && !embedded.sameHost ? 'reserved' : kind
  }
  const kind = kindOfRange(address.range())
  return kind === 'public' && !address.match(IPV6_GLOBAL_UNICAST) ? 'reserved' : kind
}

/** What kind of address an IP literal is. */
export function classifyAddress(address: string): AddressKind {
  // node:net first: ipaddr.js also reads forms like "127.1" or "0x7f000001", which are not literals here.
  if (!isIP(address)) throw new TypeError(`not an IP address: ${address}`)
  const parsed = ipaddr.parse(address)
  return parsed.kind() === 'ipv4' ? kindOfRange(parsed.range()) : classifyIpv6(parsed as ipaddr.IPv6)
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

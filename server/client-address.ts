// Which address a request comes from, for rate limits (issue 12 item 3). X-Forwarded-For is whatever the client
// wrote unless a proxy we run rewrote it: forwarding headers are believed only when the connection itself comes from
// a proxy listed in TRUSTED_PROXIES (comma-separated addresses; default none). The connection's own address reaches
// the app as PEER_ADDRESS_HEADER, set by instrumentation.ts on every incoming request (a client-sent value is
// overwritten there), because Next.js hands server actions no socket.

export const PEER_ADDRESS_HEADER = 'x-horarios-peer-address'

/** Parses TRUSTED_PROXIES ("10.0.0.1, 10.0.0.2"); IPv4-mapped IPv6 forms are normalised. */
export function trustedProxiesFromEnv(value: string | undefined = process.env.TRUSTED_PROXIES): Set<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((entry) => normalise(entry))
      .filter(Boolean),
  )
}

function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase()
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice('::ffff:'.length) : trimmed
}

/** Whether the connection itself comes from a proxy listed in TRUSTED_PROXIES. */
export function peerIsTrustedProxy(
  headers: Headers,
  trusted: Set<string> = trustedProxiesFromEnv(),
): boolean {
  const peer = normalise(headers.get(PEER_ADDRESS_HEADER) ?? '')
  return peer !== '' && trusted.has(peer)
}

/**
 * The client's address: the peer's, or — when the peer is a trusted proxy — the right-most X-Forwarded-For entry
 * that is not itself a trusted proxy (entries further left were written by the client and prove nothing).
 */
export function clientAddress(headers: Headers, trusted: Set<string> = trustedProxiesFromEnv()): string {
  const peer = normalise(headers.get(PEER_ADDRESS_HEADER) ?? '')
  if (!peer) return 'unknown'
  if (!trusted.has(peer)) return peer
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map(normalise).filter(Boolean)
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i]!)) return hops[i]!
  }
  return peer
}

// Whether a state-changing request to a page (a server action, a form posted without JavaScript) comes from the app's
// own pages (issue 22 item 9). Next.js checks server actions itself, but only the host, and believes whatever
// X-Forwarded-Host the client sends: `Origin: https://127.0.0.1:PORT` on an http app, or `Origin: evil` with
// `X-Forwarded-Host: evil`, created API keys. Here scheme, host and port must all equal the app's own origin, and
// forwarding headers count only from a proxy listed in TRUSTED_PROXIES (docs/decisions/010). Pure: proxy.ts passes
// the headers and the environment in.

export type OwnOriginInput = {
  /** The deployment's public URL (BETTER_AUTH_URL), when configured: then it is the app's origin. */
  publicUrl: string | undefined
  /** The request's Host header. */
  host: string | null
  forwardedHost: string | null
  forwardedProto: string | null
  /** The connection comes from a proxy listed in TRUSTED_PROXIES: only then do the forwarded headers count. */
  peerIsTrustedProxy: boolean
}

/** `scheme://host[:port]` as browsers write it in Origin (default port dropped, lower case), or null if invalid. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
    // `http://a@b`, `http://b/path`: a Host or Origin value is an authority only.
    return parsed.origin === 'null' ? null : parsed.origin
  } catch {
    return null
  }
}

/** The last entry of a forwarding header: the one our own (trusted) proxy wrote; earlier ones come from the client. */
function lastEntry(value: string | null): string | null {
  const entry = value?.split(',').at(-1)?.trim()
  return entry ? entry : null
}

/** An authority (`host[:port]`) without userinfo, path, query or fragment: what a Host header may hold. */
function authority(value: string | null): string | null {
  if (!value || /[/?#@\\\s]/.test(value)) return null
  return value
}

/**
 * The app's own origin. The configured public URL when there is one; otherwise the request's Host over http
 * (`next start` speaks plain http), or — when a trusted proxy forwarded the request — its X-Forwarded-Host and
 * X-Forwarded-Proto. Null when none of these is usable (then nothing state-changing is accepted).
 */
export function ownOrigin({
  publicUrl,
  host,
  forwardedHost,
  forwardedProto,
  peerIsTrustedProxy,
}: OwnOriginInput): string | null {
  if (publicUrl?.trim()) return originOf(publicUrl.trim())
  if (peerIsTrustedProxy) {
    const forwarded = authority(lastEntry(forwardedHost)) ?? authority(host)
    const proto = lastEntry(forwardedProto)?.toLowerCase() ?? 'http'
    if (!forwarded || (proto !== 'http' && proto !== 'https')) return null
    return originOf(`${proto}://${forwarded}`)
  }
  const direct = authority(host)
  return direct ? originOf(`http://${direct}`) : null
}

/**
 * Whether a state-changing request may go on. Its Origin must be exactly the app's own origin. A request without
 * an Origin header is let through, as Next.js does: browsers send Origin on every POST, so cross-site forgery always
 * carries one, and a client that leaves it out must hold the session cookie itself. `Origin: null` (a sandboxed
 * frame, a redirect from another site) is refused.
 */
export function sameOriginRequest(originHeader: string | null, own: string | null): boolean {
  if (originHeader === null) return true
  if (own === null) return false
  return originOf(originHeader.trim()) === own
}

/** The 403 problem document (RFC 9457) answered to a cross-origin request. */
export const CROSS_ORIGIN_PROBLEM = {
  type: 'urn:horarios:problem:cross-origin-request',
  title: 'The request does not come from this app’s pages',
  status: 403,
} as const

// The security headers of every answer (issue 12 item 8; docs/decisions/011-content-security-policy.md). Pure: the
// nonce, the environment and whether the request came over https are inputs; proxy.ts and next.config.ts apply them.

/** Which policy a response gets: the app's pages, the API reference page (Scalar), or JSON/API answers. */
export type HeaderKind = 'page' | 'api-reference' | 'api'

export type SecurityHeaderInput = {
  kind: HeaderKind
  /** Fresh, unpredictable value per request (pages and the API reference only). */
  nonce?: string
  /** `next dev`: React's development build evaluates strings (call stacks), so 'unsafe-eval' is needed there only. */
  dev?: boolean
  /** Served over https (directly or through a trusted proxy): only then is HSTS sent. */
  https?: boolean
}

/** Headers that every answer carries, whatever its kind. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
}

export const HSTS = 'max-age=63072000; includeSubDomains'

/**
 * The Content-Security-Policy of a page. Scripts: only those carrying this request's nonce, plus what they load
 * ('strict-dynamic'; 'self' is ignored by browsers that understand it and kept for older ones). Styles:
 * 'unsafe-inline', because Radix writes style attributes into server-rendered markup and Sonner/react-remove-scroll
 * insert <style> elements without a nonce; with img/font/connect limited to 'self', injected CSS can reach no other
 * origin (see the decision record).
 */
export function contentSecurityPolicy({ kind, nonce, dev = false }: SecurityHeaderInput): string | null {
  if (kind === 'api') return null
  if (!nonce || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(nonce)) throw new Error('a page policy needs a base64 nonce')
  // Scalar bundles its own zod, whose start-up probe `new Function('')` cannot be switched off from outside (the app's
  // zod is told not to probe: app/layout.tsx); that page only shows our own OpenAPI document.
  const evaluates = dev || kind === 'api-reference'
  const script = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(evaluates ? [`'unsafe-eval'`] : [])]
  const directives: Record<string, string[]> = {
    'default-src': [`'self'`],
    'script-src': script,
    'style-src': [`'self'`, `'unsafe-inline'`],
    'img-src': [`'self'`, 'data:', 'blob:'],
    'font-src': [`'self'`, 'data:'],
    // The development server's hot reload talks over a WebSocket to the same host.
    'connect-src': [`'self'`, ...(dev ? ['ws:', 'wss:'] : [])],
    'object-src': [`'none'`],
    'base-uri': [`'self'`],
    'form-action': [`'self'`],
    'frame-ancestors': [`'none'`],
    'frame-src': [`'none'`],
    // Scalar's API client runs parts of its work in a worker built from a blob.
    'worker-src': kind === 'api-reference' ? [`'self'`, 'blob:'] : [`'self'`],
    'manifest-src': [`'self'`],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** Every security header of one answer. */
export function securityHeaders(input: SecurityHeaderInput): Record<string, string> {
  const headers: Record<string, string> = { ...BASE_SECURITY_HEADERS }
  const csp = contentSecurityPolicy(input)
  if (csp) headers['Content-Security-Policy'] = csp
  if (input.https) headers['Strict-Transport-Security'] = HSTS
  return headers
}

/**
 * Whether the browser reached us over https. `next start` itself speaks plain http (TLS ends at a proxy), and the
 * request URL Next.js builds follows the client's X-Forwarded-Proto, so neither proves anything. Believed: the
 * deployment's configured public URL (BETTER_AUTH_URL) is https, or a trusted proxy (TRUSTED_PROXIES, the list the
 * sign-in limiter believes) says https in X-Forwarded-Proto.
 */
export function servedOverHttps({
  publicUrl,
  forwardedProto,
  peerIsTrustedProxy,
}: {
  publicUrl: string | undefined
  forwardedProto: string | null
  peerIsTrustedProxy: boolean
}): boolean {
  if (publicUrl?.toLowerCase().startsWith('https://')) return true
  if (!peerIsTrustedProxy || !forwardedProto) return false
  // The last entry is the one our trusted proxy wrote (one that appends keeps what the client sent before it).
  return forwardedProto.split(',').at(-1)!.trim().toLowerCase() === 'https'
}

/** A fresh nonce: 16 random bytes, base64. */
export function createNonce(random: (bytes: Uint8Array) => Uint8Array): string {
  const bytes = random(new Uint8Array(16))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** An HTML document whose every <script> and <style> element carries `nonce` (a page built by a library). */
export function withNonce(html: string, nonce: string): string {
  return html.replace(/<(script|style)\b(?![^>]*\snonce=)/gi, `<$1 nonce="${nonce}"`)
}

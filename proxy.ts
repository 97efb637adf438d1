// Next.js proxy (the file convention formerly called middleware): every page and the API reference get a fresh
// CSP nonce and the security headers (issue 12 item 8, docs/decisions/011-content-security-policy.md). Next.js reads
// the nonce from the request's Content-Security-Policy header and puts it on its own scripts; pages are rendered per
// request anyway (the root layout reads the locale cookie). The JSON API (/api/*) is left out of the proxy: its
// headers are static and come from next.config.ts, so the API answers without this extra step.
import { NextResponse, type NextRequest } from 'next/server'
import { peerIsTrustedProxy, trustedProxiesFromEnv } from '@/server/client-address'
import { createNonce, securityHeaders, servedOverHttps } from '@/lib/http/security-headers'
import { PAYLOAD_TOO_LARGE_PROBLEM, declaredBodyTooLarge } from '@/lib/http/body-limit'

const trustedProxies = trustedProxiesFromEnv()

export function proxy(request: NextRequest) {
  const nonce = createNonce((bytes) => crypto.getRandomValues(bytes))
  const headers = securityHeaders({
    kind: request.nextUrl.pathname.startsWith('/docs/api') ? 'api-reference' : 'page',
    nonce,
    dev: process.env.NODE_ENV === 'development',
    https: servedOverHttps({
      publicUrl: process.env.BETTER_AUTH_URL,
      forwardedProto: request.headers.get('x-forwarded-proto'),
      peerIsTrustedProxy: peerIsTrustedProxy(request.headers, trustedProxies),
    }),
  })
  if (request.method !== 'GET' && declaredBodyTooLarge(request.headers.get('content-length'))) {
    // A server action (or a no-JavaScript form) over 1 MB: refused before Next.js reads it (issue 12 item 5).
    return NextResponse.json(PAYLOAD_TOO_LARGE_PROBLEM, {
      status: 413,
      headers: { ...headers, 'content-type': 'application/problem+json' },
    })
  }
  const csp = headers['Content-Security-Policy']!
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Everything but the JSON API and the build's static files (hashed, immutable, carry no document).
  matcher: ['/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)'],
}

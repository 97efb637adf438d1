// Next.js proxy (the file convention formerly called middleware): every page and the API reference get a fresh
// CSP nonce and the security headers (issue 12 item 8, docs/decisions/011-content-security-policy.md). Next.js reads
// the nonce from the request's Content-Security-Policy header and puts it on its own scripts; pages are rendered per
// request anyway (the root layout reads the locale cookie). The JSON API (/api/*) is left out of the proxy: its
// headers are static and come from next.config.ts, so the API answers without this extra step.
// Before a page or a server action runs, the proxy also refuses a state-changing request from another origin (403,
// issue 22 item 9, lib/http/request-origin.ts), a body over 1 MB (413), and rewrites a path whose percent-encoding
// does not decode so that it is not found instead of a bare 500 (issue 22 item 3, lib/http/malformed-path.ts).
import { NextResponse, type NextRequest } from 'next/server'
import { peerIsTrustedProxy, trustedProxiesFromEnv } from '@/server/client-address'
import { createNonce, securityHeaders, servedOverHttps } from '@/lib/http/security-headers'
import { PAYLOAD_TOO_LARGE_PROBLEM, declaredBodyTooLarge } from '@/lib/http/body-limit'
import { CROSS_ORIGIN_PROBLEM, ownOrigin, sameOriginRequest } from '@/lib/http/request-origin'
import { NOT_FOUND_REWRITE, pathDoesNotDecode } from '@/lib/http/malformed-path'

const trustedProxies = trustedProxiesFromEnv()

export function proxy(request: NextRequest) {
  const nonce = createNonce((bytes) => crypto.getRandomValues(bytes))
  const fromTrustedProxy = peerIsTrustedProxy(request.headers, trustedProxies)
  const headers = securityHeaders({
    kind: request.nextUrl.pathname.startsWith('/docs/api') ? 'api-reference' : 'page',
    nonce,
    dev: process.env.NODE_ENV === 'development',
    https: servedOverHttps({
      publicUrl: process.env.BETTER_AUTH_URL,
      forwardedProto: request.headers.get('x-forwarded-proto'),
      peerIsTrustedProxy: fromTrustedProxy,
    }),
  })
  const changesState = request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS'
  if (
    changesState &&
    !sameOriginRequest(request.headers.get('origin'), ownOriginOf(request, fromTrustedProxy))
  ) {
    // A server action or form post from another origin (issue 22 item 9): Next.js compares the host only, believes
    // any X-Forwarded-Host, and answers its own refusals with a 500.
    return problem(CROSS_ORIGIN_PROBLEM, headers)
  }
  if (changesState && declaredBodyTooLarge(request.headers.get('content-length'))) {
    // A server action (or a no-JavaScript form) over 1 MB: refused before Next.js reads it (issue 12 item 5).
    return problem(PAYLOAD_TOO_LARGE_PROBLEM, headers)
  }
  const csp = headers['Content-Security-Policy']!
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)
  // A path that does not decode would make Next.js's router answer a bare 500 (issue 22 item 3): the app's
  // translated not-found page instead, 404, at the same URL (lib/http/malformed-path.ts).
  const response = pathDoesNotDecode(request.nextUrl.pathname)
    ? NextResponse.rewrite(new URL(NOT_FOUND_REWRITE, request.url), { request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

function ownOriginOf(request: NextRequest, fromTrustedProxy: boolean): string | null {
  return ownOrigin({
    publicUrl: process.env.BETTER_AUTH_URL,
    host: request.headers.get('host'),
    forwardedHost: request.headers.get('x-forwarded-host'),
    forwardedProto: request.headers.get('x-forwarded-proto'),
    peerIsTrustedProxy: fromTrustedProxy,
  })
}

function problem(body: { status: number }, headers: Record<string, string>) {
  return NextResponse.json(body, {
    status: body.status,
    headers: { ...headers, 'content-type': 'application/problem+json' },
  })
}

export const config = {
  // Everything but the JSON API and the build's static files (hashed, immutable, carry no document).
  matcher: ['/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)'],
}

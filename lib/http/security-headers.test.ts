import { describe, expect, it } from 'vitest'
import {
  BASE_SECURITY_HEADERS,
  HSTS,
  contentSecurityPolicy,
  createNonce,
  securityHeaders,
  servedOverHttps,
  withNonce,
} from './security-headers'

const directives = (csp: string) =>
  new Map(csp.split('; ').map((part) => [part.split(' ')[0]!, part.split(' ').slice(1)] as const))

describe('security headers (issue 12 item 8)', () => {
  it('a page allows only scripts with its nonce (and what they load), never framing, plugins or foreign forms', () => {
    const csp = directives(contentSecurityPolicy({ kind: 'page', nonce: 'abc123==' })!)
    expect(csp.get('script-src')).toEqual([`'self'`, `'nonce-abc123=='`, `'strict-dynamic'`])
    expect(csp.get('frame-ancestors')).toEqual([`'none'`])
    expect(csp.get('object-src')).toEqual([`'none'`])
    expect(csp.get('base-uri')).toEqual([`'self'`])
    expect(csp.get('form-action')).toEqual([`'self'`])
    expect(csp.get('default-src')).toEqual([`'self'`])
    // Inline styles are allowed (Radix style attributes, Sonner's <style>), but CSS can reach no other origin.
    expect(csp.get('style-src')).toEqual([`'self'`, `'unsafe-inline'`])
    for (const fetched of ['img-src', 'font-src', 'connect-src']) {
      expect(csp.get(fetched)!.every((source) => [`'self'`, 'data:', 'blob:'].includes(source))).toBe(true)
    }
  })

  it("'unsafe-eval' only in development and on the API reference page", () => {
    expect(contentSecurityPolicy({ kind: 'page', nonce: 'n1' })).not.toContain('unsafe-eval')
    expect(
      directives(contentSecurityPolicy({ kind: 'page', nonce: 'n1', dev: true })!).get('script-src'),
    ).toContain(`'unsafe-eval'`)
    const reference = directives(contentSecurityPolicy({ kind: 'api-reference', nonce: 'n1' })!)
    expect(reference.get('script-src')).toEqual([`'self'`, `'nonce-n1'`, `'strict-dynamic'`, `'unsafe-eval'`])
    expect(reference.get('frame-ancestors')).toEqual([`'none'`])
  })

  it('refuses to build a page policy without a usable nonce', () => {
    expect(() => contentSecurityPolicy({ kind: 'page' })).toThrow()
    expect(() => contentSecurityPolicy({ kind: 'page', nonce: `x' 'unsafe-inline` })).toThrow()
  })

  it('the API gets the non-CSP headers only; HSTS only over https', () => {
    expect(securityHeaders({ kind: 'api' })).toEqual(BASE_SECURITY_HEADERS)
    expect(securityHeaders({ kind: 'api', https: true })['Strict-Transport-Security']).toBe(HSTS)
    const page = securityHeaders({ kind: 'page', nonce: 'n1' })
    expect(page).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    expect(page['Permissions-Policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/)
    expect(page['Content-Security-Policy']).toContain(`'nonce-n1'`)
    expect(page).not.toHaveProperty('Strict-Transport-Security')
  })

  it('https: the configured public URL says so, or a trusted proxy does; a client saying so proves nothing', () => {
    const direct = { forwardedProto: null, peerIsTrustedProxy: false }
    expect(servedOverHttps({ publicUrl: 'https://horarios.example.com', ...direct })).toBe(true)
    expect(servedOverHttps({ publicUrl: 'http://localhost:3000', ...direct })).toBe(false)
    expect(servedOverHttps({ publicUrl: undefined, ...direct })).toBe(false)
    const viaProxy = (forwardedProto: string, peerIsTrustedProxy: boolean) =>
      servedOverHttps({ publicUrl: 'http://localhost:3000', forwardedProto, peerIsTrustedProxy })
    expect(viaProxy('https', false)).toBe(false)
    expect(viaProxy('https', true)).toBe(true)
    expect(viaProxy('http', true)).toBe(false)
    // A proxy that appends: the client's claim comes first, the proxy's own view last.
    expect(viaProxy('https, http', true)).toBe(false)
  })

  it('nonces are base64 of 16 random bytes and differ per call', () => {
    const random = (bytes: Uint8Array) => crypto.getRandomValues(bytes)
    const a = createNonce(random)
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(createNonce(random)).not.toBe(a)
    expect(() => contentSecurityPolicy({ kind: 'page', nonce: a })).not.toThrow()
  })

  it('withNonce marks every script and style element of a library-built page, once', () => {
    const html =
      '<style>a{}</style><script src="/x.js"></script><SCRIPT>go()</SCRIPT><script nonce="k">y()</script>'
    expect(withNonce(html, 'n1')).toBe(
      '<style nonce="n1">a{}</style><script nonce="n1" src="/x.js"></script><SCRIPT nonce="n1">go()</SCRIPT><script nonce="k">y()</script>',
    )
  })
})

// proxy.ts on real NextRequests (issue 22 items 3 and 9; the CSP of decision 011 kept): state-changing requests from
// another origin are refused with 403 problem JSON before Next.js runs an action, and a path that does not decode is
// rewritten to one that is never a route (the translated not-found page).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NextRequest } from 'next/server'
import { PEER_ADDRESS_HEADER } from './client-address'

vi.hoisted(() => {
  process.env.TRUSTED_PROXIES = '10.0.0.9'
})
const { proxy } = await import('@/proxy')

const APP = 'http://localhost:3304'

function request(path: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(`${APP}${path}`, {
    method: init.method ?? 'GET',
    headers: { host: 'localhost:3304', [PEER_ADDRESS_HEADER]: '127.0.0.1', ...init.headers },
  })
}

const action = (headers: Record<string, string>) =>
  request('/settings/api', { method: 'POST', headers: { 'next-action': 'a'.repeat(42), ...headers } })

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('proxy.ts', () => {
  it('refuses an action whose origin differs in scheme, host or port, or names a forwarded host (403)', async () => {
    vi.stubEnv('BETTER_AUTH_URL', '')
    const attacks: Record<string, string>[] = [
      { origin: 'https://localhost:3304' },
      { origin: 'http://localhost:3305' },
      { origin: 'http://evil.example', 'x-forwarded-host': 'evil.example' },
      { origin: 'evil', 'x-forwarded-host': 'evil' },
      { origin: 'null' },
    ]
    for (const headers of attacks) {
      const answer = proxy(action(headers))
      expect({ headers, status: answer.status }).toEqual({ headers, status: 403 })
      expect(answer.headers.get('content-type')).toBe('application/problem+json')
      expect(await answer.json()).toMatchObject({ status: 403 })
      expect(answer.headers.get('x-frame-options')).toBe('DENY')
    }
  })

  it('lets the app’s own origin through, and a trusted proxy’s forwarded origin', () => {
    vi.stubEnv('BETTER_AUTH_URL', '')
    expect(proxy(action({ origin: APP })).headers.get('x-middleware-next')).toBe('1')
    const viaProxy = action({
      origin: 'https://horarios.example.com',
      'x-forwarded-host': 'horarios.example.com',
      'x-forwarded-proto': 'https',
      [PEER_ADDRESS_HEADER]: '10.0.0.9',
    })
    expect(proxy(viaProxy).headers.get('x-middleware-next')).toBe('1')
  })

  it('with BETTER_AUTH_URL set, only that origin', () => {
    vi.stubEnv('BETTER_AUTH_URL', 'https://horarios.example.com')
    expect(proxy(action({ origin: 'https://horarios.example.com' })).status).toBe(200)
    expect(proxy(action({ origin: APP })).status).toBe(403)
  })

  it('still answers 413 for a body over 1 MB from the app’s own origin', () => {
    vi.stubEnv('BETTER_AUTH_URL', '')
    expect(proxy(action({ origin: APP, 'content-length': String(2 * 1024 * 1024) })).status).toBe(413)
  })

  it('gives every page its nonce-based CSP, also when it rewrites a path that does not decode', () => {
    const plain = proxy(request('/settings/schedules'))
    const csp = plain.headers.get('content-security-policy')!
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}' 'strict-dynamic'/)
    expect(plain.headers.get('x-middleware-rewrite')).toBeNull()

    const malformed = proxy(request('/settings/schedules/%C0%AF/versions/1?history=25'))
    expect(malformed.headers.get('x-middleware-rewrite')).toBe(`${APP}/_malformed-path`)
    expect(malformed.headers.get('content-security-policy')).toMatch(/'nonce-/)
    expect(malformed.headers.get('content-security-policy')).not.toBe(csp)
  })
})

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { ownOrigin, sameOriginRequest } from './request-origin'

const direct = { publicUrl: undefined, forwardedHost: null, forwardedProto: null, peerIsTrustedProxy: false }

describe('the origin check of server actions and page posts (issue 22 item 9)', () => {
  it('the configured public URL is the app’s origin, whatever the request says', () => {
    const own = ownOrigin({
      publicUrl: 'https://horarios.example.com/',
      host: 'evil.example',
      forwardedHost: 'evil.example',
      forwardedProto: 'http',
      peerIsTrustedProxy: true,
    })
    expect(own).toBe('https://horarios.example.com')
    expect(sameOriginRequest('https://horarios.example.com', own)).toBe(true)
    expect(sameOriginRequest('https://horarios.example.com:443', own)).toBe(true)
    expect(sameOriginRequest('http://horarios.example.com', own)).toBe(false)
    expect(sameOriginRequest('https://horarios.example.com:8443', own)).toBe(false)
    expect(sameOriginRequest('https://evil.example', own)).toBe(false)
  })

  it('without one, the Host over plain http: another scheme or port on the same host is refused', () => {
    const own = ownOrigin({ ...direct, host: '127.0.0.1:3304' })
    expect(own).toBe('http://127.0.0.1:3304')
    expect(sameOriginRequest('http://127.0.0.1:3304', own)).toBe(true)
    // The reported hole: the host matched, so an https origin was taken for this http app.
    expect(sameOriginRequest('https://127.0.0.1:3304', own)).toBe(false)
    expect(sameOriginRequest('http://127.0.0.1:3305', own)).toBe(false)
    expect(sameOriginRequest('http://127.0.0.1', own)).toBe(false)
  })

  it('a client’s X-Forwarded-Host and X-Forwarded-Proto count for nothing', () => {
    const own = ownOrigin({
      ...direct,
      host: 'localhost:3304',
      forwardedHost: 'evil',
      forwardedProto: 'https',
    })
    expect(own).toBe('http://localhost:3304')
    expect(sameOriginRequest('evil', own)).toBe(false)
    expect(sameOriginRequest('http://evil', own)).toBe(false)
    expect(sameOriginRequest('https://evil', own)).toBe(false)
  })

  it('a trusted proxy’s forwarded host and scheme are believed (its own, last entry)', () => {
    const own = ownOrigin({
      publicUrl: undefined,
      host: '10.0.0.5:3000',
      forwardedHost: 'evil, horarios.example.com',
      forwardedProto: 'http, https',
      peerIsTrustedProxy: true,
    })
    expect(own).toBe('https://horarios.example.com')
    expect(sameOriginRequest('https://horarios.example.com', own)).toBe(true)
    expect(sameOriginRequest('https://evil', own)).toBe(false)
    // A trusted proxy that forwards no host: the Host it connected with, over the scheme it says.
    expect(
      ownOrigin({ ...direct, host: 'app.internal', forwardedProto: 'https', peerIsTrustedProxy: true }),
    ).toBe('https://app.internal')
  })

  it('Origin: null, garbage and unusable hosts are refused; a request without Origin goes on', () => {
    const own = ownOrigin({ ...direct, host: 'localhost:3304' })
    for (const origin of ['null', '', 'evil', 'javascript:alert(1)', 'file:///etc/passwd', 'http://']) {
      expect(sameOriginRequest(origin, own), origin).toBe(false)
    }
    expect(sameOriginRequest(null, own)).toBe(true)
    for (const host of [null, '', 'a/b', 'user@localhost:3304', 'localhost:3304#x', 'a b']) {
      expect(ownOrigin({ ...direct, host }), String(host)).toBeNull()
    }
    expect(sameOriginRequest('http://localhost:3304', null)).toBe(false)
    expect(ownOrigin({ ...direct, host: 'x', forwardedProto: 'gopher', peerIsTrustedProxy: true })).toBeNull()
  })

  it('only an origin equal in scheme, host and port passes; default ports are the same as none (property)', () => {
    const origin = fc.record({
      scheme: fc.constantFrom('http', 'https'),
      host: fc.constantFrom(
        'localhost',
        '127.0.0.1',
        'Horarios.example.com',
        'horarios.example.com',
        '[::1]',
      ),
      port: fc.option(fc.constantFrom(80, 443, 3000, 3304, 8443), { nil: undefined }),
    })
    type Parts = { scheme: string; host: string; port: number | undefined }
    const written = (o: Parts) => `${o.scheme}://${o.host}${o.port === undefined ? '' : `:${o.port}`}`
    const effectivePort = (o: Parts) => o.port ?? (o.scheme === 'https' ? 443 : 80)
    fc.assert(
      fc.property(origin, origin, (app, request) => {
        const own = ownOrigin({ ...direct, publicUrl: written(app), host: 'ignored' })
        const same =
          app.scheme === request.scheme &&
          app.host.toLowerCase() === request.host.toLowerCase() &&
          effectivePort(app) === effectivePort(request)
        expect(sameOriginRequest(written(request), own)).toBe(same)
      }),
    )
  })
})

// Issue 22 items 3 and 5 — what Node.js and Next.js would answer before any route handler, answered as problem
// JSON by the guard on Node's HTTP server (a real server here; e2e/api-edges.spec.ts checks it on `next start`).
import http from 'node:http'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import document from '@/docs/api/openapi.json'
import { installApiRequestGuard, malformedPathErrors, PARAMETER_PATHS } from './raw-request-guard'

type RawAnswer = { status: number; headers: Record<string, string>; body: string }

/** One request over a raw socket (HTTP clients refuse or normalise some of these) and the server's answer. */
function raw(port: number, requestText: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(requestText))
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const split = text.indexOf('\r\n\r\n')
      const [statusLine = '', ...lines] = text.slice(0, split).split('\r\n')
      const headers = Object.fromEntries(
        lines.map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
      )
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: text.slice(split + 4) })
    })
  })
}

const get = (target: string, headers = '') =>
  `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${headers}\r\n`

describe('raw request guard (issue 22 items 3 and 5)', () => {
  let server: http.Server
  let port: number
  const reached: string[] = []
  beforeAll(async () => {
    installApiRequestGuard()
    server = http.createServer((request, response) => {
      reached.push(`${request.method} ${request.url}`)
      response.end('next')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as net.AddressInfo).port
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it.each([
    ['/api/v1/scopes/%FF/settings', 'scope'],
    ['/api/v1/scopes/%E0%A4%A/effective-hours?from=2026-12-01', 'scope'],
    ['/api/v1/agents/%C0%AF/presence', 'agentId'],
    ['/api/v1/agents/%zz/load', 'agentId'],
    ['/api/v1/%FF', '(path)'],
  ])('%s is 400 problem JSON naming %s; Next.js never sees it', async (target, parameter) => {
    const answer = await raw(port, get(target, 'X-Request-Id: guard-1\r\n'))
    expect(answer.status).toBe(400)
    expect(answer.headers['content-type']).toBe('application/problem+json')
    expect(answer.headers['x-request-id']).toBe('guard-1')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    expect(JSON.parse(answer.body)).toEqual({
      type: 'urn:horarios:problem:validation',
      title: expect.any(String),
      status: 400,
      detail: expect.any(String),
      errors: [{ path: parameter, message: expect.stringContaining('percent-encoding') }],
      instance: target.split('?')[0],
      requestId: 'guard-1',
    })
    expect(reached).not.toContain(`GET ${target}`)
  })

  it('well-encoded API paths and every other path reach Next.js untouched', async () => {
    for (const target of [
      '/api/v1/scopes/dep_%C3%B1/settings',
      '/settings/schedules/%FF',
      '/api/v1/scopes',
    ]) {
      const answer = await raw(port, get(target))
      expect(answer.body).toBe('next')
      expect(reached).toContain(`GET ${target}`)
    }
  })

  it('a method Next.js cannot route is 501 problem JSON on the API, left alone elsewhere', async () => {
    const answer = await raw(port, 'TRACE /api/v1/scopes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(answer.status).toBe(501)
    expect(JSON.parse(answer.body)).toMatchObject({
      type: 'urn:horarios:problem:not-implemented',
      status: 501,
    })
    const page = await raw(port, 'PROPFIND /settings HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    expect(page.body).toBe('next')
  })

  it('headers over the limit are 431 problem JSON (Node alone answers 431 with no body)', async () => {
    const answer = await raw(
      port,
      get('/api/v1/scopes', `X-Padding: ${'a'.repeat(http.maxHeaderSize + 1)}\r\n`),
    )
    expect(answer.status).toBe(431)
    expect(answer.headers['content-type']).toBe('application/problem+json')
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body))
    expect(JSON.parse(answer.body)).toMatchObject({
      type: 'urn:horarios:problem:header-fields-too-large',
      status: 431,
      detail: expect.stringContaining(`${http.maxHeaderSize / 1024} KB`),
      requestId: expect.any(String),
    })
    // Just under the limit: reaches the server.
    const fine = await raw(
      port,
      get('/api/v1/scopes', `X-Padding: ${'a'.repeat(http.maxHeaderSize - 200)}\r\n`),
    )
    expect(fine.body).toBe('next')
  })

  it('knows every path with parameters the API documents', () => {
    const documented = Object.keys(document.paths).filter((p) => p.startsWith('/api/v1/') && p.includes('{'))
    expect([...PARAMETER_PATHS].sort()).toEqual(documented.sort())
    expect(malformedPathErrors('/api/v1/scopes/general/settings')).toEqual([])
  })
})

import net from 'node:net'
import { expect, test } from './fixtures'

// Issue 22 items 3 and 5 on `next start`, where Node.js and Next.js answer some requests before any route handler
// runs: a path segment that is not valid percent-encoding (Next.js decodes params before the handler: it answered
// 500 text/plain), headers over Node's 16 KB limit (Node answers 431 with no body), a method Next.js cannot turn
// into a Request (TRACE: 500), a method a route lacks and a path no route has. Every one is problem JSON now.
// Sent over a raw socket: HTTP clients normalise or refuse some of these requests.
const PORT = Number(process.env.E2E_PORT ?? 3100)
const KEY = 'Bearer hor_demo-tienda-aurora-2026-all-permissions'

type RawAnswer = { status: number; headers: Record<string, string>; body: string }

function raw(method: string, target: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORT, '127.0.0.1')
    const lines = [`${method} ${target} HTTP/1.1`, `Host: localhost:${PORT}`, 'Connection: close']
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
    socket.write(`${lines.join('\r\n')}\r\n\r\n`)
    const chunks: Buffer[] = []
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8')
      const [head = '', ...rest] = text.split('\r\n\r\n')
      const [statusLine = '', ...headerLines] = head.split('\r\n')
      const parsed = Object.fromEntries(
        headerLines.map((line) => {
          const colon = line.indexOf(':')
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]
        }),
      )
      let body = rest.join('\r\n\r\n')
      if (parsed['transfer-encoding'] === 'chunked') body = dechunk(body)
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body })
    })
  })
}

function dechunk(text: string): string {
  let out = ''
  let rest = text
  for (;;) {
    const end = rest.indexOf('\r\n')
    const size = parseInt(rest.slice(0, end), 16)
    if (!size) return out
    out += rest.slice(end + 2, end + 2 + size)
    rest = rest.slice(end + 2 + size + 2)
  }
}

function expectProblem(answer: RawAnswer, status: number, kind: string) {
  expect(answer.status, answer.body.slice(0, 200)).toBe(status)
  expect(answer.headers['content-type']).toBe('application/problem+json')
  const body = JSON.parse(answer.body) as Record<string, unknown>
  expect(body).toMatchObject({ type: `urn:horarios:problem:${kind}`, status })
  return body
}

test.describe('API answers Next.js and Node.js would give themselves (issue 22)', () => {
  test('a path segment that is not valid percent-encoding is 400 naming the path parameter', async () => {
    for (const [target, parameter] of [
      ['/api/v1/scopes/%FF/settings', 'scope'],
      ['/api/v1/scopes/%E0%A4%A/effective-hours?from=2026-12-01&to=2026-12-02', 'scope'],
      ['/api/v1/agents/%C0%AF/presence', 'agentId'],
      ['/api/v1/agents/%zz/load', 'agentId'],
    ] as const) {
      const answer = await raw(target.includes('settings') ? 'GET' : 'PUT', target, {
        authorization: KEY,
        'x-request-id': 'bad-path-1',
      })
      const body = expectProblem(answer, 400, 'validation')
      expect(body.errors).toEqual([{ path: parameter, message: expect.stringContaining('percent-encoding') }])
      expect(body.requestId).toBe('bad-path-1')
      expect(answer.headers['x-request-id']).toBe('bad-path-1')
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
    }
    // A well-encoded segment still reaches the route (an unknown scope: 404 from the handler).
    const fine = await raw('GET', '/api/v1/scopes/dep_%61bc/settings', { authorization: KEY })
    expectProblem(fine, 404, 'not-found')
  })

  test('headers over the server limit are 431 problem JSON', async () => {
    const answer = await raw('GET', '/api/v1/scopes', { authorization: KEY, 'x-padding': 'a'.repeat(20_000) })
    const body = expectProblem(answer, 431, 'header-fields-too-large')
    expect(body.detail).toContain('16 KB')
    // Under the limit: answered as usual.
    const small = await raw('GET', '/api/v1/scopes', { authorization: KEY, 'x-padding': 'a'.repeat(8_000) })
    expect(small.status).toBe(200)
  })

  test('a method a route lacks is 405 with Allow; one Next.js cannot handle at all is 501', async () => {
    const post = await raw('POST', '/api/v1/scopes', { authorization: KEY, 'content-length': '0' })
    expectProblem(post, 405, 'method-not-allowed')
    expect(post.headers.allow).toBe('GET, HEAD, OPTIONS')
    const trace = await raw('TRACE', '/api/v1/scopes', { authorization: KEY })
    expectProblem(trace, 501, 'not-implemented')
  })

  test('a path no route has is 404 problem JSON, not the HTML not-found page', async () => {
    for (const target of ['/api/v1/nothing', '/api/v1', '/api/v1/scopes/general/nothing']) {
      const answer = await raw('GET', target, { authorization: KEY })
      expectProblem(answer, 404, 'not-found')
    }
  })
})

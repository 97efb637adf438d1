// Issue 15 — SSRF: webhook requests never reach private, loopback or link-local addresses, whether the URL names
// them, DNS resolves to them, or a redirect points at them.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardedPost, RefusedUrlError, type ResolveHost } from './guarded-fetch'

const production = { requireHttps: true, allowLocalhost: false }
const localTests = { requireHttps: true, allowLocalhost: true }

let server: http.Server
let base = ''
const hits: string[] = []

beforeAll(async () => {
  server = http.createServer((request, response) => {
    hits.push(request.url ?? '')
    request.resume()
    request.on('end', () => {
      const route = request.url ?? ''
      if (route === '/redirect-private') {
        response.writeHead(307, { location: 'https://10.0.0.9/steal' })
      } else if (route === '/redirect-metadata-name') {
        response.writeHead(308, { location: 'https://metadata.internal.test/latest' })
      } else if (route === '/redirect-ok') {
        response.writeHead(307, { location: '/ok' })
      } else if (route === '/found') {
        response.writeHead(302, { location: '/ok' })
      } else {
        response.writeHead(204)
      }
      response.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://localhost:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A DNS that answers what the test says (an attacker controls their own domain's records). */
const dnsSays =
  (table: Record<string, string | string[]>): ResolveHost =>
  async (hostname) => {
    const answer = table[hostname]
    if (!answer) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
    return [answer].flat().map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))
  }

async function refusal(promise: Promise<unknown>) {
  try {
    await promise
    return null
  } catch (error) {
    if (error instanceof RefusedUrlError) return error.refusal
    throw error
  }
}

describe('guardedPost', () => {
  it('refuses private, loopback and link-local literals before connecting', async () => {
    expect(await refusal(guardedPost('https://10.1.2.3/x', '{}', {}, production, 2000))).toBe(
      'private_address',
    )
    expect(await refusal(guardedPost('https://169.254.169.254/x', '{}', {}, localTests, 2000))).toBe(
      'private_address',
    )
    expect(await refusal(guardedPost('https://[::1]/x', '{}', {}, production, 2000))).toBe('loopback_address')
  })

  it('refuses localhost in production mode, and plain http to public hosts', async () => {
    expect(await refusal(guardedPost(`${base}/ok`, '{}', {}, production, 2000))).toBe('loopback_address')
    expect(await refusal(guardedPost('http://hooks.example.com/x', '{}', {}, production, 2000))).toBe(
      'https_required',
    )
  })

  it('refuses a public-looking name that DNS resolves to a private or loopback address', async () => {
    const port = (server.address() as AddressInfo).port
    const resolve = dnsSays({ 'evil.example.test': '10.0.0.7', 'sneaky.example.test': '127.0.0.1' })
    expect(
      await refusal(guardedPost('https://evil.example.test/x', '{}', {}, production, 2000, resolve)),
    ).toBe('private_address')
    // Loopback behind a public name: refused in production even though the server is really listening there.
    const before = hits.length
    expect(
      await refusal(
        guardedPost(`https://sneaky.example.test:${port}/ok`, '{}', {}, production, 2000, resolve),
      ),
    ).toBe('loopback_address')
    expect(hits.length).toBe(before) // never connected
  })

  // Issue 22 item 6: Node may connect to any address of the answer (happy eyeballs tries them in turn), so one
  // refused address refuses the name — wherever it sits in the answer.
  it('refuses a DNS answer in which any address is not public, before connecting', async () => {
    const port = (server.address() as AddressInfo).port
    const resolve = dnsSays({
      'mixed.example.test': ['2606:4700:4700::1111', '8.8.8.8', '10.0.0.7'],
      'mixed-loopback.example.test': ['8.8.4.4', '127.0.0.1'],
      'mixed-nat64.example.test': ['8.8.8.8', '64:ff9b::a9fe:a9fe'],
    })
    const before = hits.length
    for (const [host, expected] of [
      ['mixed.example.test', 'private_address'],
      ['mixed-loopback.example.test', 'loopback_address'],
      ['mixed-nat64.example.test', 'private_address'],
    ]) {
      expect(
        await refusal(guardedPost(`https://${host}:${port}/ok`, '{}', {}, production, 2000, resolve)),
        host,
      ).toBe(expected)
    }
    expect(hits.length).toBe(before)
  })

  it('refuses redirects to private addresses (literal or by DNS) and follows safe 307/308 ones', async () => {
    const resolve = dnsSays({ 'metadata.internal.test': '169.254.169.254', localhost: '127.0.0.1' })
    expect(await refusal(guardedPost(`${base}/redirect-private`, '{}', {}, localTests, 2000, resolve))).toBe(
      'private_address',
    )
    expect(
      await refusal(guardedPost(`${base}/redirect-metadata-name`, '{}', {}, localTests, 2000, resolve)),
    ).toBe('private_address')
    const followed = await guardedPost(`${base}/redirect-ok`, '{}', {}, localTests, 2000, resolve)
    expect(followed).toMatchObject({ status: 204, finalUrl: `${base}/ok` })
    // Other redirects are answers (non-2xx → a failed delivery), not followed.
    const found = await guardedPost(`${base}/found`, '{}', {}, localTests, 2000, resolve)
    expect(found.status).toBe(302)
  })
})

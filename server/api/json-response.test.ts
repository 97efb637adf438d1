// The API's JSON answers: small ones tell `next start`'s compression (and proxies) not to gzip them, larger ones
// are left to be compressed (server/api/json-response.ts).
import { describe, expect, it } from 'vitest'
import { COMPRESSION_THRESHOLD_BYTES, jsonResponse } from './json-response'
import { json } from './handler'
import { problemResponse } from './problem'

describe('jsonResponse', () => {
  it('marks a body under the threshold no-transform and keeps it no-store', async () => {
    const response = jsonResponse({ responder: 'agents' }, { status: 200, contentType: 'application/json' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(response.headers.get('cache-control')).toBe('no-store, no-transform')
    expect(await response.json()).toEqual({ responder: 'agents' })
  })

  it('leaves a body at or over the threshold compressible (counted in bytes, not characters)', () => {
    // 'ñ' is two bytes in UTF-8: 512 of them (+ the quotes) are over 1 KB though the string has 514 characters.
    const multibyte = jsonResponse('ñ'.repeat(512), { status: 200, contentType: 'application/json' })
    expect(multibyte.headers.get('cache-control')).toBe('no-store')
    const exact = jsonResponse('x'.repeat(COMPRESSION_THRESHOLD_BYTES - 2), {
      status: 200,
      contentType: 'application/json',
    })
    expect(exact.headers.get('cache-control')).toBe('no-store')
    const justUnder = jsonResponse('x'.repeat(COMPRESSION_THRESHOLD_BYTES - 3), {
      status: 200,
      contentType: 'application/json',
    })
    expect(justUnder.headers.get('cache-control')).toBe('no-store, no-transform')
  })

  it('is what results and problems are built with; a handler header is added, not replaced', async () => {
    const result = json({ ok: true }, { headers: { etag: '"3"' } })
    expect(result.headers.get('cache-control')).toBe('no-store, no-transform')
    expect(result.headers.get('etag')).toBe('"3"')
    const problem = problemResponse('not-found', 'No scope "x".', { requestId: 'r1', instance: '/api/v1/x' })
    expect(problem.status).toBe(404)
    expect(problem.headers.get('content-type')).toBe('application/problem+json')
    expect(problem.headers.get('cache-control')).toBe('no-store, no-transform')
    expect(await problem.json()).toMatchObject({ status: 404, requestId: 'r1', instance: '/api/v1/x' })
  })
})

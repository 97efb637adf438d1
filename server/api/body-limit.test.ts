// Issue 12 item 5 — API bodies over the limit answer 413 problem JSON before anything is parsed: by the declared
// length (even before the key is checked), and while streaming when no length is declared.
import { describe, expect, it, vi } from 'vitest'
import { testDrivers } from '@/test/db'
import { apiFetch, BASE_URL } from '@/test/api-client'
import { ALL_KEY, useApiDatabase } from './api-test-setup'
import { MAX_BODY_BYTES } from './handler'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

/** A body sent in chunks with no Content-Length (as a chunked upload arrives). */
function streamed(totalBytes: number): ReadableStream<Uint8Array> {
  const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close()
      controller.enqueue(chunk)
      sent += chunk.byteLength
    },
  })
}

describe.each(testDrivers)('API body limit (%s)', (driver) => {
  useApiDatabase(driver)

  it('a declared length over the limit is 413 problem JSON, before the key is even looked at', async () => {
    const response = await apiFetch(`${BASE_URL}/api/v1/routing/decisions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(2 * 1024 * 1024) },
      body: '{}',
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ status: 413 })
  })

  it('a streamed body without a length is cut off at the limit with 413', async () => {
    const request = new Request(`${BASE_URL}/api/v1/routing/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ALL_KEY}`, 'content-type': 'application/json' },
      body: streamed(1.2 * 1024 * 1024),
      duplex: 'half',
    } as RequestInit)
    expect(request.headers.get('content-length')).toBeNull()
    const response = await apiFetch(request)
    expect(response.status).toBe(413)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
  })

  it('a body just under the limit is parsed (and judged on its content)', async () => {
    const body = JSON.stringify({ requests: [{ scope: 'general' }], pad: 'x'.repeat(MAX_BODY_BYTES - 200) })
    const response = await apiFetch(`${BASE_URL}/api/v1/routing/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ALL_KEY}`, 'content-type': 'application/json' },
      body,
    })
    expect(response.status).not.toBe(413)
  })
})

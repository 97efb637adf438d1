// Issue 22 item 10 — a JSON body is UTF-8 JSON: another charset is 415, bytes that are not UTF-8 are 400 (not saved
// with U+FFFD in place of each letter), and a client that goes away mid-body is logged as an aborted request, not as
// a 500 of ours.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { testDrivers } from '@/test/db'
import { apiFetch, BASE_URL } from '@/test/api-client'
import { getScopeSettings } from '@/db/queries'
import * as decisions from '@/app/api/v1/routing/decisions/route'
import { ALL_KEY, AURORA, useApiDatabase } from './api-test-setup'
import { logger } from './logger'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const auth = { authorization: `Bearer ${ALL_KEY}` }
const DECISIONS = `${BASE_URL}/api/v1/routing/decisions`

describe.each(testDrivers)('API request bodies (%s)', (driver) => {
  useApiDatabase(driver)
  afterEach(() => vi.restoreAllMocks())

  it.each([
    'application/json; charset=latin1',
    'application/json;charset="ISO-8859-1"',
    'application/json; charset=utf-16',
  ])('%s is 415 problem JSON naming the charset', async (contentType) => {
    const response = await apiFetch(DECISIONS, {
      method: 'POST',
      headers: { ...auth, 'content-type': contentType },
      body: JSON.stringify({ requests: [{ scope: 'general' }] }),
    })
    expect(response.status).toBe(415)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({
      type: 'urn:horarios:problem:unsupported-media-type',
      detail: expect.stringMatching(/charset.*UTF-8/i),
    })
  })

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset="UTF-8"',
    'application/merge-patch+json',
  ])('%s is read', async (contentType) => {
    const response = await apiFetch(DECISIONS, {
      method: 'POST',
      headers: { ...auth, 'content-type': contentType },
      body: JSON.stringify({ requests: [{ scope: 'general' }] }),
    })
    expect(response.status).toBe(200)
  })

  it.each(['application/json-seq', 'text/json', 'application/json, text/plain', 'application/jsonx'])(
    '%s is not JSON: 415',
    async (contentType) => {
      const response = await apiFetch(DECISIONS, {
        method: 'POST',
        headers: { ...auth, 'content-type': contentType },
        body: JSON.stringify({ requests: [{ scope: 'general' }] }),
      })
      expect(response.status).toBe(415)
    },
  )

  it('a message sent in Latin-1 bytes under a UTF-8 label is 400 and nothing is saved', async () => {
    const read = await apiFetch(`${BASE_URL}/api/v1/scopes/general/settings`, { headers: auth })
    const current = (await read.json()) as { version: number; usesGeneral: boolean; config: object }
    const text = JSON.stringify({
      usesGeneral: current.usesGeneral,
      config: { ...current.config, outOfHoursMessage: 'Volvemos mañana a las 8:00.' },
    })
    const response = await apiFetch(`${BASE_URL}/api/v1/scopes/general/settings`, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json', 'if-match': `"${current.version}"` },
      body: Buffer.from(text, 'latin1'),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      type: 'urn:horarios:problem:malformed-json',
      detail: expect.stringContaining('UTF-8'),
    })
    const after = await getScopeSettings(AURORA, null)
    expect(after?.version).toBe(current.version)
    expect(after?.config.outOfHoursMessage).not.toContain('\uFFFD')
  })

  it('a client that goes away mid-body is logged as aborted (warn), with no error line', async () => {
    const error = vi.spyOn(logger, 'error')
    const warn = vi.spyOn(logger, 'warn')
    // What Node's HTTP server does to the body stream when the socket closes before Content-Length bytes came.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"requests":'))
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }))
      },
    })
    const controller = new AbortController()
    controller.abort()
    const request = new Request(DECISIONS, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'x-request-id': 'gone-1' },
      body,
      duplex: 'half',
      signal: controller.signal,
    } as RequestInit)
    const response = await decisions.POST(request)
    expect(response.status).toBe(499)
    expect(error).not.toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith(
      expect.objectContaining({ requestId: 'gone-1', status: 499, aborted: true }),
      'api request aborted by the client',
    )
  })
})

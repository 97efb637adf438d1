// Issue 22 item 8 — instants and dates the API takes lie in a documented window, 1900-01-01T00:00:00Z …
// 9999-12-31T23:59:59.999Z (docs/behaviour.md §9): outside it every endpoint answers 400 naming the field (a
// decision at 0000-01-03 once said "closed until 0001-01-11" and effective hours of year 1 were empty). At the
// edges the answers are exact and match the OpenAPI document (test/api-client.ts validates every response).
// Also the decision endpoint's query parsing: an empty agentsOnline= / agentsAvailable= is not 0 (item 10).
import { describe, expect, it, vi } from 'vitest'
import { testDrivers } from '@/test/db'
import { apiFetch, BASE_URL } from '@/test/api-client'
import { ALL_KEY, useApiDatabase } from './api-test-setup'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const auth = { authorization: `Bearer ${ALL_KEY}` }
type Problem = { status: number; errors?: { path: string; message: string }[] }

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await apiFetch(`${BASE_URL}${path}`, { headers: auth })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

async function post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await apiFetch(`${BASE_URL}${path}`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const paths = (body: Record<string, unknown>) => ((body as Problem).errors ?? []).map((e) => e.path)

const BEFORE = [
  '1899-12-31T23:59:59Z',
  '1899-12-31T23:59:59.999Z',
  '0000-01-03T15:00:00Z',
  '0001-01-08T15:00:00Z',
]

describe.each(testDrivers)('API instants and dates in 1900 … 9999 (%s)', (driver) => {
  useApiDatabase(driver)

  it('GET decision: `at` before 1900 is 400 naming at; 1900-01-01T00:00Z and 9999-12-31T23:59:59Z are answered', async () => {
    for (const at of [...BEFORE, '1900-01-01T00:00:00+00:01']) {
      const { status, body } = await get(
        `/api/v1/routing/decision?scope=general&at=${encodeURIComponent(at)}`,
      )
      expect({ at, status, paths: paths(body) }).toEqual({ at, status: 400, paths: ['at'] })
    }
    const first = await get('/api/v1/routing/decision?scope=general&at=1900-01-01T00:00:00Z&agentsOnline=1')
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({
      at: '1900-01-01T00:00:00.000Z',
      responder: 'closed',
      businessOpen: false,
    })
    const last = await get('/api/v1/routing/decision?scope=general&at=9999-12-31T23:59:59Z&agentsOnline=1')
    expect(last.status).toBe(200)
    // Closed from Friday 18:00 to Monday 10000-01-03, which no ISO 8601 date-time can say: null, as documented.
    expect(last.body).toMatchObject({
      at: '9999-12-31T23:59:59.000Z',
      responder: 'closed',
      until: null,
      nextOpening: null,
    })
  })

  it('GET decision: Monday 1900-01-01 and Friday 9999-12-31 at 15:00 in Bogotá are open, with a real until', async () => {
    // Bogotá kept local mean time (−4:56:16) until 1914: 15:00 local is 19:56:16Z.
    const monday = await get('/api/v1/routing/decision?scope=general&at=1900-01-01T19:56:16Z&agentsOnline=1')
    expect(monday.body).toMatchObject({ responder: 'agents', businessOpen: true })
    // 18:00 local mean time.
    expect(monday.body.until).toBe('1900-01-01T22:56:16.000Z')
    const friday = await get('/api/v1/routing/decision?scope=general&at=9999-12-31T20:00:00Z&agentsOnline=1')
    expect(friday.body).toMatchObject({
      responder: 'agents',
      businessOpen: true,
      until: '9999-12-31T23:00:00.000Z',
    })
  })

  it('POST decisions and overflow name the field of the instant out of range', async () => {
    const batch = await post('/api/v1/routing/decisions', {
      requests: [
        { scope: 'general', at: '1900-01-01T00:00:00Z' },
        { scope: 'general', at: '1899-12-31T23:59:59Z' },
      ],
    })
    expect({ status: batch.status, paths: paths(batch.body) }).toEqual({
      status: 400,
      paths: ['requests.1.at'],
    })
    const overflow = await post('/api/v1/routing/overflow', { scope: 'general', at: '0000-01-03T15:00:00Z' })
    expect({ status: overflow.status, paths: paths(overflow.body) }).toEqual({ status: 400, paths: ['at'] })
    const edge = await post('/api/v1/routing/overflow', { scope: 'general', at: '9999-12-31T23:59:59.999Z' })
    expect(edge.status).toBe(200)
  })

  it('GET effective-hours: dates outside 1900-01-01 … 9999-12-30 are 400 naming from/to; the first and last weeks have hours', async () => {
    for (const [query, fields] of [
      ['from=1899-12-31&to=1900-01-06', ['from']],
      ['from=0001-01-01&to=0001-01-07', ['from', 'to']],
      ['from=0000-01-01&to=1900-01-01', ['from']],
      // The hours of the last date end on the next one, which must still have a four-digit year.
      ['from=9999-12-25&to=9999-12-31', ['to']],
    ] as const) {
      const { status, body } = await get(`/api/v1/scopes/general/effective-hours?${query}`)
      expect({ query, status, paths: paths(body) }).toEqual({ query, status: 400, paths: fields })
    }
    const first = await get('/api/v1/scopes/general/effective-hours?from=1900-01-01&to=1900-01-01')
    expect(first.status).toBe(200)
    expect(first.body.business).toEqual([
      {
        start: '1900-01-01T12:56:16.000Z',
        end: '1900-01-01T22:56:16.000Z',
        localStart: '1900-01-01T08:00',
        localEnd: '1900-01-01T18:00',
      },
    ])
    const last = await get('/api/v1/scopes/general/effective-hours?from=9999-12-24&to=9999-12-30')
    expect(last.status).toBe(200)
    expect((last.body.business as { end: string }[]).at(-1)).toEqual({
      start: '9999-12-30T13:00:00.000Z',
      end: '9999-12-30T23:00:00.000Z',
      localStart: '9999-12-30T08:00',
      localEnd: '9999-12-30T18:00',
    })
  })

  it('GET decision: an empty agentsOnline= or agentsAvailable= is 400 naming it, not 0', async () => {
    for (const [query, field] of [
      ['agentsAvailable=', 'agentsAvailable'],
      ['agentsOnline=3&agentsAvailable=', 'agentsAvailable'],
      ['agentsOnline=', 'agentsOnline'],
      ['agentsOnline=%20', 'agentsOnline'],
      ['agentsOnline=1e1', 'agentsOnline'],
      ['agentsOnline=0x10', 'agentsOnline'],
      ['agentsOnline=2&agentsAvailable=1.0', 'agentsAvailable'],
    ] as const) {
      const { status, body } = await get(`/api/v1/routing/decision?scope=general&${query}`)
      expect({ query, status, paths: paths(body) }).toEqual({ query, status: 400, paths: [field] })
    }
    const ok = await get('/api/v1/routing/decision?scope=general&agentsOnline=3&agentsAvailable=0')
    expect(ok.body).toMatchObject({
      agentsOnline: { count: 3, source: 'query' },
      agentsAvailable: { count: 0, source: 'query' },
    })
  })
})

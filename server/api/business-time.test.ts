// Issue 26 item 6 — GET /api/v1/scopes/{scope}/business-time and …/business-time/add through the typed client, every
// response validated against the committed OpenAPI document (test/api-client.ts), on PGlite and PostgreSQL.
// The seed's General (America/Bogota, UTC−5): Mon–Fri 08:00–18:00, Sat 09:00–13:00, 2026-12-08 a public holiday.
import { describe, expect, it, vi } from 'vitest'
import { testDrivers } from '@/test/db'
import { apiClient, seen } from '@/test/api-client'
import { ALL_KEY, useApiDatabase } from './api-test-setup'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

describe.each(testDrivers)('business time endpoints (%s)', (driver) => {
  useApiDatabase(driver)
  const api = () => apiClient(ALL_KEY)
  const between = (scope: string, query: { from: string; to: string; of?: 'business' | 'assistant' }) =>
    api().GET('/api/v1/scopes/{scope}/business-time', { params: { path: { scope }, query } })
  const add = (scope: string, query: { at: string; minutes: number; of?: 'business' | 'assistant' }) =>
    api().GET('/api/v1/scopes/{scope}/business-time/add', { params: { path: { scope }, query } })

  it('counts the open minutes of a span over a weekend', async () => {
    // Friday 2026-12-04 16:00 → Monday 2026-12-07 10:00 in Bogotá: 2 h Friday, 4 h Saturday, 2 h Monday.
    const before = seen.length
    const { data, response } = await between('general', {
      from: '2026-12-04T21:00:00Z',
      to: '2026-12-07T15:00:00Z',
    })
    expect(response.status).toBe(200)
    expect(data).toEqual({
      scope: { id: 'general', name: 'General', configSource: 'general' },
      of: 'business',
      timeZone: 'America/Bogota',
      from: '2026-12-04T21:00:00.000Z',
      to: '2026-12-07T15:00:00.000Z',
      businessMinutes: 480,
      businessSeconds: 28_800,
    })
    const empty = await between('general', { from: '2026-12-07T15:00:00Z', to: '2026-12-07T15:00:00Z' })
    expect(empty.data).toMatchObject({ businessMinutes: 0, businessSeconds: 0 })
    // Whole seconds and minutes, truncated: 90.5 s of open time.
    const part = await between('general', { from: '2026-12-07T15:00:00Z', to: '2026-12-07T15:01:30.500Z' })
    expect(part.data).toMatchObject({ businessMinutes: 1, businessSeconds: 90 })
    expect(seen.length - before).toBe(3) // each answer was validated against the document
  })

  it('adds across the holiday; time running out at closing gives the next opening; null when never reached', async () => {
    // Monday 2026-12-07 17:00 + 120 min: 1 h on Monday, Tuesday 8 is the holiday, 1 h on Wednesday → 09:00.
    const { data } = await add('general', { at: '2026-12-07T22:00:00Z', minutes: 120 })
    expect(data).toMatchObject({ of: 'business', at: '2026-12-07T22:00:00.000Z', minutes: 120 })
    expect(data?.result).toBe('2026-12-09T14:00:00.000Z')
    // Monday 08:00 + 600 min ends at Monday's closing: the clock next runs on Wednesday 08:00.
    const full = await add('general', { at: '2026-12-07T13:00:00Z', minutes: 600 })
    expect(full.data?.result).toBe('2026-12-09T13:00:00.000Z')
    // Sunday, closed, + 0: the next opening.
    const zero = await add('general', { at: '2026-12-06T15:00:00Z', minutes: 0 })
    expect(zero.data?.result).toBe('2026-12-07T13:00:00.000Z')
    // Not reached by the end of the API's window.
    const late = await add('general', { at: '9999-12-31T12:00:00Z', minutes: 100_000 })
    expect(late.response.status).toBe(200)
    expect(late.data?.result).toBeNull()
  })

  it("of=assistant follows the assistant's hours (own, or 24/7 without them); 400 naming of without one", async () => {
    // Ventas, Monday 2026-12-07 07:00 → 22:00 in Bogotá: the assistant is on 07–22, the agents work 08–13, 14–19.
    const span = { from: '2026-12-07T12:00:00Z', to: '2026-12-08T03:00:00Z' }
    const assistant = await between('dep_aurora_ventas', { ...span, of: 'assistant' })
    expect(assistant.data).toMatchObject({ of: 'assistant', businessMinutes: 900 })
    const business = await between('dep_aurora_ventas', { ...span, of: 'business' })
    expect(business.data?.businessMinutes).toBe(600)
    const alwaysOn = await add('dep_aurora_soporte', {
      at: '2026-12-06T15:00:00Z',
      minutes: 90,
      of: 'assistant',
    })
    expect(alwaysOn.data?.result).toBe('2026-12-06T16:30:00.000Z')
    const none = await between('general', { ...span, of: 'assistant' })
    expect(none.response.status).toBe(400)
    expect(none.error?.errors).toEqual([{ path: 'of', message: 'Scope "general" has no assistant' }])
  })

  it('bad input is a 400 naming the field; an unknown scope is 404', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['business-time', { from: '2026-12-02T00:00:00Z', to: '2026-12-01T23:59:59.999Z' }, 'to'],
      ['business-time', { from: '2026-12-01T00:00:00Z', to: '2037-01-01T00:00:00Z' }, 'to'],
      ['business-time', { from: '1899-12-31T23:59:59Z', to: '1900-01-02T00:00:00Z' }, 'from'],
      ['business-time', { from: '2026-12-01', to: '2026-12-02T00:00:00Z' }, 'from'],
      ['business-time', { from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z', of: 'agents' }, 'of'],
      ['business-time/add', { at: '2026-12-01T00:00:00Z', minutes: '-1' }, 'minutes'],
      ['business-time/add', { at: '2026-12-01T00:00:00Z', minutes: '1.5' }, 'minutes'],
      ['business-time/add', { at: '2026-12-01T00:00:00Z', minutes: '1051201' }, 'minutes'],
      ['business-time/add', { at: '2026-12-01T00:00:00Z' }, 'minutes'],
      ['business-time/add', { minutes: '5' }, 'at'],
    ]
    for (const [path, query, field] of cases) {
      const { response, error } = await api().GET(
        `/api/v1/scopes/{scope}/${path}` as '/api/v1/scopes/{scope}/business-time',
        {
          params: { path: { scope: 'general' }, query: query as never },
        },
      )
      expect(response.status, `${path} ${JSON.stringify(query)}`).toBe(400)
      expect(
        error?.errors?.map((e) => e.path),
        `${path} ${JSON.stringify(query)}`,
      ).toEqual([field])
    }
    const unknown = await add('dep_nope', { at: '2026-12-01T00:00:00Z', minutes: 5 })
    expect(unknown.response.status).toBe(404)
  })
})

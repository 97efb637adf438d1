// Issue 14 — the public API through a client no one here wrote (openapi-fetch + openapi-typescript types), every
// response validated against the committed OpenAPI document (test/api-client.ts), on PGlite and PostgreSQL.
import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { testDrivers } from '@/test/db'
import { apiClient, apiFetch, BASE_URL, seen, validateAgainstDocument } from '@/test/api-client'
import { getAllRoutingInputs } from '@/db/dal/scopes'
import { listAuditEntries } from '@/db/dal/audit'
import { decide, overflow, resolveScopeConfig } from '@/lib/routing'
import { ALL_KEY, AURORA, keyWith, useApiDatabase } from './api-test-setup'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

describe.each(testDrivers)('public API v1 contract (%s)', (driver) => {
  const t = useApiDatabase(driver)
  const api = () => apiClient(ALL_KEY)

  it('lists General and each department with inheritance and versions', async () => {
    const { data, response } = await api().GET('/api/v1/scopes')
    expect(response.status).toBe(200)
    expect(data?.scopes.map((s) => [s.id, s.name, s.usesGeneral])).toEqual([
      ['general', 'General', false],
      ['dep_aurora_ventas', 'Ventas', false],
      ['dep_aurora_soporte', 'Soporte técnico', false],
      ['dep_aurora_facturacion', 'Facturación', true],
      ['dep_aurora_turno_nocturno', 'Turno nocturno', false],
    ])
    expect(data?.scopes[0]).toMatchObject({ timeZone: 'America/Bogota', version: 1 })
  })

  it('answers a decision with until, the message when closed, and where agentsOnline came from', async () => {
    // Sunday 2026-11-29 23:00 in Bogotá: General is closed; Facturación uses General.
    const { data } = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'dep_aurora_facturacion', at: '2026-11-30T04:00:00Z' } },
    })
    expect(data).toMatchObject({
      scope: { id: 'dep_aurora_facturacion', name: 'Facturación', configSource: 'general' },
      responder: 'closed',
      reason: 'outside_business_hours',
      businessOpen: false,
      nextOpening: '2026-11-30T13:00:00.000Z',
      until: '2026-11-30T13:00:00.000Z',
      agentsOnline: { count: 0, source: 'presence' },
    })
    // Rendered as the customer gets it: {empresa} and the next opening filled in.
    expect(data?.outOfHoursMessage).toContain('Tienda Aurora')
    expect(data?.outOfHoursMessage).not.toMatch(/\{\w+\}/)
    // Sunday 2026-11-29 23:00 in Bogotá: opens Monday 8:00. The seed's General has an English version (Facturación
    // uses General's); Portuguese has none, so the main (Spanish) message is the fallback — as in the preview.
    const english = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'dep_aurora_facturacion', at: '2026-11-30T04:00:00Z', language: 'en' } },
    })
    expect(english.data?.outOfHoursMessage).toBe(
      'Hi! Thanks for writing to Tienda Aurora. Our business hours are Mon–Fri 8:00 AM–6:00 PM, Sat 9:00 AM–1:00 PM (Colombia time). Leave us a message and we will reply tomorrow, Monday, at 8:00 AM.',
    )
    const portuguese = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'dep_aurora_facturacion', at: '2026-11-30T04:00:00Z', language: 'pt-BR' } },
    })
    expect(portuguese.data?.outOfHoursMessage).toMatch(/te responderemos mañana lunes a las 8:00\.$/)

    const open = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'general', at: '2026-11-30T15:00:00Z', agentsOnline: 3 } },
    })
    expect(open.data).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
      outOfHoursMessage: null,
      agentsOnline: { count: 3, source: 'query' },
    })
  })

  it('uses the current presence count by default and sees presence changes made through the API', async () => {
    const before = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'dep_aurora_soporte' } },
    })
    const online = before.data!.agentsOnline.count
    const { data: list } = await api().GET('/api/v1/agents')
    const mateo = list!.agents.find((a) => a.name === 'Mateo Castaño')!
    expect(mateo.presence).toBe('offline')
    const put = await api().PUT('/api/v1/agents/{agentId}/presence', {
      params: { path: { agentId: mateo.id } },
      body: { presence: 'online' },
    })
    expect(put.data).toMatchObject({ id: mateo.id, presence: 'online' })
    const after = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'dep_aurora_soporte' } },
    })
    expect(after.data!.agentsOnline).toEqual({ count: online + 1, source: 'presence' })
    await api().PUT('/api/v1/agents/{agentId}/presence', {
      params: { path: { agentId: mateo.id } },
      body: { presence: 'offline' },
    })
  })

  it('answers a batch in order, and overflow per docs/behaviour.md §5 "Desbordar"', async () => {
    const requests = [
      { scope: 'general', at: '2026-11-30T15:00:00Z', agentsOnline: 0 },
      { scope: 'dep_aurora_ventas', at: '2026-11-30T15:00:00Z', agentsOnline: 2 },
      { scope: 'dep_aurora_turno_nocturno', at: '2026-11-30T15:00:00Z' },
    ]
    const { data } = await api().POST('/api/v1/routing/decisions', { body: { requests } })
    expect(data?.decisions.map((d) => [d.scope.id, d.responder, d.reason])).toEqual([
      ['general', 'queue', 'no_agents_online'],
      ['dep_aurora_ventas', 'agents', 'agents_first'],
      ['dep_aurora_turno_nocturno', 'closed', 'outside_business_hours'],
    ])
    // Ventas, assistant on, nobody online, business open: the assistant hands over → queue.
    const handed = await api().POST('/api/v1/routing/overflow', {
      body: { scope: 'dep_aurora_ventas', at: '2026-11-30T15:00:00Z', agentsOnline: 0 },
    })
    expect(handed.data).toMatchObject({ responder: 'queue', reason: 'no_agents_online', assistantOn: true })
  })

  it('gives effective hours as UTC and local intervals after special dates', async () => {
    const { data } = await api().GET('/api/v1/scopes/{scope}/effective-hours', {
      params: { path: { scope: 'general' }, query: { from: '2026-12-07', to: '2026-12-08' } },
    })
    // 2026-12-08 (Inmaculada Concepción) is a Colombian public holiday: closed.
    expect(data?.business).toEqual([
      {
        start: '2026-12-07T13:00:00.000Z',
        end: '2026-12-07T23:00:00.000Z',
        localStart: '2026-12-07T08:00',
        localEnd: '2026-12-07T18:00',
      },
    ])
    expect(data?.assistant).toBeNull()
    const tooLong = await api().GET('/api/v1/scopes/{scope}/effective-hours', {
      params: { path: { scope: 'general' }, query: { from: '2026-01-01', to: '2026-06-01' } },
    })
    expect(tooLong.response.status).toBe(400)
    expect(tooLong.error?.errors?.[0]?.path).toBe('to')
  })

  it('settings: ETag on read; PUT needs If-Match (428), refuses a stale one (412 + current ETag), saves and audits', async () => {
    const read = await api().GET('/api/v1/scopes/{scope}/settings', {
      params: { path: { scope: 'dep_aurora_turno_nocturno' } },
    })
    const etag = read.response.headers.get('etag')!
    expect(etag).toBe(`"${read.data!.version}"`)
    const body = {
      usesGeneral: false,
      config: { ...(read.data!.config as object), outOfHoursMessage: 'Volvemos a las 22:00.' },
    }

    const missing = await api().PUT('/api/v1/scopes/{scope}/settings', {
      params: { path: { scope: 'dep_aurora_turno_nocturno' }, header: { 'if-match': '' } },
      body: body as never,
    })
    expect(missing.response.status).toBe(428)
    const stale = await api().PUT('/api/v1/scopes/{scope}/settings', {
      params: { path: { scope: 'dep_aurora_turno_nocturno' }, header: { 'if-match': '"999"' } },
      body: body as never,
    })
    expect(stale.response.status).toBe(412)
    expect(stale.response.headers.get('etag')).toBe(etag)

    const saved = await api().PUT('/api/v1/scopes/{scope}/settings', {
      params: { path: { scope: 'dep_aurora_turno_nocturno' }, header: { 'if-match': etag } },
      body: body as never,
    })
    expect(saved.response.status).toBe(200)
    expect(saved.response.headers.get('etag')).toBe(`"${read.data!.version + 1}"`)
    const [entry] = await listAuditEntries(t.db, AURORA, 'dep_aurora_turno_nocturno')
    expect(entry).toMatchObject({
      action: 'settings.update',
      actorUserId: null,
      actorName: expect.stringMatching(/^API: Demo \(todos los permisos\) \(hor_demo-tie…\)$/),
      changes: { outOfHoursMessage: { after: 'Volvemos a las 22:00.' } },
    })
    // The decision sees the save at once (the compiled configuration was invalidated).
    const decision = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'dep_aurora_turno_nocturno', at: '2026-11-30T15:00:00Z' } },
    })
    expect(decision.data?.outOfHoursMessage).toBe('Volvemos a las 22:00.')

    // The editor's validation, with each field path.
    const invalid = await api().PUT('/api/v1/scopes/{scope}/settings', {
      params: {
        path: { scope: 'dep_aurora_turno_nocturno' },
        header: { 'if-match': `"${read.data!.version + 1}"` },
      },
      body: { usesGeneral: false, config: { ...(body.config as object), priority: 'robots' } } as never,
    })
    expect(invalid.response.status).toBe(400)
    expect(invalid.error?.errors).toContainEqual({ path: 'config.priority', message: expect.any(String) })
  })

  it('limits bodies to 256 KB (413) and requires JSON (415)', async () => {
    const big = JSON.stringify({ requests: [{ scope: 'general', pad: 'x'.repeat(300 * 1024) }] })
    const tooBig = await apiFetch(`${BASE_URL}/api/v1/routing/decisions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ALL_KEY}`, 'content-type': 'application/json' },
      body: big,
    })
    expect(tooBig.status).toBe(413)
    expect(tooBig.headers.get('content-type')).toBe('application/problem+json')
    const text = await apiFetch(`${BASE_URL}/api/v1/routing/overflow`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ALL_KEY}`, 'content-type': 'text/plain' },
      body: '{"scope":"general"}',
    })
    expect(text.status).toBe(415)
  })

  it('rate-limits per key from the database: 429 with Retry-After and RateLimit headers', async () => {
    const { secret } = await keyWith(t.db, ['routing:read'], { rateLimitPerMinute: 3 })
    const client = apiClient(secret)
    const statuses: number[] = []
    let last: Response | null = null
    for (let i = 0; i < 4; i++) {
      const { response } = await client.GET('/api/v1/scopes')
      statuses.push(response.status)
      last = response
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(last!.headers.get('ratelimit-policy')).toBe('"per-key";q=3;w=60')
    expect(last!.headers.get('ratelimit')).toMatch(/^"per-key";r=0;t=\d+$/)
  })

  it('API decisions equal lib/routing for the seeded scopes at random instants (fast-check)', async () => {
    const inputs = await getAllRoutingInputs(t.db, AURORA)
    const configs = new Map(
      inputs.map((i) => [
        i.scope.departmentId ?? 'general',
        resolveScopeConfig(i.general, i.scope.departmentId === null ? null : i.scope),
      ]),
    )
    const client = api()
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...configs.keys()),
        fc.date({
          min: new Date('2025-01-01T00:00:00Z'),
          max: new Date('2028-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        async (scope, at, agentsOnline, handOver) => {
          const config = configs.get(scope)!
          const expected = (handOver ? overflow : decide)(config, at, agentsOnline)
          const { data } = handOver
            ? await client.POST('/api/v1/routing/overflow', {
                body: { scope, at: at.toISOString(), agentsOnline },
              })
            : await client.GET('/api/v1/routing/decision', {
                params: { query: { scope, at: at.toISOString(), agentsOnline } },
              })
          expect(data).toMatchObject({
            responder: expected.responder,
            reason: expected.reason,
            businessOpen: expected.businessOpen,
            assistantOn: expected.assistantOn,
            until: expected.until?.toISOString() ?? null,
            nextOpening: expected.nextOpening?.toISOString() ?? null,
          })
        },
      ),
      { numRuns: 150 },
    )
  })

  it('health and readiness', async () => {
    expect((await apiFetch(`${BASE_URL}/api/health`)).status).toBe(200)
    const ready = await apiFetch(`${BASE_URL}/api/ready`)
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      checks: { database: 'ok', migrations: 'current' },
    })
  })

  it('validated every response of this suite against the document, and the validator does reject', async () => {
    expect(seen.length).toBeGreaterThan(150)
    const wrong = new Response(JSON.stringify({ scopes: [{ id: 1 }] }), {
      headers: { 'content-type': 'application/json' },
    })
    await expect(validateAgainstDocument('/api/v1/scopes', 'GET', wrong)).rejects.toThrow(/does not match/)
    const undocumented = new Response('{}', { status: 418, headers: { 'content-type': 'application/json' } })
    await expect(validateAgainstDocument('/api/v1/scopes', 'GET', undocumented)).rejects.toThrow(
      /does not list/,
    )
  })
})

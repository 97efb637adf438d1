// Issue 17 — §5 capacity through the public API: load updates (single and batch) change the decision, another
// organization's agents are not found, bad counts are 4xx problem JSON, nothing audited; PGlite and PostgreSQL.
// Every response goes through test/api-client.ts, so each one is also validated against the OpenAPI document.
import { describe, expect, it, vi } from 'vitest'
import { testDrivers } from '@/test/db'
import { apiClient, apiFetch, BASE_URL } from '@/test/api-client'
import { listAgents } from '@/db/dal/agents'
import { count } from 'drizzle-orm'
import { auditLog } from '@/db/schema'
import { ALL_KEY, AURORA, MONTANA, keyWith, useApiDatabase } from './api-test-setup'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

// Monday 10:00 in Bogotá: Ventas (priority Asesores Humanos, assistant Aurora on 07–22) is open; its agents online
// in the demo are Camila, Juan Sebastián and Natalia.
const AT = '2026-11-30T15:00:00Z'
const VENTAS_ONLINE = ['Camila Restrepo', 'Juan Sebastián Morales', 'Natalia Zapata']

function put(path: string, body: unknown, secret: string = ALL_KEY) {
  return apiFetch(`${BASE_URL}${path}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe.each(testDrivers)('§5 capacity through the API (%s)', (driver) => {
  const t = useApiDatabase(driver)
  const api = () => apiClient(ALL_KEY)
  const ventasAgents = async () => {
    const all = await listAgents(t.db, AURORA)
    return VENTAS_ONLINE.map((name) => all.find((a) => a.name === name)!)
  }
  const ventasDecision = async () =>
    (
      await api().GET('/api/v1/routing/decision', {
        params: { query: { scope: 'dep_aurora_ventas', at: AT } },
      })
    ).data!

  it('load updates change the decision: the last agent with room filling up → assistant (agents_at_capacity), one freeing → agents', async () => {
    const [camila, juan, natalia] = await ventasAgents()
    expect(await ventasDecision()).toMatchObject({ responder: 'agents', reason: 'agents_first' })
    const audits = async () => (await t.db.select({ n: count() }).from(auditLog))[0]?.n
    const auditBefore = await audits()

    const batch = await api().PUT('/api/v1/agents/load', {
      body: {
        agents: [
          { id: camila!.id, activeChats: 20 },
          { id: juan!.id, activeChats: 25 },
          { id: natalia!.id, activeChats: 19 },
        ],
      },
    })
    expect(batch.data?.agents).toEqual([
      { id: camila!.id, activeChats: 20, maxActiveChats: 20, available: false },
      { id: juan!.id, activeChats: 25, maxActiveChats: 20, available: false },
      { id: natalia!.id, activeChats: 19, maxActiveChats: 20, available: true },
    ])
    // load = max − 1: still available.
    expect(await ventasDecision()).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
      agentsOnline: { count: 3, source: 'presence' },
      agentsAvailable: { count: 1, source: 'presence' },
    })

    // load = max: the last one with room fills up.
    const full = await api().PUT('/api/v1/agents/{agentId}/load', {
      params: { path: { agentId: natalia!.id } },
      body: { activeChats: 20 },
    })
    expect(full.data).toEqual({ id: natalia!.id, activeChats: 20, maxActiveChats: 20, available: false })
    expect(await ventasDecision()).toMatchObject({
      responder: 'assistant',
      reason: 'agents_at_capacity',
      agentsOnline: { count: 3, source: 'presence' },
      agentsAvailable: { count: 0, source: 'presence' },
    })
    // Handed over by the assistant: every agent is full, so it queues — with the precise reason.
    const handed = await api().POST('/api/v1/routing/overflow', {
      body: { scope: 'dep_aurora_ventas', at: AT },
    })
    expect(handed.data).toMatchObject({ responder: 'queue', reason: 'agents_at_capacity' })
    // Soporte shares Natalia but has Andrés and Laura with room: unaffected.
    const soporte = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'dep_aurora_soporte', at: AT } },
    })
    expect(soporte.data?.agentsAvailable).toEqual({ count: 2, source: 'presence' })

    // One chat closes: agents again.
    await api().PUT('/api/v1/agents/{agentId}/load', {
      params: { path: { agentId: camila!.id } },
      body: { activeChats: 19 },
    })
    expect(await ventasDecision()).toMatchObject({ responder: 'agents', reason: 'agents_first' })

    const { data } = await api().GET('/api/v1/agents')
    expect(data?.agents.find((a) => a.id === camila!.id)).toMatchObject({
      activeChats: 19,
      maxActiveChats: 20,
      available: true,
    })
    // Load is not settings: no audit row per update.
    expect(await audits()).toBe(auditBefore)
    await api().PUT('/api/v1/agents/load', {
      body: { agents: [camila!, juan!, natalia!].map((a) => ({ id: a.id, activeChats: 0 })) },
    })
  })

  it('agentsAvailable in a query refines agentsOnline, and never exceeds it', async () => {
    const atCapacity = await api().GET('/api/v1/routing/decision', {
      params: { query: { scope: 'dep_aurora_ventas', at: AT, agentsOnline: 3, agentsAvailable: 0 } },
    })
    expect(atCapacity.data).toMatchObject({
      responder: 'assistant',
      reason: 'agents_at_capacity',
      agentsAvailable: { count: 0, source: 'query' },
    })
    const defaulted = await api().POST('/api/v1/routing/decisions', {
      body: { requests: [{ scope: 'dep_aurora_ventas', at: AT, agentsOnline: 2 }] },
    })
    expect(defaulted.data?.decisions[0]?.agentsAvailable).toEqual({ count: 2, source: 'query' })
    for (const query of ['agentsOnline=1&agentsAvailable=2', 'agentsAvailable=0']) {
      const response = await apiFetch(
        `${BASE_URL}/api/v1/routing/decision?scope=dep_aurora_ventas&${query}`,
        { headers: { authorization: `Bearer ${ALL_KEY}` } },
      )
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].path).toBe('agentsAvailable')
    }
  })

  it("another organization's agent is not found (404), alone or in a batch, and a batch writes nothing then", async () => {
    const [montanaAgent] = await listAgents(t.db, MONTANA)
    const [camila] = await ventasAgents()
    const single = await put(`/api/v1/agents/${montanaAgent!.id}/load`, { activeChats: 3 })
    expect(single.status).toBe(404)
    expect(single.headers.get('content-type')).toBe('application/problem+json')
    const batch = await put('/api/v1/agents/load', {
      agents: [
        { id: camila!.id, activeChats: 7 },
        { id: montanaAgent!.id, activeChats: 3 },
      ],
    })
    expect(batch.status).toBe(404)
    expect((await batch.json()).errors).toEqual([{ path: 'agents.1.id', message: 'Unknown agent' }])
    expect((await listAgents(t.db, AURORA)).find((a) => a.id === camila!.id)?.activeChats).toBe(0)
    expect((await listAgents(t.db, MONTANA)).find((a) => a.id === montanaAgent!.id)?.activeChats).toBe(0)
    expect((await put('/api/v1/agents/agent_does_not_exist/load', { activeChats: 1 })).status).toBe(404)
  })

  it('bad counts are 400 problem JSON naming the field, and change nothing', async () => {
    const [camila] = await ventasAgents()
    const bad: unknown[] = [-1, 10_001, 1.5, '3', null, true, 1e309]
    for (const activeChats of bad) {
      const single = await put(`/api/v1/agents/${camila!.id}/load`, { activeChats })
      expect({ activeChats, status: single.status }).toEqual({ activeChats, status: 400 })
      expect(single.headers.get('content-type')).toBe('application/problem+json')
      expect((await single.json()).errors[0].path).toBe('activeChats')
      const batch = await put('/api/v1/agents/load', { agents: [{ id: camila!.id, activeChats }] })
      expect(batch.status).toBe(400)
      expect((await batch.json()).errors[0].path).toBe('agents.0.activeChats')
    }
    expect((await put(`/api/v1/agents/${camila!.id}/load`, {})).status).toBe(400)
    expect((await put(`/api/v1/agents/${camila!.id}/load`, { activeChats: 1, extra: 1 })).status).toBe(400)
    expect((await put('/api/v1/agents/load', { agents: [] })).status).toBe(400)
    expect((await put(`/api/v1/agents/${camila!.id}/load`, { activeChats: 10_000 })).status).toBe(200)
    await put(`/api/v1/agents/${camila!.id}/load`, { activeChats: 0 })
    expect((await listAgents(t.db, AURORA)).find((a) => a.id === camila!.id)?.activeChats).toBe(0)
  })

  it('needs presence:write (403 with routing:read only)', async () => {
    const [camila] = await ventasAgents()
    const reader = await keyWith(t.db, ['routing:read'])
    expect((await put(`/api/v1/agents/${camila!.id}/load`, { activeChats: 5 }, reader.secret)).status).toBe(
      403,
    )
    expect(
      (await put('/api/v1/agents/load', { agents: [{ id: camila!.id, activeChats: 5 }] }, reader.secret))
        .status,
    ).toBe(403)
  })
})

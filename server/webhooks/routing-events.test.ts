// Issue 15 — routing.changed end to end: a real pg-boss queue on the test database (PGlite, and PostgreSQL when
// TEST_DATABASE_URL is set), the real delivery worker, and a local receiver that verifies the signatures.
// Time is an injected clock: "18:00" arrives two seconds after the test sets the clock to 17:59:58.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createLocalChangeFeed } from '@/db/change-feed'
import { createAgent, setAgentPresence } from '@/db/dal/agents'
import { setAgentLoad } from '@/db/dal/agent-load'
import { getScopeSettings, saveScopeSettings } from '@/db/dal/scopes'
import type { ScopeConfiguration } from '@/lib/settings/types'
import { insertOrganization, testDrivers, useTestDatabase } from '@/test/db'
import {
  addEndpoint,
  createTestService,
  offsetClock,
  startReceiver,
  type Receiver,
} from '@/test/webhook-harness'
import type { WebhookService } from './webhook-service'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.each(testDrivers)('routing.changed (%s)', (driver) => {
  const t = useTestDatabase(driver)
  const clock = offsetClock()
  let service: WebhookService
  const receivers: Receiver[] = []

  // What db/queries.ts publishes after each committed write (in-process, as on PGlite).
  const feed = createLocalChangeFeed()

  beforeAll(async () => {
    service = createTestService(t, { clock })
    await service.start({ work: true })
    service.listenTo(feed)
  })
  afterAll(async () => {
    await feed.close()
    await service.stop()
  })
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((r) => r.close()))
  })

  /** An organization (General created) with one endpoint pointing at its own verifying receiver. */
  async function organizationWithReceiver(timeZone = 'America/Bogota') {
    const organizationId = await insertOrganization(t.db, { timeZone })
    await getScopeSettings(t.db, organizationId, null)
    let secret = ''
    const receiver = await startReceiver(() => [secret])
    receivers.push(receiver)
    secret = (await addEndpoint(t.db, organizationId, receiver.url)).secret
    return { organizationId, receiver }
  }

  async function saveGeneral(
    organizationId: string,
    change: (config: ScopeConfiguration) => ScopeConfiguration,
  ) {
    const before = await getScopeSettings(t.db, organizationId, null)
    const result = await saveScopeSettings(
      t.db,
      organizationId,
      null,
      { expectedVersion: before!.version, usesGeneral: false, config: change(before!.config) },
      { userId: null, name: 'Test admin' },
    )
    if (!result.ok) throw new Error(result.reason)
    return result.version
  }

  it('a scope closing at 18:00 emits exactly one routing.changed with effectiveAt = 18:00 local', async () => {
    const { organizationId, receiver } = await organizationWithReceiver()
    // Tuesday 1 December 2026, 17:59:58 in Bogotá (UTC−5): open, nobody online → queue.
    clock.set(new Date('2026-12-01T22:59:58Z'))
    await service.reevaluateOrganization(organizationId) // what adding the endpoint does: baseline + next transition
    await receiver.waitFor((r) => r.accepted('routing.changed').length >= 1)
    await sleep(1500) // a second event would have arrived by now
    const events = receiver.accepted('routing.changed')
    expect(events).toHaveLength(1)
    expect(receiver.requests.every((r) => r.verified)).toBe(true)
    expect(events[0]!.body.data).toMatchObject({
      scope: { departmentId: null, name: 'General' },
      previous: { responder: 'queue', reason: 'no_agents_online' },
      responder: 'closed',
      reason: 'outside_business_hours',
      effectiveAt: '2026-12-01T23:00:00.000Z', // 18:00 in Bogotá
      nextOpening: '2026-12-02T14:00:00.000Z', // Wednesday 09:00 in Bogotá
    })
    // Announced within a couple of seconds of the instant (fake time = real time + offset).
    const lateness = clock.now().getTime() - (Date.now() - events[0]!.at) - Date.parse('2026-12-01T23:00:00Z')
    expect(lateness).toBeLessThan(3000)
  })

  it('on a DST day the transition carries the exact instant (New York, fall back: 18:00 EST = 23:00Z)', async () => {
    const { organizationId, receiver } = await organizationWithReceiver('America/New_York')
    await saveGeneral(organizationId, (config) => ({
      ...config,
      business: {
        ...config.business,
        weekly: { ...config.business.weekly, sun: [{ start: '09:00', end: '18:00' }] },
      },
    }))
    // Sunday 1 November 2026: clocks go back at 02:00 EDT. The day before, 18:00 was 22:00Z.
    clock.set(new Date('2026-11-01T22:59:58Z'))
    await service.reevaluateOrganization(organizationId)
    await receiver.waitFor((r) => r.accepted('routing.changed').length >= 1)
    await sleep(1000)
    const events = receiver.accepted('routing.changed')
    expect(events).toHaveLength(1)
    expect(events[0]!.body.data).toMatchObject({
      responder: 'closed',
      effectiveAt: '2026-11-01T23:00:00.000Z',
    })
  })

  it('a save that changes the answer emits one routing.changed immediately; one that does not emits none', async () => {
    const { organizationId, receiver } = await organizationWithReceiver()
    clock.set(new Date('2026-12-01T15:00:00Z')) // Tuesday 10:00 Bogotá: open → queue
    await service.reevaluateOrganization(organizationId)

    // Only the out-of-hours message changes: the answer stays "queue".
    let version = await saveGeneral(organizationId, (config) => ({
      ...config,
      outOfHoursMessage: 'Volvemos pronto.',
    }))
    await feed.publish(organizationId, { kind: 'settings', scope: 'general', version })
    await receiver.waitFor((r) => r.accepted('settings.updated').length === 1)
    await sleep(1000)
    expect(receiver.accepted('routing.changed')).toHaveLength(0)
    expect(receiver.accepted('settings.updated')[0]!.body.data).toMatchObject({
      scope: { departmentId: null, name: 'General' },
      version,
      actor: { name: 'Test admin' },
      changedSections: ['out_of_hours_message'],
    })

    // Tuesday becomes a closed day: the answer changes now.
    const savedAt = clock.now()
    version = await saveGeneral(organizationId, (config) => ({
      ...config,
      business: { ...config.business, weekly: { ...config.business.weekly, tue: [] } },
    }))
    await feed.publish(organizationId, { kind: 'settings', scope: 'general', version })
    await receiver.waitFor((r) => r.accepted('routing.changed').length >= 1)
    await sleep(1000)
    const events = receiver.accepted('routing.changed')
    expect(events).toHaveLength(1)
    expect(events[0]!.body.data).toMatchObject({
      previous: { responder: 'queue', reason: 'no_agents_online' },
      responder: 'closed',
      reason: 'outside_business_hours',
    })
    const effectiveAt = Date.parse(String(events[0]!.body.data.effectiveAt))
    expect(effectiveAt - savedAt.getTime()).toBeGreaterThanOrEqual(0)
    expect(effectiveAt - savedAt.getTime()).toBeLessThan(2000)
  })

  it('the last agent going offline under priority Asesores Humanos emits assistant-takes-over', async () => {
    const { organizationId, receiver } = await organizationWithReceiver()
    await saveGeneral(organizationId, (config) => ({
      ...config,
      priority: 'agents',
      assistant: { name: 'Aurora', active: true, schedule: null },
    }))
    const created = await createAgent(t.db, organizationId, { name: 'Ana', departmentIds: [] })
    if (!created.ok) throw new Error(created.reason)
    await setAgentPresence(t.db, organizationId, created.agent.id, 'online')
    clock.set(new Date('2026-12-01T15:00:00Z'))
    await service.reevaluateOrganization(organizationId) // baseline: agents first

    await setAgentPresence(t.db, organizationId, created.agent.id, 'offline')
    await feed.publish(organizationId, { kind: 'presence', id: created.agent.id })
    await receiver.waitFor(
      (r) => r.accepted('routing.changed').length >= 1 && r.accepted('presence.changed').length >= 1,
    )
    await sleep(800)
    expect(receiver.accepted('presence.changed')[0]!.body.data).toMatchObject({
      agent: { id: created.agent.id, name: 'Ana' },
      presence: 'offline',
    })
    const events = receiver.accepted('routing.changed')
    expect(events).toHaveLength(1)
    expect(events[0]!.body.data).toMatchObject({
      previous: { responder: 'agents', reason: 'agents_first' },
      responder: 'assistant',
      reason: 'no_agents_online',
    })
  })

  it('§5 capacity: the last agent with room filling up emits agents_at_capacity; one freeing up gives agents back', async () => {
    const { organizationId, receiver } = await organizationWithReceiver()
    await saveGeneral(organizationId, (config) => ({
      ...config,
      priority: 'agents',
      assistant: { name: 'Aurora', active: true, schedule: null },
    }))
    const created = await createAgent(t.db, organizationId, {
      name: 'Ana',
      departmentIds: [],
      maxActiveChats: 2,
    })
    if (!created.ok) throw new Error(created.reason)
    await setAgentPresence(t.db, organizationId, created.agent.id, 'online')
    clock.set(new Date('2026-12-01T15:00:00Z'))
    await service.reevaluateOrganization(organizationId) // baseline: agents first
    // What db/queries.ts does: announce only a write that flips the agent's room.
    const report = async (activeChats: number) => {
      const row = await setAgentLoad(t.db, organizationId, created.agent.id, activeChats)
      if (row?.availabilityChanged) await feed.publish(organizationId, { kind: 'load', id: created.agent.id })
      return row?.availabilityChanged
    }

    expect(await report(1)).toBe(false) // load = max − 1: still room, nothing to announce
    expect(await report(2)).toBe(true) // load = max
    await receiver.waitFor((r) => r.accepted('routing.changed').length >= 1)
    expect(await report(1)).toBe(true)
    await receiver.waitFor((r) => r.accepted('routing.changed').length >= 2)
    await sleep(800)
    const events = receiver.accepted('routing.changed').map((e) => e.body.data)
    expect(events).toHaveLength(2)
    expect(events[0]).toMatchObject({
      previous: { responder: 'agents', reason: 'agents_first' },
      responder: 'assistant',
      reason: 'agents_at_capacity',
    })
    expect(events[1]).toMatchObject({
      previous: { responder: 'assistant', reason: 'agents_at_capacity' },
      responder: 'agents',
      reason: 'agents_first',
    })
  })
})

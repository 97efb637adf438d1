// Issue 17 — agents' active chats: which writes flip an agent's room (only those are announced), the last write of a
// burst wins, and concurrent single and batch writes over the same agents neither fail nor deadlock — on PGlite and,
// with TEST_DATABASE_URL, on PostgreSQL where they really run at once on pooled connections.
import { describe, expect, it } from 'vitest'
import { insertOrganization, testDrivers, useTestDatabase } from '@/test/db'
import { createAgent, getAgent, setAgentPresence } from './agents'
import { setAgentLoad, setAgentLoads } from './agent-load'

describe.each(testDrivers)('agent load (%s)', (driver) => {
  const t = useTestDatabase(driver)

  async function agents(organizationId: string, count: number, presence: 'online' | 'offline' = 'online') {
    const ids: string[] = []
    for (let i = 0; i < count; i++) {
      const made = await createAgent(t.db, organizationId, {
        name: `A${i}`,
        departmentIds: [],
        maxActiveChats: 20,
      })
      if (!made.ok) throw new Error(made.reason)
      await setAgentPresence(t.db, organizationId, made.agent.id, presence)
      ids.push(made.agent.id)
    }
    return ids
  }

  it('§5 reports a flip exactly when an online agent crosses the maximum (load = max − 1 ↔ = max)', async () => {
    const org = await insertOrganization(t.db)
    const [online] = await agents(org, 1)
    const [offline] = await agents(org, 1, 'offline')
    const flip = async (id: string, n: number) => (await setAgentLoad(t.db, org, id, n))?.availabilityChanged
    expect(await flip(online!, 19)).toBe(false)
    expect(await flip(online!, 20)).toBe(true)
    expect(await setAgentLoad(t.db, org, online!, 25)).toMatchObject({
      available: false,
      availabilityChanged: false,
    })
    expect(await setAgentLoad(t.db, org, online!, 19)).toMatchObject({
      available: true,
      availabilityChanged: true,
    })
    // An offline agent changes no count, whatever their load.
    expect(await flip(offline!, 20)).toBe(false)
    expect(await setAgentLoad(t.db, await insertOrganization(t.db), online!, 3)).toBeNull()
  })

  it('concurrent single and batch writes over the same agents all succeed; the last write of each wins', async () => {
    const org = await insertOrganization(t.db)
    const ids = await agents(org, 5)
    const writes: Promise<unknown>[] = []
    for (let round = 0; round < 40; round++) {
      for (const id of ids) writes.push(setAgentLoad(t.db, org, id, (round * 3) % 25))
      writes.push(
        setAgentLoads(
          t.db,
          org,
          [...ids].reverse().map((agentId) => ({ agentId, activeChats: (round * 5) % 25 })),
        ),
      )
    }
    await Promise.all(writes)
    // Queued after all of the above: the final value is this one.
    const final = await setAgentLoads(t.db, org, [
      ...ids.map((agentId) => ({ agentId, activeChats: 1 })),
      { agentId: ids[0]!, activeChats: 7 },
    ])
    expect(final.ok).toBe(true)
    expect((await getAgent(t.db, org, ids[0]!))?.activeChats).toBe(7)
    expect((await getAgent(t.db, org, ids[1]!))?.activeChats).toBe(1)
  })
})

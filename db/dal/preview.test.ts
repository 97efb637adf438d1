// Issue 7 — the overview's cached routing inputs must always equal getAllRoutingInputs (docs/behaviour.md §3, §5, §7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, insertOrganization, type TestDatabase } from '@/test/db'
import { createAgent, setAgentPresence } from './agents'
import { createDepartment, renameDepartment } from './departments'
import { getAllRoutingInputs, getScopeSettings, saveScopeSettings } from './scopes'
import { createRoutingInputsCache, getScopesFingerprint } from './preview'

let database: TestDatabase
beforeAll(async () => {
  database = await createTestDatabase('pglite')
})
afterAll(async () => {
  await database?.close()
})

describe('cached routing inputs for the preview overview', () => {
  it('match getAllRoutingInputs after presence, configuration and department changes; never cross organizations', async () => {
    const db = database.db
    const org = await insertOrganization(db)
    const other = await insertOrganization(db)
    const cached = createRoutingInputsCache()
    const same = async () => expect(await cached(db, org)).toEqual(await getAllRoutingInputs(db, org))

    await same()
    const dep = await createDepartment(db, org, 'Ventas')
    if (!dep.ok) throw new Error(dep.reason)
    await same()
    const made = await createAgent(db, org, { name: 'Ana', departmentIds: [dep.department.id] })
    if (!made.ok) throw new Error(made.reason)
    await setAgentPresence(db, org, made.agent.id, 'online')
    await same()
    expect((await cached(db, org)).map((i) => i.agentsOnline)).toEqual([1, 1])

    const before = await getScopesFingerprint(db, org)
    const scope = await getScopeSettings(db, org, dep.department.id)
    const saved = await saveScopeSettings(
      db,
      org,
      dep.department.id,
      {
        expectedVersion: scope!.version,
        usesGeneral: false,
        config: { ...scope!.config, priority: 'agents' },
      },
      { userId: null, name: 'test' },
    )
    expect(saved.ok).toBe(true)
    expect(await getScopesFingerprint(db, org)).not.toBe(before)
    await same()
    await renameDepartment(db, org, dep.department.id, 'Ventas online')
    await same()
    expect((await cached(db, org))[1]?.scope.name).toBe('Ventas online')

    const otherInputs = await cached(db, other)
    expect(otherInputs).toHaveLength(1)
    expect(otherInputs[0]?.agentsOnline).toBe(0)
  })
})

// Issue 7 — Asesores and presence server actions (docs/behaviour.md §5 presence, §7 roles and tenancy) on an in-memory PGlite.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTestDatabase, insertOrganization, insertUser, type TestDatabase } from '@/test/db'
import type { Viewer, AuthFailure } from '@/server/session'

const state = vi.hoisted(() => ({
  db: null as unknown,
  viewer: null as null | { userId: string; organizationId: string; role: 'admin' | 'staff' },
}))

vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }))
vi.mock('@/db/client', () => ({ getDb: async () => state.db }))
vi.mock('@/server/session', async () => {
  const { can } = await import('@/lib/auth/permissions')
  return {
    authorize: vi.fn(async (permission: Parameters<typeof can>[1]): Promise<Viewer | AuthFailure> => {
      const v = state.viewer
      if (!v) return { ok: false, error: 'unauthenticated' }
      if (!can(v.role, permission)) return { ok: false, error: 'forbidden' }
      return { ...v, name: 'Test', email: 't@example.test', organizationName: 'Org' }
    }),
    isAuthFailure: (value: object) => 'ok' in value && (value as { ok: unknown }).ok === false,
  }
})

const { setPresenceAction, createAgentAction, updateAgentAction, deleteAgentAction } =
  await import('./agent-actions')
const dal = await import('@/db/dal/agents')
const departments = await import('@/db/dal/departments')

let database: TestDatabase
let orgA: string
let orgB: string
let adminA: string
let staffA: string
let otherStaffA: string
let adminB: string
let staffAgent: string
let otherAgent: string
let foreignAgent: string
let depA: string

beforeAll(async () => {
  database = await createTestDatabase('pglite')
  state.db = database.db
  const db = database.db
  orgA = await insertOrganization(db)
  orgB = await insertOrganization(db)
  adminA = await insertUser(db, { organizationId: orgA, role: 'admin' })
  staffA = await insertUser(db, { organizationId: orgA, role: 'staff' })
  otherStaffA = await insertUser(db, { organizationId: orgA, role: 'staff' })
  adminB = await insertUser(db, { organizationId: orgB, role: 'admin' })
  const dep = await departments.createDepartment(db, orgA, 'Ventas')
  if (!dep.ok) throw new Error('department')
  depA = dep.department.id
  const make = async (org: string, name: string, userId: string | null) => {
    const r = await dal.createAgent(db, org, { name, userId, departmentIds: org === orgA ? [depA] : [] })
    if (!r.ok) throw new Error(r.reason)
    return r.agent.id
  }
  staffAgent = await make(orgA, 'Staff Agent', staffA)
  otherAgent = await make(orgA, 'Other Agent', otherStaffA)
  foreignAgent = await make(orgB, 'Foreign Agent', adminB)
})

afterAll(async () => {
  await database?.close()
})

beforeEach(() => {
  state.viewer = null
})

const presenceOf = async (org: string, id: string) => (await dal.getAgent(database.db, org, id))?.presence

describe('setPresenceAction (§5 presence, §7)', () => {
  it('refuses an unauthenticated caller and changes nothing', async () => {
    const before = await presenceOf(orgA, staffAgent)
    const result = await setPresenceAction({ agentId: staffAgent, presence: 'online' })
    expect(result).toEqual({ ok: false, error: 'unauthenticated' })
    expect(await presenceOf(orgA, staffAgent)).toBe(before)
  })

  it('rejects invalid input before touching the database', async () => {
    state.viewer = { userId: staffA, organizationId: orgA, role: 'staff' }
    const result = await setPresenceAction({ agentId: staffAgent, presence: 'busy' })
    expect(result).toMatchObject({
      ok: false,
      error: 'invalid',
      fieldErrors: { presence: 'invalidPresence' },
    })
  })

  it('staff set their own status, with a fresh timestamp', async () => {
    state.viewer = { userId: staffA, organizationId: orgA, role: 'staff' }
    const before = (await dal.getAgent(database.db, orgA, staffAgent))!.presenceUpdatedAt
    await new Promise((r) => setTimeout(r, 5))
    const result = await setPresenceAction({ agentId: staffAgent, presence: 'away' })
    expect(result).toMatchObject({ ok: true, data: { agentId: staffAgent, presence: 'away' } })
    const after = (await dal.getAgent(database.db, orgA, staffAgent))!
    expect(after.presence).toBe('away')
    expect(after.presenceUpdatedAt.getTime()).toBeGreaterThan(before.getTime())
  })

  it('staff cannot set another agent’s status', async () => {
    state.viewer = { userId: staffA, organizationId: orgA, role: 'staff' }
    const before = await presenceOf(orgA, otherAgent)
    const result = await setPresenceAction({ agentId: otherAgent, presence: 'online' })
    expect(result).toEqual({ ok: false, error: 'forbidden' })
    expect(await presenceOf(orgA, otherAgent)).toBe(before)
  })

  it('admins set anyone’s status in their organization', async () => {
    state.viewer = { userId: adminA, organizationId: orgA, role: 'admin' }
    expect(await setPresenceAction({ agentId: otherAgent, presence: 'online' })).toMatchObject({ ok: true })
    expect(await presenceOf(orgA, otherAgent)).toBe('online')
  })

  it('an agent id of another organization is not found and stays unchanged (admin and staff)', async () => {
    const before = await presenceOf(orgB, foreignAgent)
    state.viewer = { userId: adminA, organizationId: orgA, role: 'admin' }
    expect(await setPresenceAction({ agentId: foreignAgent, presence: 'online' })).toEqual({
      ok: false,
      error: 'not_found',
    })
    state.viewer = { userId: staffA, organizationId: orgA, role: 'staff' }
    expect(await setPresenceAction({ agentId: foreignAgent, presence: 'online' })).toEqual({
      ok: false,
      error: 'not_found',
    })
    expect(await presenceOf(orgB, foreignAgent)).toBe(before)
  })

  it('the live count follows presence (§5: only online agents count)', async () => {
    state.viewer = { userId: adminA, organizationId: orgA, role: 'admin' }
    await setPresenceAction({ agentId: staffAgent, presence: 'online' })
    await setPresenceAction({ agentId: otherAgent, presence: 'online' })
    expect(await dal.countOnlineAgents(database.db, orgA, depA)).toBe(2)
    await setPresenceAction({ agentId: otherAgent, presence: 'away' })
    expect(await dal.countOnlineAgents(database.db, orgA, depA)).toBe(1)
  })
})

describe('agent management (§7: admins manage, staff read)', () => {
  it('staff cannot create, edit or remove agents', async () => {
    state.viewer = { userId: staffA, organizationId: orgA, role: 'staff' }
    expect(await createAgentAction({ name: 'X', email: '', userId: '', departmentIds: [] })).toEqual({
      ok: false,
      error: 'forbidden',
    })
    expect(
      await updateAgentAction({ agentId: otherAgent, name: 'X', email: '', userId: '', departmentIds: [] }),
    ).toEqual({ ok: false, error: 'forbidden' })
    expect(await deleteAgentAction({ agentId: otherAgent })).toEqual({ ok: false, error: 'forbidden' })
    expect((await dal.getAgent(database.db, orgA, otherAgent))?.name).toBe('Other Agent')
  })

  it('validates the form (name required, e-mail format) with i18n keys', async () => {
    state.viewer = { userId: adminA, organizationId: orgA, role: 'admin' }
    const result = await createAgentAction({ name: '  ', email: 'nope', userId: '', departmentIds: [] })
    expect(result).toMatchObject({
      ok: false,
      error: 'invalid',
      fieldErrors: { name: 'nameRequired', email: 'emailInvalid' },
    })
  })

  it('admins add, edit departments and remove an agent', async () => {
    state.viewer = { userId: adminA, organizationId: orgA, role: 'admin' }
    const created = await createAgentAction({
      name: ' Nueva Asesora ',
      email: 'nueva@example.test',
      userId: '',
      departmentIds: [],
    })
    expect(created).toMatchObject({
      ok: true,
      data: { name: 'Nueva Asesora', departmentIds: [], presence: 'offline' },
    })
    if (!created.ok) return
    const updated = await updateAgentAction({
      agentId: created.data.id,
      name: 'Nueva Asesora',
      email: '',
      userId: '',
      departmentIds: [depA],
      maxActiveChats: 5,
      activeChats: 5,
    })
    expect(updated).toMatchObject({
      ok: true,
      data: { departmentIds: [depA], email: null, maxActiveChats: 5, activeChats: 5 },
    })
    // §5 capacity bounds: 1–200 and 0–10,000, whole numbers.
    for (const bad of [
      { maxActiveChats: 0 },
      { maxActiveChats: 201 },
      { activeChats: -1 },
      { activeChats: 1.5 },
    ]) {
      const refused = await updateAgentAction({
        agentId: created.data.id,
        name: 'Nueva Asesora',
        email: '',
        userId: '',
        departmentIds: [depA],
        ...bad,
      })
      expect(refused).toMatchObject({ ok: false, error: 'invalid' })
    }
    expect(await dal.getAgent(database.db, orgA, created.data.id)).toMatchObject({ maxActiveChats: 5 })
    expect(await deleteAgentAction({ agentId: created.data.id })).toEqual({
      ok: true,
      data: { agentId: created.data.id },
    })
    expect(await dal.getAgent(database.db, orgA, created.data.id)).toBeNull()
  })

  it('cannot touch another organization’s agents or use its departments', async () => {
    state.viewer = { userId: adminB, organizationId: orgB, role: 'admin' }
    expect(
      await updateAgentAction({
        agentId: staffAgent,
        name: 'Hacked',
        email: '',
        userId: '',
        departmentIds: [],
      }),
    ).toEqual({ ok: false, error: 'not_found' })
    expect(await deleteAgentAction({ agentId: staffAgent })).toEqual({ ok: false, error: 'not_found' })
    expect(
      await createAgentAction({ name: 'X', email: '', userId: '', departmentIds: [depA] }),
    ).toMatchObject({
      ok: false,
      error: 'invalid',
      fieldErrors: { departmentIds: 'departmentNotFound' },
    })
    expect(
      await createAgentAction({ name: 'X', email: '', userId: staffA, departmentIds: [] }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { userId: 'userNotMember' },
    })
    expect((await dal.getAgent(database.db, orgA, staffAgent))?.name).toBe('Staff Agent')
  })
})

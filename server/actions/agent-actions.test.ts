// Issue 7 — Asesores and presence server actions (docs/behaviour.md §5 presence, §7 roles and tenancy), run as a real
// signed-in member through test/action-harness (the session is better-auth's own cookie, like every action test) on
// the demo data; everything below it — schema, data-access layer, transaction — is real. PGlite and PostgreSQL.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import * as dal from '@/db/dal/agents'
import { DEMO, signInAs, signOutLocally, useDatabase } from '@/test/action-harness'
import { AURORA, MONTANA, OTHER_STAFF, seedAgentWorld, type AgentWorld } from '@/test/agent-world'
import { tableSnapshot, testDrivers, useTestDatabase } from '@/test/db'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))
const revalidated = vi.hoisted(() => [] as string[])
vi.mock('next/cache', () => ({
  revalidatePath: (path: string) => revalidated.push(path),
  revalidateTag: () => undefined,
}))

const { setPresenceAction, createAgentAction, updateAgentAction, deleteAgentAction } =
  await import('./agent-actions')

describe.each(testDrivers)('agent actions (%s)', (driver) => {
  const t = useTestDatabase(driver)
  const asAdmin = () => signInAs(DEMO.admin.email, DEMO.admin.password)
  const asStaff = () => signInAs(DEMO.staff.email, DEMO.staff.password)
  const asOtherStaff = () => signInAs(OTHER_STAFF.email, OTHER_STAFF.password)
  const asOtherOrgAdmin = () => signInAs(DEMO.otherAdmin.email, DEMO.otherAdmin.password)

  let world: AgentWorld
  beforeAll(async () => {
    useDatabase(t.db)
    world = await seedAgentWorld(t.db)
  })

  const presenceOf = async (org: string, id: string) => (await dal.getAgent(t.db, org, id))?.presence
  const nameOf = async (org: string, id: string) => (await dal.getAgent(t.db, org, id))?.name

  /** Runs refused calls and proves they wrote nothing: agents and their departments unchanged, no revalidation. */
  async function writesNothing(run: () => Promise<void>) {
    const before = await tableSnapshot(t.db, ['agent', 'agent_department'])
    const revalidations = revalidated.length
    await run()
    expect(await tableSnapshot(t.db, ['agent', 'agent_department'])).toBe(before)
    expect(revalidated.length).toBe(revalidations)
  }

  describe('setPresenceAction (§5 presence, §7)', () => {
    it('refuses a signed-out caller and changes nothing', async () => {
      signOutLocally()
      const before = await presenceOf(AURORA, world.staffAgent)
      await writesNothing(async () => {
        expect(await setPresenceAction({ agentId: world.staffAgent, presence: 'online' })).toEqual({
          ok: false,
          error: 'unauthenticated',
        })
        expect(await setPresenceAction({ agentId: world.foreignAgent, presence: 'online' })).toEqual({
          ok: false,
          error: 'unauthenticated',
        })
      })
      expect(await presenceOf(AURORA, world.staffAgent)).toBe(before)
    })

    it('rejects invalid input before touching the database', async () => {
      await asStaff()
      await writesNothing(async () => {
        const result = await setPresenceAction({ agentId: world.staffAgent, presence: 'busy' })
        expect(result).toMatchObject({
          ok: false,
          error: 'invalid',
          fieldErrors: { presence: 'invalidPresence' },
        })
      })
    })

    it('staff set their own status, with a fresh timestamp', async () => {
      await asStaff()
      const before = (await dal.getAgent(t.db, AURORA, world.staffAgent))!.presenceUpdatedAt
      await new Promise((r) => setTimeout(r, 5))
      const revalidations = revalidated.length
      const result = await setPresenceAction({ agentId: world.staffAgent, presence: 'away' })
      expect(result).toMatchObject({ ok: true, data: { agentId: world.staffAgent, presence: 'away' } })
      const after = (await dal.getAgent(t.db, AURORA, world.staffAgent))!
      expect(after.presence).toBe('away')
      expect(after.presenceUpdatedAt.getTime()).toBeGreaterThan(before.getTime())
      expect(revalidated.slice(revalidations)).toEqual(expect.arrayContaining(['/agents', '/preview']))
    })

    it('staff cannot set another agent’s status (its own member can)', async () => {
      await asStaff()
      const before = await presenceOf(AURORA, world.otherAgent)
      await writesNothing(async () => {
        expect(await setPresenceAction({ agentId: world.otherAgent, presence: 'online' })).toEqual({
          ok: false,
          error: 'forbidden',
        })
      })
      expect(await presenceOf(AURORA, world.otherAgent)).toBe(before)
      // The refusal is about whose agent it is, not about the agent: the staff member it belongs to may.
      await asOtherStaff()
      expect(await setPresenceAction({ agentId: world.otherAgent, presence: 'away' })).toMatchObject({
        ok: true,
        data: { agentId: world.otherAgent, presence: 'away' },
      })
      expect(await presenceOf(AURORA, world.otherAgent)).toBe('away')
    })

    it('admins set anyone’s status in their organization', async () => {
      await asAdmin()
      expect(await setPresenceAction({ agentId: world.otherAgent, presence: 'online' })).toMatchObject({
        ok: true,
      })
      expect(await presenceOf(AURORA, world.otherAgent)).toBe('online')
    })

    it('an agent id of another organization is not found and stays unchanged (admin and staff)', async () => {
      const before = await presenceOf(MONTANA, world.foreignAgent)
      await writesNothing(async () => {
        await asAdmin()
        expect(await setPresenceAction({ agentId: world.foreignAgent, presence: 'offline' })).toEqual({
          ok: false,
          error: 'not_found',
        })
        await asStaff()
        expect(await setPresenceAction({ agentId: world.foreignAgent, presence: 'offline' })).toEqual({
          ok: false,
          error: 'not_found',
        })
      })
      expect(await presenceOf(MONTANA, world.foreignAgent)).toBe(before)
    })

    it('the live count follows presence (§5: only online agents count)', async () => {
      await asAdmin()
      await setPresenceAction({ agentId: world.staffAgent, presence: 'online' })
      await setPresenceAction({ agentId: world.otherAgent, presence: 'online' })
      expect(await dal.countOnlineAgents(t.db, AURORA, world.depA)).toBe(2)
      await setPresenceAction({ agentId: world.otherAgent, presence: 'away' })
      expect(await dal.countOnlineAgents(t.db, AURORA, world.depA)).toBe(1)
    })
  })

  describe('agent management (§7: admins manage, staff read)', () => {
    /** Create, edit and remove, each refused with `error`; together they write nothing. */
    async function managementRefused(error: 'unauthenticated' | 'forbidden') {
      await writesNothing(async () => {
        const refused = { ok: false, error }
        expect(await createAgentAction({ name: 'X', email: '', userId: '', departmentIds: [] })).toEqual(
          refused,
        )
        expect(
          await updateAgentAction({
            agentId: world.otherAgent,
            name: 'X',
            email: '',
            userId: '',
            departmentIds: [],
          }),
        ).toEqual(refused)
        expect(await deleteAgentAction({ agentId: world.otherAgent })).toEqual(refused)
      })
    }

    it('signed-out callers cannot create, edit or remove agents', async () => {
      signOutLocally()
      await managementRefused('unauthenticated')
    })

    it('staff cannot create, edit or remove agents', async () => {
      await asStaff()
      await managementRefused('forbidden')
      expect(await nameOf(AURORA, world.otherAgent)).toBe('Other Agent')
    })

    it('validates the form (name required, e-mail format) with i18n keys', async () => {
      await asAdmin()
      await writesNothing(async () => {
        const result = await createAgentAction({ name: '  ', email: 'nope', userId: '', departmentIds: [] })
        expect(result).toMatchObject({
          ok: false,
          error: 'invalid',
          fieldErrors: { name: 'nameRequired', email: 'emailInvalid' },
        })
      })
    })

    it('admins add, edit departments and remove an agent', async () => {
      await asAdmin()
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
        departmentIds: [world.depA],
        maxActiveChats: 5,
        activeChats: 5,
      })
      expect(updated).toMatchObject({
        ok: true,
        data: { departmentIds: [world.depA], email: null, maxActiveChats: 5, activeChats: 5 },
      })
      // §5 capacity bounds: 1–200 and 0–10,000, whole numbers.
      await writesNothing(async () => {
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
            departmentIds: [world.depA],
            ...bad,
          })
          expect(refused).toMatchObject({ ok: false, error: 'invalid' })
        }
      })
      expect(await dal.getAgent(t.db, AURORA, created.data.id)).toMatchObject({ maxActiveChats: 5 })
      expect(await deleteAgentAction({ agentId: created.data.id })).toEqual({
        ok: true,
        data: { agentId: created.data.id },
      })
      expect(await dal.getAgent(t.db, AURORA, created.data.id)).toBeNull()
    })

    it('cannot touch another organization’s agents or use its departments or members', async () => {
      await asOtherOrgAdmin()
      await writesNothing(async () => {
        expect(
          await updateAgentAction({
            agentId: world.staffAgent,
            name: 'Hacked',
            email: '',
            userId: '',
            departmentIds: [],
          }),
        ).toEqual({ ok: false, error: 'not_found' })
        expect(await deleteAgentAction({ agentId: world.staffAgent })).toEqual({
          ok: false,
          error: 'not_found',
        })
        expect(
          await createAgentAction({ name: 'X', email: '', userId: '', departmentIds: [world.depA] }),
        ).toMatchObject({
          ok: false,
          error: 'invalid',
          fieldErrors: { departmentIds: 'departmentNotFound' },
        })
        expect(
          await createAgentAction({ name: 'X', email: '', userId: world.staffUser, departmentIds: [] }),
        ).toMatchObject({
          ok: false,
          fieldErrors: { userId: 'userNotMember' },
        })
      })
      expect(await nameOf(AURORA, world.staffAgent)).toBe('Andrés Gómez')
    })
  })
})

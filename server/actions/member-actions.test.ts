import { describe, expect, it, vi, beforeAll } from 'vitest'
import { and, eq } from 'drizzle-orm'
import { testDrivers, useTestDatabase } from '@/test/db'
import {
  DEMO,
  seedDemoData,
  setRequestHeaders,
  signInAs,
  signOutLocally,
  useDatabase,
} from '@/test/action-harness'
import { invitation, member, user, rateLimit } from '@/db/schema'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const {
  inviteMemberAction,
  changeMemberRoleAction,
  removeMemberAction,
  cancelInvitationAction,
  acceptInvitationAction,
} = await import('./member-actions')
const { signInAction } = await import('./auth-actions')
const { getViewer } = await import('@/server/session')

describe.each(testDrivers)('§7 members and sign-in (%s)', (driver) => {
  const t = useTestDatabase(driver)

  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
  })

  async function staffMemberId() {
    const [row] = await t.db
      .select({ id: member.id })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(eq(user.email, DEMO.staff.email))
    return row!.id
  }

  async function membersSnapshot() {
    return t.db
      .select({ id: member.id, role: member.role, org: member.organizationId })
      .from(member)
      .orderBy(member.id)
  }

  it('refuses every member action without a session and changes nothing', async () => {
    signOutLocally()
    const before = await membersSnapshot()
    const memberId = await staffMemberId()
    expect(await inviteMemberAction({ email: 'x@example.test', role: 'staff' })).toEqual({
      ok: false,
      error: 'unauthenticated',
    })
    expect(await changeMemberRoleAction({ memberId, role: 'admin' })).toEqual({
      ok: false,
      error: 'unauthenticated',
    })
    expect(await removeMemberAction({ memberId })).toEqual({ ok: false, error: 'unauthenticated' })
    expect(await cancelInvitationAction({ invitationId: 'nope' })).toEqual({
      ok: false,
      error: 'unauthenticated',
    })
    expect(await membersSnapshot()).toEqual(before)
  })

  it('refuses staff and changes nothing', async () => {
    await signInAs(DEMO.staff.email, DEMO.staff.password)
    const before = await membersSnapshot()
    const memberId = await staffMemberId()
    expect(await inviteMemberAction({ email: 'x@example.test', role: 'admin' })).toEqual({
      ok: false,
      error: 'forbidden',
    })
    expect(await changeMemberRoleAction({ memberId, role: 'admin' })).toEqual({
      ok: false,
      error: 'forbidden',
    })
    expect(await removeMemberAction({ memberId })).toEqual({ ok: false, error: 'forbidden' })
    expect(await membersSnapshot()).toEqual(before)
    expect(await t.db.select().from(invitation)).toEqual([])
  })

  it("an admin of another organization cannot touch Tienda Aurora's members (not found, unchanged)", async () => {
    await signInAs(DEMO.otherAdmin.email, DEMO.otherAdmin.password)
    const before = await membersSnapshot()
    const memberId = await staffMemberId()
    expect(await changeMemberRoleAction({ memberId, role: 'admin' })).toEqual({
      ok: false,
      error: 'not_found',
    })
    expect(await removeMemberAction({ memberId })).toEqual({ ok: false, error: 'not_found' })
    expect(await membersSnapshot()).toEqual(before)
  })

  it('smuggled organizationId is rejected: the organization only ever comes from the session', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const result = await inviteMemberAction({
      email: 'smuggle@example.test',
      role: 'staff',
      organizationId: DEMO.montanaId,
    })
    expect(result).toMatchObject({ ok: false, error: 'invalid' })
    expect(await t.db.select().from(invitation).where(eq(invitation.organizationId, DEMO.montanaId))).toEqual(
      [],
    )
  })

  it('an admin invites by one-time link; the invited person joins once with the invited role', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const invited = await inviteMemberAction({ email: 'Nueva.Persona@Example.test', role: 'staff' })
    if (!invited.ok) throw new Error(JSON.stringify(invited))
    signOutLocally()
    const accepted = await acceptInvitationAction({
      invitationId: invited.data.invitationId,
      name: 'Nueva Persona',
      password: 'Nueva-persona-2026',
    })
    expect(accepted).toEqual({ ok: true, data: { redirectTo: '/settings/schedules' } })
    const [joined] = await t.db
      .select({ role: member.role, org: member.organizationId })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(eq(user.email, 'nueva.persona@example.test'))
    expect(joined).toEqual({ role: 'staff', org: DEMO.auroraId })
    signOutLocally()
    const again = await acceptInvitationAction({
      invitationId: invited.data.invitationId,
      name: 'Otra Persona',
      password: 'Otra-persona-2026',
    })
    expect(again).toEqual({ ok: false, error: 'not_found' })
  })

  it('an organization keeps at least one admin', async () => {
    await signInAs(DEMO.otherAdmin.email, DEMO.otherAdmin.password)
    const [self] = await t.db
      .select({ id: member.id })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(eq(user.email, DEMO.otherAdmin.email))
    expect(await changeMemberRoleAction({ memberId: self!.id, role: 'staff' })).toEqual({
      ok: false,
      error: 'last_admin',
    })
  })

  it("a removed member's next action fails even with a still-valid cookie", async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const invited = await inviteMemberAction({ email: 'temporal@example.test', role: 'admin' })
    if (!invited.ok) throw new Error('invite failed')
    signOutLocally()
    await acceptInvitationAction({
      invitationId: invited.data.invitationId,
      name: 'Temporal',
      password: 'Temporal-2026-x',
    })
    await signInAs('temporal@example.test', 'Temporal-2026-x')
    expect((await getViewer())?.role).toBe('admin')
    const [temp] = await t.db
      .select({ id: member.id })
      .from(member)
      .innerJoin(user, eq(user.id, member.userId))
      .where(eq(user.email, 'temporal@example.test'))
    // Removed directly in the database (as another admin would): the cookie the browser holds is unchanged.
    await t.db.delete(member).where(and(eq(member.id, temp!.id), eq(member.organizationId, DEMO.auroraId)))
    expect(await getViewer()).toBeNull()
    expect(await inviteMemberAction({ email: 'y@example.test', role: 'staff' })).toEqual({
      ok: false,
      error: 'unauthenticated',
    })
  })

  it('repeated wrong passwords hit the rate limit for that account, with a clear wait time', async () => {
    signOutLocally()
    setRequestHeaders({ 'x-horarios-peer-address': '203.0.113.7' })
    for (let i = 0; i < 5; i++) {
      expect(await signInAction({ email: DEMO.staff.email, password: 'wrong-password' })).toEqual({
        ok: false,
        error: 'invalidCredentials',
      })
    }
    // Even the right password is refused while the account is locked.
    const limited = await signInAction({ email: DEMO.staff.email, password: DEMO.staff.password })
    expect(limited).toEqual({ ok: false, error: 'rateLimited', retryAfterMinutes: 15 })
    // Another account from another address is not affected.
    setRequestHeaders({ 'x-horarios-peer-address': '198.51.100.9' })
    expect(await signInAction(DEMO.admin)).toMatchObject({ ok: true })
    const counters = await t.db.select({ key: rateLimit.key, count: rateLimit.count }).from(rateLimit)
    expect(counters).toContainEqual({ key: `sign-in:email:${DEMO.staff.email}`, count: 5 })
    setRequestHeaders({})
  })

  it('no action result carries password hashes or session tokens', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const invited = await inviteMemberAction({ email: 'check@example.test', role: 'staff' })
    const text = JSON.stringify(invited)
    expect(text).not.toMatch(/\$|scrypt|token|password/i)
  })
})

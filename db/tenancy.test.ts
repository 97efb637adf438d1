// Demo seed, agents, and tenant isolation (docs/behaviour.md §3, §5, §7) against PGlite and, with TEST_DATABASE_URL, PostgreSQL.
import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { WEEKDAYS } from '@/lib/schedule/types'
import { insertUser, pgErrorCodeOf, testDrivers, uniqueId, useTestDatabase } from '@/test/db'
import {
  createAgent,
  deleteAgent,
  getAgent,
  getAgentByUserId,
  listAgents,
  setAgentPresence,
  updateAgent,
} from './dal/agents'
import { listAuditEntries } from './dal/audit'
import { createDepartment, deleteDepartment, listDepartments, renameDepartment } from './dal/departments'
import { getOrganization } from './dal/organizations'
import {
  countOnlineAgents,
  getAllRoutingInputs,
  getAllScopeSettings,
  getRoutingInputs,
  getScopeSettings,
  listScopes,
  saveScopeSettings,
} from './dal/scopes'
import {
  agent,
  agentDepartment,
  assistant,
  member,
  organization,
  scheduleRange,
  scopeSettings,
  user,
} from './schema'
import {
  DEMO_DEPARTMENTS,
  DEMO_ORGANIZATIONS,
  DEMO_USERS,
  isDatabaseEmpty,
  linkDemoAgents,
  seedDemo,
} from './seed'

const NOW = new Date('2026-06-15T15:00:00Z')
const AURORA = DEMO_ORGANIZATIONS.aurora.id
const MONTANA = DEMO_ORGANIZATIONS.montana.id
const { ventas, soporte, facturacion, nocturno, pedidos } = DEMO_DEPARTMENTS

describe.each(testDrivers)('demo seed and tenant isolation (%s)', (driver) => {
  const t = useTestDatabase(driver)

  it('§3 the seed is idempotent and creates the described demo data', async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true)
    expect(await seedDemo(t.db, { now: NOW })).toEqual({
      created: ['tienda-aurora', 'cafe-montana'],
      skipped: [],
    })
    const snapshot = await getAllScopeSettings(t.db, AURORA)
    expect(await seedDemo(t.db, { now: NOW })).toEqual({
      created: [],
      skipped: ['tienda-aurora', 'cafe-montana'],
    })
    expect(await getAllScopeSettings(t.db, AURORA)).toEqual(snapshot)
    expect(await t.db.select({ n: sql<number>`count(*)::int` }).from(organization)).toEqual([{ n: 2 }])
    expect(await isDatabaseEmpty(t.db)).toBe(false)

    expect(await getOrganization(t.db, AURORA)).toEqual({
      id: AURORA,
      name: 'Tienda Aurora',
      slug: 'tienda-aurora',
      country: 'CO',
      timeZone: 'America/Bogota',
    })
    expect(await getOrganization(t.db, MONTANA)).toMatchObject({
      slug: 'cafe-montana',
      country: 'PE',
      timeZone: 'America/Lima',
    })
    expect(new Set(DEMO_USERS.map((demoUser) => demoUser.org))).toEqual(
      new Set(['tienda-aurora', 'cafe-montana']),
    )

    expect(await listScopes(t.db, AURORA)).toEqual([
      {
        departmentId: null,
        name: 'General',
        usesGeneral: false,
        timeZone: 'America/Bogota',
        assistantActive: false,
        version: 1,
      },
      {
        departmentId: ventas.id,
        name: 'Ventas',
        usesGeneral: false,
        timeZone: 'America/Bogota',
        assistantActive: true,
        version: 1,
      },
      {
        departmentId: soporte.id,
        name: 'Soporte técnico',
        usesGeneral: false,
        timeZone: 'America/Bogota',
        assistantActive: true,
        version: 1,
      },
      {
        departmentId: facturacion.id,
        name: 'Facturación',
        usesGeneral: true,
        timeZone: 'America/Bogota',
        assistantActive: false,
        version: 1,
      },
      {
        departmentId: nocturno.id,
        name: 'Turno nocturno',
        usesGeneral: false,
        timeZone: 'America/Bogota',
        assistantActive: false,
        version: 1,
      },
    ])

    const [general, ventasScope, soporteScope, facturacionScope, nocturnoScope] = snapshot
    // General: Mon–Fri 08:00–18:00, Sat 09:00–13:00, Spanish message, Colombian public holidays closed.
    expect(general?.config.business.weekly).toEqual({
      mon: [{ start: '08:00', end: '18:00' }],
      tue: [{ start: '08:00', end: '18:00' }],
      wed: [{ start: '08:00', end: '18:00' }],
      thu: [{ start: '08:00', end: '18:00' }],
      fri: [{ start: '08:00', end: '18:00' }],
      sat: [{ start: '09:00', end: '13:00' }],
      sun: [],
    })
    expect(general?.config.outOfHoursMessage).toMatch(/horario de atención/)
    const holidays = general?.config.business.overrides ?? []
    expect(holidays.every((holiday) => holiday.ranges.length === 0 && holiday.label)).toBe(true)
    expect(holidays.every((holiday) => holiday.date >= '2026-06-15' && holiday.date <= '2027-12-31')).toBe(
      true,
    )
    const dates = holidays.map((holiday) => holiday.date)
    expect(dates).toEqual([...dates].sort())
    expect(dates).toEqual(
      expect.arrayContaining([
        '2026-07-20',
        '2026-08-07',
        '2026-12-25',
        '2027-01-01',
        '2027-07-20',
        '2027-12-25',
      ]),
    )
    expect(dates.filter((date) => date.startsWith('2027')).length).toBeGreaterThanOrEqual(17)
    expect(dates).not.toContain('2026-05-01') // before `now`

    // Ventas: lunch break, own assistant hours, agents first.
    expect(ventasScope?.config.business.weekly.mon).toEqual([
      { start: '08:00', end: '13:00' },
      { start: '14:00', end: '19:00' },
    ])
    expect(ventasScope?.config.business.weekly.sat).toEqual([{ start: '09:00', end: '14:00' }])
    expect(ventasScope?.config.priority).toBe('agents')
    expect(ventasScope?.config.assistant).toMatchObject({ name: 'Aurora', active: true })
    expect(ventasScope?.config.assistant?.schedule?.weekly.mon).toEqual([{ start: '07:00', end: '22:00' }])

    // Soporte técnico: 24/7 with an always-on assistant first.
    for (const day of WEEKDAYS)
      expect(soporteScope?.config.business.weekly[day]).toEqual([{ start: '00:00', end: '24:00' }])
    expect(soporteScope?.config).toMatchObject({
      priority: 'assistant',
      assistant: { active: true, schedule: null },
    })

    // Facturación uses General (and holds a copy of it); Turno nocturno crosses midnight every day.
    expect(facturacionScope?.usesGeneral).toBe(true)
    expect(facturacionScope?.config).toEqual(general?.config)
    for (const day of WEEKDAYS)
      expect(nocturnoScope?.config.business.weekly[day]).toEqual([{ start: '22:00', end: '06:00' }])

    // A dozen agents with mixed presence, spread over the departments.
    const agents = await listAgents(t.db, AURORA)
    expect(agents).toHaveLength(12)
    expect(new Set(agents.map((a) => a.presence))).toEqual(new Set(['online', 'away', 'offline']))
    for (const dep of [ventas, soporte, facturacion, nocturno]) {
      expect(agents.some((a) => a.departmentIds.includes(dep.id))).toBe(true)
    }
    expect(agents.every((a) => a.userId === null)).toBe(true)

    // The second organization: Peru, one department.
    expect((await listScopes(t.db, MONTANA)).map((scope) => scope.name)).toEqual(['General', 'Pedidos'])
    expect(await listAgents(t.db, MONTANA)).toHaveLength(2)
  })

  it('§7 demo agents are linked to the demo users once the auth seed created them as members', async () => {
    const soporteUser = DEMO_USERS.find((demoUser) => demoUser.email === 'soporte@tienda-aurora.co')
    if (!soporteUser) throw new Error('demo user missing')
    expect(await linkDemoAgents(t.db)).toBe(0)
    const userId = uniqueId('user')
    await t.db.insert(user).values({ id: userId, name: soporteUser.name, email: soporteUser.email })
    await t.db
      .insert(member)
      .values({ id: uniqueId('member'), organizationId: AURORA, userId, role: 'staff' })
    expect(await linkDemoAgents(t.db)).toBe(1)
    expect(await linkDemoAgents(t.db)).toBe(0)
    expect(await getAgentByUserId(t.db, AURORA, userId)).toMatchObject({ name: 'Andrés Gómez', userId })
    expect(await getAgentByUserId(t.db, MONTANA, userId)).toBeNull()
  })

  it("§7 composite foreign keys: the database rejects rows pointing at another organization's department, scope or agent", async () => {
    const [montanaAgent] = await listAgents(t.db, MONTANA)
    const [auroraAgent] = await listAgents(t.db, AURORA)
    const [montanaScope] = await t.db
      .select({ id: scopeSettings.id })
      .from(scopeSettings)
      .where(eq(scopeSettings.departmentId, pedidos.id))
    const [montanaGeneral] = await t.db
      .select({ id: scopeSettings.id })
      .from(scopeSettings)
      .where(and(eq(scopeSettings.organizationId, MONTANA), sql`${scopeSettings.departmentId} is null`))
    if (!montanaAgent || !auroraAgent || !montanaScope || !montanaGeneral) throw new Error('seed missing')

    const attempts: [string, () => Promise<unknown>][] = [
      [
        'agent of A assigned to a department of B',
        () =>
          t.db
            .insert(agentDepartment)
            .values({ organizationId: AURORA, agentId: auroraAgent.id, departmentId: pedidos.id }),
      ],
      [
        'assignment claiming B for an agent of A',
        () =>
          t.db
            .insert(agentDepartment)
            .values({ organizationId: MONTANA, agentId: auroraAgent.id, departmentId: pedidos.id }),
      ],
      [
        'scope of A for a department of B',
        () =>
          t.db
            .insert(scopeSettings)
            .values({ organizationId: AURORA, departmentId: pedidos.id, timeZone: 'UTC' }),
      ],
      [
        'range of A on a scope of B',
        () =>
          t.db.insert(scheduleRange).values({
            organizationId: AURORA,
            scopeSettingsId: montanaScope.id,
            kind: 'business',
            weekday: 0,
            position: 5,
            startMinute: 0,
            endMinute: 60,
          }),
      ],
      [
        'assistant of A on a scope of B (which has none yet)',
        () =>
          t.db
            .insert(assistant)
            .values({ organizationId: AURORA, scopeSettingsId: montanaGeneral.id, name: 'X' }),
      ],
      [
        "moving B's department assignment to A",
        () =>
          t.db
            .update(agentDepartment)
            .set({ organizationId: AURORA })
            .where(eq(agentDepartment.agentId, montanaAgent.id)),
      ],
    ]
    for (const [label, attempt] of attempts)
      expect([label, await pgErrorCodeOf(attempt)]).toEqual([label, '23503'])

    // An agent can only be linked to a member of its own organization.
    const outsider = await insertUser(t.db, { organizationId: MONTANA, role: 'staff' })
    expect(
      await pgErrorCodeOf(() =>
        t.db
          .update(agent)
          .set({ userId: outsider })
          .where(and(eq(agent.organizationId, AURORA), eq(agent.id, auroraAgent.id))),
      ),
    ).toBe('23503')
    expect(await updateAgent(t.db, AURORA, auroraAgent.id, { userId: outsider })).toEqual({
      ok: false,
      reason: 'user_not_member',
    })
    // …and the link is cleared (only user_id) when the membership goes away.
    const insider = await insertUser(t.db, { organizationId: AURORA, role: 'staff' })
    expect(await updateAgent(t.db, AURORA, auroraAgent.id, { userId: insider })).toMatchObject({ ok: true })
    await t.db.delete(member).where(and(eq(member.organizationId, AURORA), eq(member.userId, insider)))
    expect(await getAgent(t.db, AURORA, auroraAgent.id)).toMatchObject({
      userId: null,
      name: auroraAgent.name,
    })
  })

  it("§7 queries of organization A never return or change organization B's rows", async () => {
    const montanaBefore = await getAllScopeSettings(t.db, MONTANA)
    const montanaAgentsBefore = await listAgents(t.db, MONTANA)
    const [montanaAgent] = montanaAgentsBefore
    if (!montanaAgent) throw new Error('seed missing')
    const actor = { userId: null, name: 'Intruso' }

    // Reads scoped to A never include B's ids.
    const auroraIds = JSON.stringify([
      await listScopes(t.db, AURORA),
      await getAllScopeSettings(t.db, AURORA),
      await getAllRoutingInputs(t.db, AURORA),
      await listAgents(t.db, AURORA),
      await listDepartments(t.db, AURORA),
    ])
    for (const foreign of [pedidos.id, montanaAgent.id, MONTANA, 'Pedidos', 'Rosa Mamani']) {
      expect(auroraIds).not.toContain(foreign)
    }

    // Reads and writes with A's id and B's department/agent find nothing.
    expect(await getScopeSettings(t.db, AURORA, pedidos.id)).toBeNull()
    expect(await getRoutingInputs(t.db, AURORA, pedidos.id)).toBeNull()
    expect(await countOnlineAgents(t.db, AURORA, pedidos.id)).toBe(0)
    expect(await listAuditEntries(t.db, AURORA, pedidos.id, 10)).toEqual([])
    expect(
      await saveScopeSettings(
        t.db,
        AURORA,
        pedidos.id,
        { expectedVersion: 1, usesGeneral: true, config: montanaBefore[0]!.config },
        actor,
      ),
    ).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(await renameDepartment(t.db, AURORA, pedidos.id, 'Robado')).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(await deleteDepartment(t.db, AURORA, pedidos.id)).toBe(false)
    expect(await getAgent(t.db, AURORA, montanaAgent.id)).toBeNull()
    expect(await setAgentPresence(t.db, AURORA, montanaAgent.id, 'offline')).toBe(false)
    expect(await updateAgent(t.db, AURORA, montanaAgent.id, { name: 'Robado' })).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(await deleteAgent(t.db, AURORA, montanaAgent.id)).toBe(false)
    expect(await createAgent(t.db, AURORA, { name: 'Nuevo', departmentIds: [pedidos.id] })).toEqual({
      ok: false,
      reason: 'department_not_found',
    })

    // B is exactly as before.
    expect(await getAllScopeSettings(t.db, MONTANA)).toEqual(montanaBefore)
    expect(await listAgents(t.db, MONTANA)).toEqual(montanaAgentsBefore)
    expect(await listAuditEntries(t.db, MONTANA, pedidos.id, 10)).toEqual([])
    // Both organizations may use the same department name.
    expect(await createDepartment(t.db, AURORA, 'Pedidos')).toMatchObject({ ok: true })
  })

  it('§5 agents: create, assign, presence (only online counts), update, delete', async () => {
    const created = await createAgent(t.db, MONTANA, {
      name: ' Carmen Flores ',
      email: 'carmen@cafe-montana.pe',
      departmentIds: [pedidos.id, pedidos.id],
    })
    if (!created.ok) throw new Error(created.reason)
    expect(created.agent).toMatchObject({
      name: 'Carmen Flores',
      presence: 'offline',
      departmentIds: [pedidos.id],
      userId: null,
    })

    const onlineBefore = await countOnlineAgents(t.db, MONTANA, pedidos.id)
    const generalBefore = await countOnlineAgents(t.db, MONTANA, null)
    expect(await setAgentPresence(t.db, MONTANA, created.agent.id, 'away')).toBe(true)
    expect(await countOnlineAgents(t.db, MONTANA, pedidos.id)).toBe(onlineBefore)
    expect(await setAgentPresence(t.db, MONTANA, created.agent.id, 'online')).toBe(true)
    expect(await countOnlineAgents(t.db, MONTANA, pedidos.id)).toBe(onlineBefore + 1)
    expect(await countOnlineAgents(t.db, MONTANA, null)).toBe(generalBefore + 1)
    expect(await getAgent(t.db, MONTANA, created.agent.id)).toMatchObject({ presence: 'online' })
    expect(
      await pgErrorCodeOf(() =>
        t.db
          .update(agent)
          .set({ presence: 'busy' as 'online' })
          .where(eq(agent.id, created.agent.id)),
      ),
    ).toBe('23514')

    const moved = await updateAgent(t.db, MONTANA, created.agent.id, { departmentIds: [], email: null })
    expect(moved).toMatchObject({
      ok: true,
      agent: { departmentIds: [], email: null, name: 'Carmen Flores' },
    })
    expect(await countOnlineAgents(t.db, MONTANA, pedidos.id)).toBe(onlineBefore)
    expect(await countOnlineAgents(t.db, MONTANA, null)).toBe(generalBefore + 1)

    expect(await deleteAgent(t.db, MONTANA, created.agent.id)).toBe(true)
    expect(await getAgent(t.db, MONTANA, created.agent.id)).toBeNull()
    expect(await countOnlineAgents(t.db, MONTANA, null)).toBe(generalBefore)
  })
})

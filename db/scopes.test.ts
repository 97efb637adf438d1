// Scopes, schedules and saving (docs/behaviour.md §3, §4, §6) against PGlite and, with TEST_DATABASE_URL, PostgreSQL.
import { and, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ScopeConfiguration } from '@/lib/settings/types'
import {
  insertOrganization,
  insertUser,
  pgErrorCodeOf,
  testDrivers,
  uniqueId,
  useTestDatabase,
} from '@/test/db'
import type { Db } from './connection'
import { listAuditEntries } from './dal/audit'
import { createDepartment, deleteDepartment, listDepartments, renameDepartment } from './dal/departments'
import { createAgent } from './dal/agents'
import {
  getAllRoutingInputs,
  getAllScopeSettings,
  getRoutingInputs,
  getScopeSettings,
  listScopes,
  saveScopeSettings,
} from './dal/scopes'
import { defaultGeneralConfig } from './defaults'
import { overviewRows } from '@/lib/preview/overview'
import { decide, resolveScopeConfig, toRoutingConfig } from '@/lib/routing'
import {
  auditLog,
  department,
  scheduleOverride,
  scheduleOverrideRange,
  scheduleRange,
  scopeSettings,
} from './schema'

const week = (ranges: Partial<ScopeConfiguration['business']['weekly']> = {}) => ({
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
  ...ranges,
})

/** Overnight ranges, 24:00, split days, overrides (unsorted, with and without ranges/labels), own assistant hours. */
const complexConfig: ScopeConfiguration = {
  business: {
    timeZone: 'America/Santiago',
    weekly: week({
      mon: [
        { start: '08:00', end: '13:00' },
        { start: '14:00', end: '18:30' },
      ],
      wed: [{ start: '22:00', end: '02:00' }],
      thu: [{ start: '00:00', end: '24:00' }],
      fri: [{ start: '18:00', end: '24:00' }],
      sat: [{ start: '00:00', end: '06:00' }],
    }),
    overrides: [
      { date: '2027-12-25', ranges: [], label: 'Navidad' },
      {
        date: '2027-01-01',
        ranges: [
          { start: '10:00', end: '14:00' },
          { start: '20:00', end: '01:00' },
        ],
      },
      {
        date: '2027-09-18',
        ranges: [{ start: '09:00', end: '12:00' }],
        label: 'Fiestas Patrias — medio día',
      },
    ],
  },
  outOfHoursMessage: 'Estamos fuera de horario. ¡Te respondemos {proxima_apertura}! ñ ✨',
  outOfHoursLanguage: 'pt-BR',
  outOfHoursTranslations: { es: 'Volvemos {proxima_apertura}', en: 'Back {proxima_apertura} ✨' },
  priority: 'agents',
  assistant: {
    name: 'Aurora',
    active: true,
    followsBusinessOverrides: true,
    schedule: {
      timeZone: 'America/Santiago',
      weekly: week({ mon: [{ start: '07:00', end: '23:00' }], sun: [{ start: '23:00', end: '07:00' }] }),
      overrides: [{ date: '2027-01-01', ranges: [] }],
    },
  },
}

/** What reads back: overrides sorted by date, nothing else changed. */
const complexExpected: ScopeConfiguration = {
  ...complexConfig,
  business: {
    ...complexConfig.business,
    overrides: [...complexConfig.business.overrides].sort((a, b) => a.date.localeCompare(b.date)),
  },
}

describe.each(testDrivers)('scopes and schedules (%s)', (driver) => {
  const t = useTestDatabase(driver)

  async function setup() {
    const orgId = await insertOrganization(t.db, { timeZone: 'America/Santiago', country: 'CL' })
    const userId = await insertUser(t.db, { organizationId: orgId, name: 'Admin Uno' })
    return { orgId, actor: { userId, name: 'Admin Uno' } }
  }

  async function newDepartment(db: Db, orgId: string, name = uniqueId('Depto')) {
    const result = await createDepartment(db, orgId, name)
    if (!result.ok) throw new Error(`createDepartment: ${result.reason}`)
    return result.department.id
  }

  async function auditCount(orgId: string) {
    const [row] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditLog)
      .where(eq(auditLog.organizationId, orgId))
    return row?.n ?? 0
  }

  it("§3 General exists from the first read, with the organization's time zone", async () => {
    const { orgId } = await setup()
    const general = await getScopeSettings(t.db, orgId, null)
    expect(general).toMatchObject({ departmentId: null, name: 'General', usesGeneral: false, version: 1 })
    expect(general?.config).toEqual(defaultGeneralConfig('America/Santiago'))
    expect(await listScopes(t.db, orgId)).toHaveLength(1)
    expect(await getScopeSettings(t.db, 'org_does_not_exist', null)).toBeNull()
  })

  it('§3 a new department uses General and starts from a copy of General; listScopes orders and resolves', async () => {
    const { orgId, actor } = await setup()
    const general = await getScopeSettings(t.db, orgId, null)
    if (!general) throw new Error('no General')
    const saved = await saveScopeSettings(
      t.db,
      orgId,
      null,
      { expectedVersion: 1, usesGeneral: false, config: complexConfig },
      actor,
    )
    expect(saved).toMatchObject({ ok: true, version: 2 })

    const ventas = await newDepartment(t.db, orgId, 'Ventas')
    const soporte = await newDepartment(t.db, orgId, 'Soporte')
    expect(await createDepartment(t.db, orgId, 'Ventas')).toEqual({
      ok: false,
      reason: 'duplicate_name',
      existingName: 'Ventas',
    })

    const copy = await getScopeSettings(t.db, orgId, ventas)
    expect(copy).toMatchObject({ departmentId: ventas, name: 'Ventas', usesGeneral: true, version: 1 })
    expect(copy?.config).toEqual(complexExpected)

    // Soporte gets its own configuration without an assistant.
    await saveScopeSettings(
      t.db,
      orgId,
      soporte,
      {
        expectedVersion: 1,
        usesGeneral: false,
        config: { ...defaultGeneralConfig('Europe/Madrid'), assistant: null },
      },
      actor,
    )
    expect(await listScopes(t.db, orgId)).toEqual([
      {
        departmentId: null,
        name: 'General',
        usesGeneral: false,
        timeZone: 'America/Santiago',
        assistantActive: true,
        version: 2,
      },
      {
        departmentId: ventas,
        name: 'Ventas',
        usesGeneral: true,
        timeZone: 'America/Santiago',
        assistantActive: true,
        version: 1,
      },
      {
        departmentId: soporte,
        name: 'Soporte',
        usesGeneral: false,
        timeZone: 'Europe/Madrid',
        assistantActive: false,
        version: 2,
      },
    ])
    expect((await listDepartments(t.db, orgId)).map((d) => d.name)).toEqual(['Ventas', 'Soporte'])
  })

  it('§4 getScopeSettings round-trips a complex schedule (overnight, 24:00, overrides with ranges, assistant hours)', async () => {
    const { orgId, actor } = await setup()
    const dep = await newDepartment(t.db, orgId)
    const result = await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 1, usesGeneral: false, config: complexConfig },
      actor,
    )
    const read = await getScopeSettings(t.db, orgId, dep)
    expect(read?.config).toEqual(complexExpected)
    // The save answers with exactly what reads back (the editor resets to it).
    expect(result).toEqual({
      ok: true,
      version: 2,
      updatedAt: read?.updatedAt,
      usesGeneral: false,
      config: complexExpected,
    })
    expect(read).toMatchObject({ usesGeneral: false, version: 2, updatedBy: actor.userId })
    // Stored as wall-clock minutes: 24:00 → 1440, overnight end < start.
    const rows = await t.db
      .select({
        weekday: scheduleRange.weekday,
        start: scheduleRange.startMinute,
        end: scheduleRange.endMinute,
      })
      .from(scheduleRange)
      .innerJoin(scopeSettings, eq(scopeSettings.id, scheduleRange.scopeSettingsId))
      .where(and(eq(scopeSettings.departmentId, dep), eq(scheduleRange.kind, 'business')))
      .orderBy(scheduleRange.weekday, scheduleRange.position)
    expect(rows).toEqual([
      { weekday: 0, start: 480, end: 780 },
      { weekday: 0, start: 840, end: 1110 },
      { weekday: 2, start: 1320, end: 120 },
      { weekday: 3, start: 0, end: 1440 },
      { weekday: 4, start: 1080, end: 1440 },
      { weekday: 5, start: 0, end: 360 },
    ])
    // Switching the assistant to always-on drops its own hours; removing it keeps the priority (§6).
    const alwaysOn = { ...complexConfig, assistant: { name: 'Aurora', active: false, schedule: null } }
    await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 2, usesGeneral: false, config: alwaysOn },
      actor,
    )
    expect((await getScopeSettings(t.db, orgId, dep))?.config.assistant).toEqual({
      name: 'Aurora',
      active: false,
      followsBusinessOverrides: false,
      schedule: null,
    })
    // Switching to General ignores whatever configuration comes with it: the own one stays (§3).
    const own = await getScopeSettings(t.db, orgId, dep)
    await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 3, usesGeneral: true, config: { ...complexConfig, assistant: null } },
      actor,
    )
    const last = await getScopeSettings(t.db, orgId, dep)
    expect(last).toMatchObject({ usesGeneral: true, hasOwnConfig: true, version: 4 })
    expect(last?.config).toEqual(own?.config)
    expect(last?.config.assistant).toMatchObject({ name: 'Aurora', active: false, schedule: null })
  })

  it('§3 own → General → own keeps every field of the own configuration, stored but inactive', async () => {
    const { orgId, actor } = await setup()
    const dep = await newDepartment(t.db, orgId, 'Ventas')
    const created = await getScopeSettings(t.db, orgId, dep)
    // A new department never had its own configuration: the editor starts "Configuración propia" from General.
    expect(created).toMatchObject({ usesGeneral: true, hasOwnConfig: false })
    expect((await getScopeSettings(t.db, orgId, null))?.hasOwnConfig).toBe(true)

    await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 1, usesGeneral: false, config: complexConfig },
      actor,
    )
    const own = await getScopeSettings(t.db, orgId, dep)
    expect(own).toMatchObject({ usesGeneral: false, hasOwnConfig: true, version: 2 })
    expect(own?.config).toEqual(complexExpected)

    // What a client switching to General sends is irrelevant: even General's own configuration must not overwrite it.
    const general = await getScopeSettings(t.db, orgId, null)
    if (!general) throw new Error('no General')
    expect(
      await saveScopeSettings(
        t.db,
        orgId,
        dep,
        { expectedVersion: 2, usesGeneral: true, config: general.config },
        actor,
      ),
    ).toMatchObject({ ok: true, version: 3 })
    const inherited = await getScopeSettings(t.db, orgId, dep)
    expect(inherited).toMatchObject({ usesGeneral: true, hasOwnConfig: true, version: 3 })
    expect(inherited?.config).toEqual(complexExpected)
    // Every child row is still there (hours, special dates with their ranges, the assistant and its hours).
    const count = async (table: typeof scheduleRange | typeof scheduleOverride) => {
      const [row] = await t.db
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .innerJoin(scopeSettings, eq(scopeSettings.id, table.scopeSettingsId))
        .where(eq(scopeSettings.departmentId, dep))
      return row?.n
    }
    expect({ ranges: await count(scheduleRange), overrides: await count(scheduleOverride) }).toEqual({
      ranges: 8,
      overrides: 4,
    })
    // The audit says only what changed: the switch.
    const [switchEntry] = await listAuditEntries(t.db, orgId, dep, 1)
    expect(switchEntry?.changes).toEqual({ usesGeneral: { before: false, after: true } })

    // Back to its own configuration: the editor sends the kept one, and it reads back identical.
    expect(
      await saveScopeSettings(
        t.db,
        orgId,
        dep,
        { expectedVersion: 3, usesGeneral: false, config: inherited!.config },
        actor,
      ),
    ).toMatchObject({ ok: true, version: 4 })
    const restored = await getScopeSettings(t.db, orgId, dep)
    expect(restored).toMatchObject({ usesGeneral: false, hasOwnConfig: true })
    expect(restored?.config).toEqual(complexExpected)
    const [backEntry] = await listAuditEntries(t.db, orgId, dep, 1)
    expect(backEntry?.changes).toEqual({ usesGeneral: { before: true, after: false } })
  })

  it('§3 §5 while a department uses General it routes with General, its kept own configuration is ignored', async () => {
    const { orgId, actor } = await setup()
    const dep = await newDepartment(t.db, orgId, 'Ventas')
    // Own: open around the clock with agents first. General: default hours (Mon–Fri 09:00–18:00), no assistant.
    const alwaysOpen: ScopeConfiguration = {
      business: {
        timeZone: 'America/Santiago',
        weekly: week(
          Object.fromEntries(
            ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [
              d,
              [{ start: '00:00', end: '24:00' }],
            ]),
          ),
        ),
        overrides: [],
      },
      outOfHoursMessage: '',
      priority: 'agents',
      assistant: null,
    }
    await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 1, usesGeneral: false, config: alwaysOpen },
      actor,
    )
    // Sunday 2026-12-06 03:00 in Santiago: own says "queue" (open, nobody online), General says "closed".
    const sundayNight = new Date('2026-12-06T06:00:00Z')
    const rowFor = async () =>
      overviewRows(await getAllRoutingInputs(t.db, orgId), sundayNight).find((r) => r.departmentId === dep)
    expect(await rowFor()).toMatchObject({ source: 'own', responder: 'queue' })

    await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 2, usesGeneral: true, config: alwaysOpen },
      actor,
    )
    expect(await rowFor()).toMatchObject({
      source: 'general',
      responder: 'closed',
      reason: 'outside_business_hours',
    })
    const inputs = await getRoutingInputs(t.db, orgId, dep)
    if (!inputs) throw new Error('no inputs')
    expect(resolveScopeConfig(inputs.general, inputs.scope)).toEqual(toRoutingConfig(inputs.general.config))
    expect(decide(resolveScopeConfig(inputs.general, inputs.scope), sundayNight, 0).responder).toBe('closed')
    // …and the own configuration is still there for when it switches back.
    expect(inputs.scope.config).toEqual(alwaysOpen)
  })

  it('§6 a save bumps the version and appends one audit entry with before/after of the changed fields', async () => {
    const { orgId, actor } = await setup()
    const dep = await newDepartment(t.db, orgId, 'Facturación')
    const before = await getScopeSettings(t.db, orgId, dep)
    if (!before) throw new Error('missing')
    const config: ScopeConfiguration = {
      ...before.config,
      business: {
        ...before.config.business,
        weekly: { ...before.config.business.weekly, tue: [{ start: '10:00', end: '16:00' }] },
      },
      outOfHoursMessage: 'Nuevo mensaje',
    }
    const result = await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 1, usesGeneral: false, config },
      actor,
    )
    expect(result).toMatchObject({ ok: true, version: 2 })

    const entries = await listAuditEntries(t.db, orgId, dep, 10)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      actorUserId: actor.userId,
      actorName: 'Admin Uno',
      departmentId: dep,
      scopeName: 'Facturación',
      action: 'settings.update',
      newVersion: 2,
      changes: {
        usesGeneral: { before: true, after: false },
        'business.weekly.tue': {
          before: [{ start: '09:00', end: '18:00' }],
          after: [{ start: '10:00', end: '16:00' }],
        },
        outOfHoursMessage: { before: before.config.outOfHoursMessage, after: 'Nuevo mensaje' },
      },
    })
    expect(Object.keys(entries[0]?.changes ?? {}).sort()).toEqual([
      'business.weekly.tue',
      'outOfHoursMessage',
      'usesGeneral',
    ])

    // Newest first; General's history is separate.
    await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 2, usesGeneral: false, config: { ...config, priority: 'agents' } },
      actor,
    )
    expect((await listAuditEntries(t.db, orgId, dep, 10)).map((entry) => entry.newVersion)).toEqual([3, 2])
    expect(await listAuditEntries(t.db, orgId, null, 10)).toEqual([])
  })

  it('§6 conflict: a stale version yields a conflict, changes nothing and writes no audit entry', async () => {
    const { orgId, actor } = await setup()
    const dep = await newDepartment(t.db, orgId)
    const first = await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 1, usesGeneral: false, config: complexConfig },
      actor,
    )
    expect(first).toMatchObject({ ok: true, version: 2 })
    const saved = await getScopeSettings(t.db, orgId, dep)
    const audits = await auditCount(orgId)

    const stale = await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 1, usesGeneral: true, config: defaultGeneralConfig('UTC') },
      actor,
    )
    expect(stale).toEqual({ ok: false, reason: 'conflict' })
    expect(await getScopeSettings(t.db, orgId, dep)).toEqual(saved)
    expect(await auditCount(orgId)).toBe(audits)
  })

  it('§6 conflict: two concurrent saves from the same version — exactly one wins, the other changes nothing', async () => {
    const { orgId, actor } = await setup()
    const dep = await newDepartment(t.db, orgId)
    const a = { ...complexConfig, outOfHoursMessage: 'A' }
    const b = { ...defaultGeneralConfig('Asia/Tokyo'), outOfHoursMessage: 'B' }
    const results = await Promise.all([
      saveScopeSettings(t.db, orgId, dep, { expectedVersion: 1, usesGeneral: false, config: a }, actor),
      saveScopeSettings(t.db, orgId, dep, { expectedVersion: 1, usesGeneral: false, config: b }, actor),
    ])
    expect(results.filter((result) => result.ok).map((result) => result.ok && result.version)).toEqual([2])
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'conflict' }])
    const winner = results[0]?.ok ? a : b
    const read = await getScopeSettings(t.db, orgId, dep)
    expect(read?.config.outOfHoursMessage).toBe(winner.outOfHoursMessage)
    expect(read?.config.business.timeZone).toBe(winner.business.timeZone)
    expect(await listAuditEntries(t.db, orgId, dep, 10)).toHaveLength(1)
  })

  it('§6 atomic: a failure after the old ranges were deleted leaves the previous configuration intact', async () => {
    const { orgId, actor } = await setup()
    const dep = await newDepartment(t.db, orgId)
    await saveScopeSettings(
      t.db,
      orgId,
      dep,
      { expectedVersion: 1, usesGeneral: false, config: complexConfig },
      actor,
    )
    const saved = await getScopeSettings(t.db, orgId, dep)
    const audits = await auditCount(orgId)

    // Valid weekly ranges and overrides (written first), then rows the database must reject.
    const garbage: ScopeConfiguration[] = [
      // an override range at 25:00 (check constraint), inserted after the weekly ranges
      {
        ...defaultGeneralConfig('UTC'),
        business: {
          ...defaultGeneralConfig('UTC').business,
          overrides: [{ date: '2028-01-01', ranges: [{ start: '25:00', end: '26:00' }] }],
        },
      },
      // the same date twice (unique constraint)
      {
        ...defaultGeneralConfig('UTC'),
        business: {
          ...defaultGeneralConfig('UTC').business,
          overrides: [
            { date: '2028-01-01', ranges: [] },
            { date: '2028-01-01', ranges: [] },
          ],
        },
      },
      // a blank assistant name: the very last insert of the save (check constraint)
      { ...defaultGeneralConfig('UTC'), assistant: { name: '   ', active: true, schedule: null } },
    ]
    for (const config of garbage) {
      const code = await pgErrorCodeOf(() =>
        saveScopeSettings(t.db, orgId, dep, { expectedVersion: 2, usesGeneral: false, config }, actor),
      )
      expect(['23514', '23505']).toContain(code)
      expect(await getScopeSettings(t.db, orgId, dep)).toEqual(saved)
      expect(await auditCount(orgId)).toBe(audits)
    }
    // …and the scope still saves normally afterwards.
    expect(
      await saveScopeSettings(
        t.db,
        orgId,
        dep,
        { expectedVersion: 2, usesGeneral: false, config: defaultGeneralConfig('UTC') },
        actor,
      ),
    ).toMatchObject({ ok: true, version: 3 })
  })

  it('§6 not_found: unknown department, or one of another organization (which stays untouched)', async () => {
    const { orgId, actor } = await setup()
    const other = await setup()
    const theirs = await newDepartment(t.db, other.orgId)
    const theirsBefore = await getScopeSettings(t.db, other.orgId, theirs)
    const input = { expectedVersion: 1, usesGeneral: false, config: complexConfig }
    expect(await saveScopeSettings(t.db, orgId, 'no-such-department', input, actor)).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(await saveScopeSettings(t.db, orgId, theirs, input, actor)).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect(await getScopeSettings(t.db, other.orgId, theirs)).toEqual(theirsBefore)
    expect(await getScopeSettings(t.db, orgId, theirs)).toBeNull()
  })

  it('§3 General never uses General', async () => {
    const { orgId, actor } = await setup()
    const result = await saveScopeSettings(
      t.db,
      orgId,
      null,
      { expectedVersion: 1, usesGeneral: true, config: complexConfig },
      actor,
    )
    expect(result).toMatchObject({ ok: true, version: 2 })
    expect((await getScopeSettings(t.db, orgId, null))?.usesGeneral).toBe(false)
    const code = await pgErrorCodeOf(() =>
      t.db
        .update(scopeSettings)
        .set({ usesGeneral: true })
        .where(and(eq(scopeSettings.organizationId, orgId), sql`${scopeSettings.departmentId} is null`)),
    )
    expect(code).toBe('23514')
  })

  it('§4 the database rejects malformed schedule rows and settings even without the app validation', async () => {
    const { orgId } = await setup()
    const general = await getScopeSettings(t.db, orgId, null)
    if (!general) throw new Error('no General')
    const [scope] = await t.db
      .select({ id: scopeSettings.id })
      .from(scopeSettings)
      .where(and(eq(scopeSettings.organizationId, orgId), sql`${scopeSettings.departmentId} is null`))
    const scopeId = scope?.id ?? ''
    const range = {
      organizationId: orgId,
      scopeSettingsId: scopeId,
      kind: 'business' as const,
      weekday: 6,
      position: 9,
      startMinute: 60,
      endMinute: 120,
    }
    const bad: [string, () => Promise<unknown>][] = [
      ['weekday 7', () => t.db.insert(scheduleRange).values({ ...range, weekday: 7 })],
      ['start = end', () => t.db.insert(scheduleRange).values({ ...range, endMinute: 60 })],
      ['end after 24:00', () => t.db.insert(scheduleRange).values({ ...range, endMinute: 1441 })],
      ['start at 24:00', () => t.db.insert(scheduleRange).values({ ...range, startMinute: 1440 })],
      ['unknown kind', () => t.db.insert(scheduleRange).values({ ...range, kind: 'lunch' as 'business' })],
      [
        'unknown priority',
        () =>
          t.db
            .update(scopeSettings)
            .set({ priority: 'robots' as 'agents' })
            .where(eq(scopeSettings.id, scopeId)),
      ],
      [
        'message over 1000',
        () =>
          t.db
            .update(scopeSettings)
            .set({ outOfHoursMessage: 'x'.repeat(1001) })
            .where(eq(scopeSettings.id, scopeId)),
      ],
      [
        'version 0',
        () => t.db.update(scopeSettings).set({ version: 0 }).where(eq(scopeSettings.id, scopeId)),
      ],
    ]
    for (const [label, run] of bad) expect([label, await pgErrorCodeOf(run)]).toEqual([label, '23514'])
    // A second General for the same organization (partial unique index).
    expect(
      await pgErrorCodeOf(() =>
        t.db
          .insert(scopeSettings)
          .values({ organizationId: orgId, departmentId: null, usesGeneral: false, timeZone: 'UTC' }),
      ),
    ).toBe('23505')
    // An override range needs its override; a valid one is accepted.
    const overrideId = uniqueId('ovr')
    await t.db.insert(scheduleOverride).values({
      id: overrideId,
      organizationId: orgId,
      scopeSettingsId: scopeId,
      kind: 'business',
      date: '2030-01-01',
    })
    await t.db
      .insert(scheduleOverrideRange)
      .values({ organizationId: orgId, overrideId, position: 0, startMinute: 1380, endMinute: 60 })
    expect(
      await pgErrorCodeOf(() =>
        t.db.insert(scheduleOverrideRange).values({
          organizationId: orgId,
          overrideId: 'missing',
          position: 0,
          startMinute: 0,
          endMinute: 60,
        }),
      ),
    ).toBe('23503')
  })

  it('§6 the audit log is append-only (UPDATE/DELETE rejected), but goes away with its organization', async () => {
    const { orgId, actor } = await setup()
    await saveScopeSettings(
      t.db,
      orgId,
      null,
      { expectedVersion: 1, usesGeneral: false, config: complexConfig },
      actor,
    )
    expect(await auditCount(orgId)).toBe(1)
    expect(
      await pgErrorCodeOf(() =>
        t.db.update(auditLog).set({ actorName: 'x' }).where(eq(auditLog.organizationId, orgId)),
      ),
    ).toBe('42501')
    expect(await pgErrorCodeOf(() => t.db.delete(auditLog).where(eq(auditLog.organizationId, orgId)))).toBe(
      '42501',
    )
    expect(await auditCount(orgId)).toBe(1)
    await t.db.execute(sql`delete from "organization" where id = ${orgId}`)
    expect(await auditCount(orgId)).toBe(0)
  })

  it('§3 department names are unique ignoring case, accents and spacing, on create, rename and in a race', async () => {
    const { orgId } = await setup()
    const ventas = await newDepartment(t.db, orgId, 'Ventas')
    const atencion = await newDepartment(t.db, orgId, 'Atención al cliente')
    for (const name of ['ventas', 'VENTAS', ' Véntas ']) {
      expect(await createDepartment(t.db, orgId, name)).toEqual({
        ok: false,
        reason: 'duplicate_name',
        existingName: 'Ventas',
      })
    }
    expect(await createDepartment(t.db, orgId, 'atencion  al Cliente')).toMatchObject({
      reason: 'duplicate_name',
      existingName: 'Atención al cliente',
    })
    expect(await renameDepartment(t.db, orgId, atencion, 'VENTAS')).toEqual({
      ok: false,
      reason: 'duplicate_name',
      existingName: 'Ventas',
    })
    // A department may change the case or accents of its own name.
    expect(await renameDepartment(t.db, orgId, ventas, 'VENTAS')).toMatchObject({
      ok: true,
      department: { name: 'VENTAS' },
    })
    expect((await listDepartments(t.db, orgId)).map((d) => d.name)).toEqual(['VENTAS', 'Atención al cliente'])
    // Other organizations are independent.
    const other = await insertOrganization(t.db, { timeZone: 'UTC', country: 'CO' })
    expect((await createDepartment(t.db, other, 'ventas')).ok).toBe(true)

    // The database itself refuses a second name with the same key (no check-then-insert window).
    expect(
      await pgErrorCodeOf(() =>
        t.db.insert(department).values({ organizationId: orgId, name: 'Ventas', nameKey: 'ventas' }),
      ),
    ).toBe('23505')
    // Two concurrent creations of "Soporte" and "soporte": exactly one department.
    const results = await Promise.all([
      createDepartment(t.db, orgId, 'Soporte'),
      createDepartment(t.db, orgId, 'soporte'),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ reason: 'duplicate_name' })
    expect((await listDepartments(t.db, orgId)).filter((d) => /^soporte$/i.test(d.name))).toHaveLength(1)
  })

  it('§3 rename and delete a department (its scope, schedules and agent links go with it)', async () => {
    const { orgId, actor } = await setup()
    const a = await newDepartment(t.db, orgId, 'Alfa')
    await newDepartment(t.db, orgId, 'Beta')
    expect(await renameDepartment(t.db, orgId, a, 'Beta')).toEqual({
      ok: false,
      reason: 'duplicate_name',
      existingName: 'Beta',
    })
    expect(await renameDepartment(t.db, orgId, a, '  Gamma ', actor)).toMatchObject({
      ok: true,
      department: { id: a, name: 'Gamma' },
    })
    expect(await renameDepartment(t.db, orgId, 'missing', 'Delta')).toEqual({
      ok: false,
      reason: 'not_found',
    })
    expect((await getScopeSettings(t.db, orgId, a))?.name).toBe('Gamma')
    const agent = await createAgent(t.db, orgId, { name: 'Ana', departmentIds: [a] })
    expect(agent.ok).toBe(true)

    expect(await deleteDepartment(t.db, orgId, a, actor)).toBe(true)
    expect(await deleteDepartment(t.db, orgId, a, actor)).toBe(false)
    expect(await getScopeSettings(t.db, orgId, a)).toBeNull()
    expect((await listScopes(t.db, orgId)).map((scope) => scope.name)).toEqual(['General', 'Beta'])
    // The history keeps the department's entries (name snapshot).
    expect(
      (await listAuditEntries(t.db, orgId, a, 10)).map((entry) => [entry.action, entry.scopeName]),
    ).toEqual([
      ['department.delete', 'Gamma'],
      ['department.rename', 'Gamma'],
    ])
  })

  it('§5 routing inputs: own + General settings and the online agents of the scope; all scopes at once', async () => {
    const { orgId, actor } = await setup()
    const ventas = await newDepartment(t.db, orgId, 'Ventas')
    const soporte = await newDepartment(t.db, orgId, 'Soporte')
    await saveScopeSettings(
      t.db,
      orgId,
      soporte,
      { expectedVersion: 1, usesGeneral: false, config: complexConfig },
      actor,
    )
    const agents = [
      { name: 'Uno', departmentIds: [ventas] },
      { name: 'Dos', departmentIds: [ventas, soporte] },
      { name: 'Tres', departmentIds: [soporte] },
      { name: 'Cuatro', departmentIds: [] },
    ]
    for (const input of agents) {
      const created = await createAgent(t.db, orgId, input)
      if (!created.ok) throw new Error(created.reason)
    }
    const { setAgentPresence, listAgents } = await import('./dal/agents')
    const byName = new Map((await listAgents(t.db, orgId)).map((agent) => [agent.name, agent.id]))
    for (const name of ['Uno', 'Dos', 'Cuatro'])
      await setAgentPresence(t.db, orgId, byName.get(name) ?? '', 'online')
    await setAgentPresence(t.db, orgId, byName.get('Tres') ?? '', 'away')

    const forVentas = await getRoutingInputs(t.db, orgId, ventas)
    expect(forVentas?.scope).toMatchObject({ departmentId: ventas, usesGeneral: true })
    expect(forVentas?.general).toMatchObject({ departmentId: null })
    expect(forVentas?.agentsOnline).toBe(2)
    expect((await getRoutingInputs(t.db, orgId, soporte))?.agentsOnline).toBe(1)
    expect((await getRoutingInputs(t.db, orgId, null))?.agentsOnline).toBe(3)
    expect(await getRoutingInputs(t.db, orgId, 'missing')).toBeNull()

    const all = await getAllRoutingInputs(t.db, orgId)
    expect(all.map((inputs) => [inputs.scope.name, inputs.agentsOnline])).toEqual([
      ['General', 3],
      ['Ventas', 2],
      ['Soporte', 1],
    ])
    expect(all[2]?.scope.config).toEqual(complexExpected)
    expect(await getAllScopeSettings(t.db, orgId)).toEqual(all.map((inputs) => inputs.scope))
  })
})

describe.each(testDrivers)('no N+1 for the Horarios page and the preview (%s)', (driver) => {
  const t = useTestDatabase(driver)

  it('§6 listScopes / getAllScopeSettings / getAllRoutingInputs run the same number of queries for 2 or 50 departments', async () => {
    const orgId = await insertOrganization(t.db)
    const userId = await insertUser(t.db, { organizationId: orgId })
    const actor = { userId, name: 'Admin' }
    // General with holidays and an assistant with its own hours: every department copies it.
    await saveScopeSettings(
      t.db,
      orgId,
      null,
      { expectedVersion: 1, usesGeneral: false, config: complexConfig },
      actor,
    )

    const cost = async () => {
      const counts: number[] = []
      for (const read of [listScopes, getAllScopeSettings, getAllRoutingInputs]) {
        const before = t.queries()
        await read(t.db, orgId)
        counts.push(t.queries() - before)
      }
      return counts
    }
    for (let i = 0; i < 2; i++) await createDepartment(t.db, orgId, `Equipo ${i}`)
    const small = await cost()
    for (let i = 2; i < 50; i++) await createDepartment(t.db, orgId, `Equipo ${i}`)
    const large = await cost()
    expect(large).toEqual(small)
    expect(small.every((count) => count <= 8)).toBe(true)
    const all = await getAllScopeSettings(t.db, orgId)
    expect(all).toHaveLength(51)
    expect(all[50]?.config).toEqual(complexExpected)
  })
})

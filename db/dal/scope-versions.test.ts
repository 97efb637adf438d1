// Version snapshots (issue 16 item 1, docs/behaviour.md §6 › Versions) on PGlite and, with TEST_DATABASE_URL,
// PostgreSQL: every save stores the complete configuration it leaves, in its own transaction; a restore is a save
// that brings one back; snapshots never change and are never visible from another organization.
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ScopeConfiguration } from '@/lib/settings/types'
import { restoreChanges } from '@/lib/settings/restore'
import { insertOrganization, insertUser, pgErrorCodeOf, testDrivers, useTestDatabase } from '@/test/db'
import type { Db } from '../connection'
import { DEMO_ORGANIZATIONS, seedDemo } from '../seed'
import { scopeVersion } from '../schema'
import { listAuditEntries } from './audit'
import { createDepartment, deleteDepartment } from './departments'
import { getScopeVersion } from './scope-versions'
import { getSaveSummary } from './webhook-routing-state'
import { getScopeSettings, saveScopeSettings } from './scopes'

/** A configuration touching every part a snapshot must keep: hours, special dates, messages, assistant, priority. */
function edited(base: ScopeConfiguration, marker: string): ScopeConfiguration {
  const config = structuredClone(base)
  config.business.weekly.sat = [{ start: '09:00', end: '13:00' }]
  config.business.weekly.fri = [{ start: '22:00', end: '02:00' }]
  config.business.overrides = [
    { date: '2027-12-25', ranges: [], label: `Navidad ${marker}` },
    { date: '2027-01-01', ranges: [{ start: '10:00', end: '14:00' }] },
  ]
  config.outOfHoursMessage = `Cerrado (${marker}). Volvemos {proxima_apertura}.`
  config.outOfHoursTranslations = { en: `Closed (${marker}).` }
  config.priority = 'agents'
  config.assistant = {
    name: `Aurora ${marker}`,
    active: true,
    followsBusinessOverrides: true,
    schedule: {
      timeZone: base.business.timeZone,
      weekly: { ...base.business.weekly, sun: [{ start: '23:00', end: '07:00' }] },
      overrides: [{ date: '2027-01-01', ranges: [] }],
    },
  }
  return config
}

describe.each(testDrivers)('version snapshots (%s)', (driver) => {
  const t = useTestDatabase(driver)

  async function setup(db: Db = t.db) {
    const organizationId = await insertOrganization(db, { timeZone: 'America/Bogota', country: 'CO' })
    const userId = await insertUser(db, { organizationId, name: 'Valentina' })
    const general = await getScopeSettings(db, organizationId, null)
    if (!general) throw new Error('General missing')
    return { organizationId, actor: { userId, name: 'Valentina' }, general }
  }

  async function save(
    organizationId: string,
    departmentId: string | null,
    input: Parameters<typeof saveScopeSettings>[3],
    actor: { userId: string; name: string },
  ) {
    const result = await saveScopeSettings(t.db, organizationId, departmentId, input, actor)
    if (!result.ok) throw new Error(`save: ${result.reason}`)
    return result
  }

  it('every save stores the configuration it leaves as its version; versions saved before have none', async () => {
    const { organizationId, actor, general } = await setup()
    expect(await getScopeVersion(t.db, organizationId, null, general.version)).toBeNull()

    const saved = await save(
      organizationId,
      null,
      { expectedVersion: general.version, usesGeneral: false, config: edited(general.config, 'v2') },
      actor,
    )
    const stored = await getScopeSettings(t.db, organizationId, null)
    const snapshot = await getScopeVersion(t.db, organizationId, null, saved.version)
    expect(snapshot).toMatchObject({
      departmentId: null,
      version: saved.version,
      usesGeneral: false,
      hasOwnConfig: true,
      restoredFrom: null,
      savedByName: 'Valentina',
    })
    expect(snapshot?.config).toEqual(stored?.config)
    // Read back from jsonb (keys in PostgreSQL's order), the current version still has nothing to restore.
    expect(restoreChanges(stored!, snapshot!)).toEqual({})
    expect(snapshot?.savedAt.getTime()).toBe(stored?.updatedAt.getTime())

    const history = await listAuditEntries(t.db, organizationId, null, 10)
    expect(history.map((e) => [e.newVersion, e.hasSnapshot, e.restoredVersion])).toEqual([
      [saved.version, true, null],
    ])
  })

  it('a restore is a save: a new version equal to the old one, audited as a restore, undoable', async () => {
    const { organizationId, actor, general } = await setup()
    const v2 = await save(
      organizationId,
      null,
      { expectedVersion: general.version, usesGeneral: false, config: edited(general.config, 'v2') },
      actor,
    )
    const atV2 = await getScopeSettings(t.db, organizationId, null)
    const v3 = await save(
      organizationId,
      null,
      { expectedVersion: v2.version, usesGeneral: false, config: general.config },
      actor,
    )
    const atV3 = await getScopeSettings(t.db, organizationId, null)

    const old = await getScopeVersion(t.db, organizationId, null, v2.version)
    if (!old) throw new Error('v2 snapshot missing')
    const v4 = await save(
      organizationId,
      null,
      {
        expectedVersion: v3.version,
        usesGeneral: old.usesGeneral,
        config: old.config,
        restoredFrom: v2.version,
      },
      actor,
    )
    expect(v4.version).toBe(v3.version + 1)
    expect((await getScopeSettings(t.db, organizationId, null))?.config).toEqual(atV2?.config)
    expect(await getScopeVersion(t.db, organizationId, null, v4.version)).toMatchObject({
      restoredFrom: v2.version,
      config: atV2?.config,
    })
    const [entry] = await listAuditEntries(t.db, organizationId, null, 1)
    expect(entry).toMatchObject({ action: 'settings.restore', newVersion: v4.version, restoredVersion: 2 })
    expect(Object.keys(entry?.changes ?? {})).toContain('business.weekly.sat')
    // Webhooks' settings.updated reads a restore's audit entry like any save's (docs/behaviour.md §9).
    expect(await getSaveSummary(t.db, organizationId, null, v4.version)).toMatchObject({
      scopeName: 'General',
      actor: { name: 'Valentina' },
      changedFields: expect.arrayContaining(['business.weekly.sat', 'outOfHoursMessage']),
    })

    // Undo: restoring the version before the restore brings v3 back as v5.
    const before = await getScopeVersion(t.db, organizationId, null, v3.version)
    await save(
      organizationId,
      null,
      {
        expectedVersion: v4.version,
        usesGeneral: false,
        config: before!.config,
        restoredFrom: v3.version,
      },
      actor,
    )
    expect(await getScopeSettings(t.db, organizationId, null)).toMatchObject({
      version: v3.version + 2,
      config: atV3?.config,
    })
  })

  it('a restore with a stale expected version is the usual conflict and writes nothing', async () => {
    const { organizationId, actor, general } = await setup()
    const v2 = await save(
      organizationId,
      null,
      { expectedVersion: general.version, usesGeneral: false, config: edited(general.config, 'v2') },
      actor,
    )
    // Someone else saves while the admin looks at version 2 (the current version they saw is v2).
    await save(
      organizationId,
      null,
      { expectedVersion: v2.version, usesGeneral: false, config: edited(general.config, 'other') },
      actor,
    )
    const current = await getScopeSettings(t.db, organizationId, null)
    const rows = async () =>
      (await t.db.select().from(scopeVersion).where(eq(scopeVersion.organizationId, organizationId))).length
    const countBefore = await rows()
    const old = await getScopeVersion(t.db, organizationId, null, general.version + 1)
    const result = await saveScopeSettings(
      t.db,
      organizationId,
      null,
      { expectedVersion: v2.version, usesGeneral: false, config: old!.config, restoredFrom: v2.version },
      actor,
    )
    expect(result).toEqual({ ok: false, reason: 'conflict' })
    expect(await getScopeSettings(t.db, organizationId, null)).toEqual(current)
    expect(await rows()).toBe(countBefore)
    expect((await listAuditEntries(t.db, organizationId, null, 10)).map((e) => e.action)).not.toContain(
      'settings.restore',
    )
  })

  it('a department: its own configuration, then "uses General" with the own one kept (§3)', async () => {
    const { organizationId, actor, general } = await setup()
    const created = await createDepartment(t.db, organizationId, 'Ventas')
    if (!created.ok) throw new Error(created.reason)
    const departmentId = created.department.id
    const own = edited(general.config, 'ventas')
    const v2 = await save(
      organizationId,
      departmentId,
      { expectedVersion: 1, usesGeneral: false, config: own },
      actor,
    )
    const v3 = await save(
      organizationId,
      departmentId,
      { expectedVersion: v2.version, usesGeneral: true, config: general.config },
      actor,
    )
    const ownSnapshot = await getScopeVersion(t.db, organizationId, departmentId, v2.version)
    const inheriting = await getScopeVersion(t.db, organizationId, departmentId, v3.version)
    expect(ownSnapshot).toMatchObject({ departmentId, usesGeneral: false, hasOwnConfig: true })
    expect(inheriting).toMatchObject({ departmentId, usesGeneral: true, hasOwnConfig: true })
    expect(inheriting?.config).toEqual(ownSnapshot?.config)
    // General's versions are another scope's: version 2 of General is not the department's.
    expect(await getScopeVersion(t.db, organizationId, null, v2.version)).toBeNull()

    // Deleting the department takes its versions with it.
    await deleteDepartment(t.db, organizationId, departmentId)
    const [left] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(scopeVersion)
      .where(eq(scopeVersion.departmentId, departmentId))
    expect(left?.n).toBe(0)
  })

  it('a snapshot never changes once written', async () => {
    const { organizationId, actor, general } = await setup()
    await save(
      organizationId,
      null,
      { expectedVersion: general.version, usesGeneral: false, config: edited(general.config, 'v2') },
      actor,
    )
    const code = await pgErrorCodeOf(() =>
      t.db
        .update(scopeVersion)
        .set({ savedByName: 'Otra persona' })
        .where(eq(scopeVersion.organizationId, organizationId)),
    )
    expect(code).toBe('42501')
  })

  it("another organization's versions are never visible, by scope or by version number", async () => {
    const a = await setup()
    const b = await setup()
    const created = await createDepartment(t.db, a.organizationId, 'Soporte')
    if (!created.ok) throw new Error(created.reason)
    const aDepartment = created.department.id
    const aGeneral = await save(
      a.organizationId,
      null,
      { expectedVersion: a.general.version, usesGeneral: false, config: edited(a.general.config, 'A') },
      a.actor,
    )
    const aOwn = await save(
      a.organizationId,
      aDepartment,
      { expectedVersion: 1, usesGeneral: false, config: edited(a.general.config, 'A-dep') },
      a.actor,
    )

    // B guesses A's version numbers on its own General and A's department id: nothing.
    for (const version of [1, aGeneral.version, aOwn.version, aGeneral.version + 1])
      expect(await getScopeVersion(t.db, b.organizationId, null, version)).toBeNull()
    expect(await getScopeVersion(t.db, b.organizationId, aDepartment, aOwn.version)).toBeNull()
    expect(await listAuditEntries(t.db, b.organizationId, aDepartment, 10)).toEqual([])

    // B's own save makes B's version 2: B sees its own, A still sees A's.
    const bGeneral = await save(
      b.organizationId,
      null,
      { expectedVersion: b.general.version, usesGeneral: false, config: edited(b.general.config, 'B') },
      b.actor,
    )
    expect(bGeneral.version).toBe(aGeneral.version)
    const seenByB = await getScopeVersion(t.db, b.organizationId, null, bGeneral.version)
    const seenByA = await getScopeVersion(t.db, a.organizationId, null, aGeneral.version)
    expect(seenByB?.config.outOfHoursMessage).toContain('(B)')
    expect(seenByA?.config.outOfHoursMessage).toContain('(A)')
    // A restore through another organization's department id finds nothing to save.
    expect(
      await saveScopeSettings(
        t.db,
        b.organizationId,
        aDepartment,
        { expectedVersion: aOwn.version, usesGeneral: false, config: seenByA!.config, restoredFrom: 2 },
        b.actor,
      ),
    ).toEqual({ ok: false, reason: 'not_found' })
  })

  it("the demo seed's history: General's earlier saves, each with its snapshot, the last one today's", async () => {
    const now = new Date('2026-11-26T15:00:00Z')
    await seedDemo(t.db, { now, history: true })
    const aurora = DEMO_ORGANIZATIONS.aurora.id
    const general = await getScopeSettings(t.db, aurora, null)
    const history = await listAuditEntries(t.db, aurora, null, 10)
    expect(history.map((e) => [e.newVersion, e.hasSnapshot, e.actorName])).toEqual([
      [3, true, 'Valentina Ríos'],
      [2, true, 'Valentina Ríos'],
    ])
    expect(general?.version).toBe(3)
    expect(history[0]?.at.getTime()).toBe(now.getTime())
    expect((await getScopeVersion(t.db, aurora, null, 3))?.config).toEqual(general?.config)
    const v2 = await getScopeVersion(t.db, aurora, null, 2)
    expect(v2?.config.business.weekly.sat).toEqual([{ start: '09:00', end: '13:00' }])
    expect(v2?.config.outOfHoursMessage).not.toEqual(general?.config.outOfHoursMessage)
    expect(Object.keys(history[1]?.changes ?? {})).toEqual(
      expect.arrayContaining(['business.weekly.mon', 'business.weekly.sat']),
    )
  })
})

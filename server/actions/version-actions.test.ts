// restoreVersionAction (issue 16 item 1, docs/behaviour.md §6 › Versions, §7) as a signed-in member, on PGlite and,
// with TEST_DATABASE_URL, PostgreSQL: a restore makes a new version equal to the old one; a save made meanwhile
// gets the usual conflict; another organization's versions are never found; staff cannot restore.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { tableSnapshot, testDrivers, useTestDatabase } from '@/test/db'
import { DEMO, seedDemoData, signInAs, useDatabase } from '@/test/action-harness'
import { getScopeSettings } from '@/db/dal/scopes'
import { listAuditEntries } from '@/db/dal/audit'
import { DEMO_DEPARTMENTS } from '@/db/seed'
import { toFormValues } from '@/lib/settings/scope-settings-values'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { saveScheduleAction } = await import('./schedule-actions')
const { restoreVersionAction } = await import('./version-actions')

const { ventas, facturacion } = DEMO_DEPARTMENTS
const TABLES = [
  'scope_settings',
  'schedule_range',
  'schedule_override',
  'assistant',
  'audit_log',
  'scope_version',
]

describe.each(testDrivers)('§6 restoring a version (%s)', (driver) => {
  const t = useTestDatabase(driver)
  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
  })

  async function current(departmentId: string | null, organizationId: string = DEMO.auroraId) {
    const scope = await getScopeSettings(t.db, organizationId, departmentId)
    if (!scope) throw new Error('scope missing')
    return scope
  }

  /** Saves the scope through the editor's action with `edit` applied to its current values. */
  async function saveEdited(
    departmentId: string | null,
    edit: (values: ReturnType<typeof toFormValues>) => void,
  ): Promise<number> {
    const scope = await current(departmentId)
    const values = toFormValues(scope.usesGeneral, scope.config)
    edit(values)
    const result = await saveScheduleAction({ departmentId, expectedVersion: scope.version }, values)
    if (!result.ok) throw new Error(`save: ${result.error}`)
    return result.data.version
  }

  it('restore makes a new version equal to the old one, audited as "restored version N", and can be undone', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const v2 = await saveEdited(ventas.id, (values) => {
      values.config.business.weekly.sat = [{ start: '10:00', end: '12:00' }]
      values.config.outOfHoursMessage = 'Versión dos: volvemos {proxima_apertura}.'
    })
    const atV2 = await current(ventas.id)
    const v3 = await saveEdited(ventas.id, (values) => {
      values.config.business.weekly.sat = []
      values.config.business.overrides = []
      values.config.outOfHoursMessage = 'Versión tres.'
      values.config.priority = 'assistant'
    })
    const atV3 = await current(ventas.id)
    expect(atV3.config).not.toEqual(atV2.config)

    const restored = await restoreVersionAction({ departmentId: ventas.id, version: v2, expectedVersion: v3 })
    expect(restored).toEqual({ ok: true, data: { version: v3 + 1, restoredFrom: v2 } })
    const after = await current(ventas.id)
    expect(after.version).toBe(v3 + 1)
    expect(after.config).toEqual(atV2.config)
    expect(after.usesGeneral).toBe(atV2.usesGeneral)
    const [entry] = await listAuditEntries(t.db, DEMO.auroraId, ventas.id, 1)
    expect(entry).toMatchObject({
      action: 'settings.restore',
      newVersion: v3 + 1,
      restoredVersion: v2,
      hasSnapshot: true,
    })
    expect(entry?.changes).toMatchObject({
      outOfHoursMessage: { before: 'Versión tres.', after: 'Versión dos: volvemos {proxima_apertura}.' },
    })

    // Nothing is lost: restoring v3 undoes the restore.
    const undone = await restoreVersionAction({
      departmentId: ventas.id,
      version: v3,
      expectedVersion: v3 + 1,
    })
    expect(undone).toEqual({ ok: true, data: { version: v3 + 2, restoredFrom: v3 } })
    expect((await current(ventas.id)).config).toEqual(atV3.config)
  })

  it('a restore after a concurrent save gets the usual conflict and changes nothing', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const v2 = await saveEdited(null, (values) => {
      values.config.outOfHoursMessage = 'General, versión a restaurar.'
    })
    // The admin opens version v2 while it is current (expectedVersion v2); someone else saves meanwhile.
    await saveEdited(null, (values) => {
      values.config.outOfHoursMessage = 'Guardado por otra persona.'
    })
    const before = await tableSnapshot(t.db, TABLES)
    const result = await restoreVersionAction({ departmentId: null, version: v2, expectedVersion: v2 })
    expect(result).toEqual({ ok: false, error: 'conflict' })
    expect(await tableSnapshot(t.db, TABLES)).toBe(before)
    expect((await current(null)).config.outOfHoursMessage).toBe('Guardado por otra persona.')
  })

  it('a department\'s "uses General" version restores inheritance and keeps its own configuration (§3)', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const inheriting = await current(facturacion.id)
    expect(inheriting.usesGeneral).toBe(true)
    const own = await saveEdited(facturacion.id, (values) => {
      values.usesGeneral = false
      values.config.outOfHoursMessage = 'Facturación propia.'
    })
    const switched = await saveEdited(facturacion.id, (values) => {
      values.usesGeneral = true
    })
    const ownAgain = await restoreVersionAction({
      departmentId: facturacion.id,
      version: own,
      expectedVersion: switched,
    })
    expect(ownAgain.ok).toBe(true)
    expect(await current(facturacion.id)).toMatchObject({ usesGeneral: false, hasOwnConfig: true })

    const back = await restoreVersionAction({
      departmentId: facturacion.id,
      version: switched,
      expectedVersion: switched + 1,
    })
    expect(back).toEqual({ ok: true, data: { version: switched + 2, restoredFrom: switched } })
    const after = await current(facturacion.id)
    expect(after.usesGeneral).toBe(true)
    expect(after.config.outOfHoursMessage).toBe('Facturación propia.')
  })

  it("another organization's versions are never found: not by scope id, not by guessing a version number", async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const auroraVersion = await saveEdited(ventas.id, (values) => {
      values.config.outOfHoursMessage = 'Solo de Aurora.'
    })
    const montanaGeneral = await current(null, DEMO.montanaId)

    await signInAs(DEMO.otherAdmin.email, DEMO.otherAdmin.password)
    const before = await tableSnapshot(t.db, TABLES)
    const guesses = [
      { departmentId: ventas.id, version: auroraVersion, expectedVersion: auroraVersion },
      { departmentId: ventas.id, version: 2, expectedVersion: 1 },
      // Aurora's General has versions 2, 3…; Montaña's General has none of its own yet.
      { departmentId: null, version: 2, expectedVersion: montanaGeneral.version },
      { departmentId: null, version: 3, expectedVersion: montanaGeneral.version },
    ]
    for (const guess of guesses) {
      expect({ guess, result: await restoreVersionAction(guess) }).toEqual({
        guess,
        result: { ok: false, error: 'not_found' },
      })
    }
    expect(await tableSnapshot(t.db, TABLES)).toBe(before)
  })

  it('staff cannot restore; a version saved before snapshots existed cannot be restored', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const v = await saveEdited(ventas.id, (values) => {
      values.config.outOfHoursMessage = 'Para el personal.'
    })
    await signInAs(DEMO.staff.email, DEMO.staff.password)
    const before = await tableSnapshot(t.db, TABLES)
    expect(await restoreVersionAction({ departmentId: ventas.id, version: v, expectedVersion: v })).toEqual({
      ok: false,
      error: 'forbidden',
    })

    // The seed's version 1 predates snapshots (written without a save).
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    expect(await restoreVersionAction({ departmentId: ventas.id, version: 1, expectedVersion: v })).toEqual({
      ok: false,
      error: 'not_found',
    })
    expect(await tableSnapshot(t.db, TABLES)).toBe(before)
  })
})

// The shared server-action plumbing (server/action-client.ts), through real actions, a real session and a real
// database: capped field errors (issue 12 item 9) and transient database failures (issue 12 item 10).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { sql } from 'drizzle-orm'
import { testDrivers, useTestDatabase } from '@/test/db'
import { DEMO, seedDemoData, signInAs, useDatabase } from '@/test/action-harness'
import { getScopeSettings } from '@/db/dal/scopes'
import { toFormValues } from '@/lib/settings/scope-settings-schema'
import { MAX_FIELD_ERRORS } from '@/server/actions/action-result'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { saveScheduleAction } = await import('./actions/schedule-actions')
const { createDepartmentAction } = await import('./actions/department-actions')

describe.each(testDrivers)('server actions: shared plumbing (%s)', (driver) => {
  const t = useTestDatabase(driver)

  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
    await signInAs(DEMO.admin.email, DEMO.admin.password)
  })

  async function general() {
    const settings = await getScopeSettings(t.db, DEMO.auroraId, null)
    if (!settings) throw new Error('General missing')
    return settings
  }

  it(`reports at most ${MAX_FIELD_ERRORS} field errors and how many more, for a huge invalid payload`, async () => {
    const before = await general()
    const values = toFormValues(before.usesGeneral, before.config)
    // ~700 KB: hundreds of special dates, each with an impossible date and ten broken ranges.
    const broken = Array.from({ length: 10 }, () => ({ start: '25:99', end: 'x'.repeat(40) }))
    const overrides = Array.from({ length: 400 }, (_, i) => ({
      date: `2026-13-${String(i).padStart(2, '0')}`,
      name: 'y'.repeat(100),
      closed: false,
      ranges: broken,
    }))
    values.config.business.overrides = overrides as never
    const payload = values
    expect(JSON.stringify(payload).length).toBeGreaterThan(300_000)

    const result = await saveScheduleAction({ departmentId: null, expectedVersion: before.version }, payload)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toBe('invalid')
    expect(Object.keys(result.fieldErrors ?? {}).length).toBeLessThanOrEqual(MAX_FIELD_ERRORS)
    expect(result.moreFieldErrors).toBeGreaterThan(1000)
    expect(JSON.stringify(result).length).toBeLessThan(20_000)
    expect(await general()).toEqual(before)
  })

  describe('a transient database failure during a save', () => {
    const uncaught = vi.fn()
    beforeAll(() => {
      process.on('uncaughtException', uncaught)
    })
    afterEach(async () => {
      await t.db.execute(sql.raw('drop trigger if exists horarios_test_fail on audit_log'))
      await t.db.execute(sql.raw('drop function if exists horarios_test_fail()'))
      process.off('uncaughtException', uncaught)
    })

    // PostgreSQL: the backend serving the save is terminated mid-transaction, as in a restart. PGlite has a single
    // in-process backend that cannot be killed, so it raises the same SQLSTATE (57P01 admin_shutdown) instead.
    const failure =
      driver === 'postgres'
        ? 'perform pg_terminate_backend(pg_backend_pid()); perform pg_sleep(1);'
        : "raise exception 'terminating connection due to administrator command' using errcode = '57P01';"

    it('answers "unavailable" (no se pudo guardar, inténtalo de nuevo), saves nothing, throws nothing', async () => {
      await t.db.execute(
        sql.raw(`create function horarios_test_fail() returns trigger language plpgsql as $$
          begin ${failure} return new; end $$`),
      )
      await t.db.execute(
        sql.raw(
          'create trigger horarios_test_fail before insert on audit_log for each row execute function horarios_test_fail()',
        ),
      )
      const before = await general()
      const changed = toFormValues(before.usesGeneral, before.config)
      changed.config.outOfHoursMessage = 'Volvemos pronto.'

      const saved = await saveScheduleAction({ departmentId: null, expectedVersion: before.version }, changed)
      expect(saved).toEqual({ ok: false, error: 'unavailable' })
      const created = await createDepartmentAction({ name: 'Durante el reinicio' })
      expect(created).toEqual({ ok: false, error: 'unavailable' })
      await new Promise((resolve) => setTimeout(resolve, 200))
      expect(uncaught).not.toHaveBeenCalled()
      expect(await general()).toEqual(before)

      // Once the database is back the same save goes through.
      await t.db.execute(sql.raw('drop trigger horarios_test_fail on audit_log'))
      const retried = await saveScheduleAction(
        { departmentId: null, expectedVersion: before.version },
        changed,
      )
      expect(retried.ok && retried.data.version).toBe(before.version + 1)
    })
  })
})

// saveScheduleAction / previewHolidaysAction / copySourceAction against the demo data (docs/behaviour.md §3, §4, §6, §7),
// run as a real signed-in member through test/action-harness (the session is better-auth's own cookie, like every
// action test); everything below it — schema, data-access layer, transaction — is real. PGlite and PostgreSQL.
import fc from 'fast-check'
import { count, eq } from 'drizzle-orm'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { getScopeSettings } from '@/db/dal/scopes'
import { auditLog } from '@/db/schema'
import { DEMO_DEPARTMENTS, DEMO_ORGANIZATIONS } from '@/db/seed'
import { toFormValues, type ScopeSettingsInput } from '@/lib/settings/scope-settings-schema'
import { DEMO, seedDemoData, signInAs, signOutLocally, useDatabase } from '@/test/action-harness'
import { testDrivers, useTestDatabase } from '@/test/db'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))
const revalidated = vi.hoisted(() => [] as string[])
vi.mock('next/cache', () => ({
  revalidatePath: (path: string) => revalidated.push(path),
  revalidateTag: () => undefined,
}))

const { copySourceAction, previewHolidaysAction, saveScheduleAction } = await import('./schedule-actions')

const AURORA: string = DEMO_ORGANIZATIONS.aurora.id
const MONTANA: string = DEMO_ORGANIZATIONS.montana.id
const { nocturno, facturacion, pedidos, ventas } = DEMO_DEPARTMENTS

describe.each(testDrivers)('schedule actions (%s)', (driver) => {
  const t = useTestDatabase(driver)
  const asAdmin = () => signInAs(DEMO.admin.email, DEMO.admin.password)
  const asStaff = () => signInAs(DEMO.staff.email, DEMO.staff.password)

  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db, new Date('2026-06-15T15:00:00Z'))
  })
  beforeEach(async () => {
    await asAdmin()
  })

  async function snapshot(departmentId: string | null, organizationId = AURORA) {
    const settings = await getScopeSettings(t.db, organizationId, departmentId)
    const [audits] = await t.db
      .select({ n: count() })
      .from(auditLog)
      .where(eq(auditLog.organizationId, organizationId))
    return JSON.stringify({ settings, audits: audits?.n })
  }

  async function current(departmentId: string | null) {
    const settings = await getScopeSettings(t.db, AURORA, departmentId)
    if (!settings) throw new Error('scope missing')
    return { settings, values: toFormValues(settings.usesGeneral, settings.config) }
  }

  it('§6 an admin saves a scope: new version, stored exactly, overnight range kept', async () => {
    const { settings, values } = await current(nocturno.id)
    values.config.business.weekly.mon = [{ start: '20:00', end: '02:00' }]
    values.config.outOfHoursMessage = '  Volvemos a las 20:00  '
    const result = await saveScheduleAction(
      { departmentId: nocturno.id, expectedVersion: settings.version },
      values,
    )
    const after = await getScopeSettings(t.db, AURORA, nocturno.id)
    // The answer is the scope exactly as it now reads back (the form resets to it without re-implementing the DB).
    expect(result).toEqual({
      ok: true,
      data: {
        version: settings.version + 1,
        updatedAt: after?.updatedAt.toISOString(),
        usesGeneral: false,
        config: after?.config,
      },
    })
    expect(after?.config.business.weekly.mon).toEqual([{ start: '20:00', end: '02:00' }])
    expect(after?.version).toBe(settings.version + 1)
    // The Horarios pages and the preview show the saved configuration on their next render.
    expect(revalidated).toEqual(expect.arrayContaining(['/settings/schedules', '/preview']))
  })

  it('§6 a stale version is a conflict and nothing is written', async () => {
    const { settings, values } = await current(nocturno.id)
    const before = await snapshot(nocturno.id)
    const revalidations = revalidated.length
    values.config.outOfHoursMessage = 'Otro mensaje'
    const result = await saveScheduleAction(
      { departmentId: nocturno.id, expectedVersion: settings.version - 1 },
      values,
    )
    expect(result).toEqual({ ok: false, error: 'conflict' })
    expect(await snapshot(nocturno.id)).toBe(before)
    expect(revalidated.length).toBe(revalidations)
  })

  it('§6 invalid fields come back keyed by their exact path and nothing is saved', async () => {
    const { settings, values } = await current(null)
    const before = await snapshot(null)
    values.config.business.weekly.tue = [
      { start: '08:00', end: '12:00' },
      { start: '11:00', end: '14:00' },
    ]
    values.config.business.weekly.wed = [{ start: '25:00', end: '12:00' }]
    values.config.outOfHoursMessage = '   '
    const result = await saveScheduleAction({ departmentId: null, expectedVersion: settings.version }, values)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toBe('invalid')
    expect(result.fieldErrors?.['config.business.weekly.tue.1.start']).toMatch(/superpone/)
    expect(result.fieldErrors?.['config.business.weekly.wed.0.start']).toMatch(/HH:MM/)
    expect(result.fieldErrors?.['config.outOfHoursMessage']).toMatch(/mensaje/i)
    expect(await snapshot(null)).toBe(before)
  })

  it('§7 staff and signed-out callers are refused and nothing changes', async () => {
    const { settings, values } = await current(ventas.id)
    const before = await snapshot(ventas.id)
    values.config.priority = 'assistant'
    await asStaff()
    expect(
      await saveScheduleAction({ departmentId: ventas.id, expectedVersion: settings.version }, values),
    ).toEqual({
      ok: false,
      error: 'forbidden',
    })
    signOutLocally()
    expect(
      await saveScheduleAction({ departmentId: ventas.id, expectedVersion: settings.version }, values),
    ).toEqual({
      ok: false,
      error: 'unauthenticated',
    })
    expect(await previewHolidaysAction('CO', 2026)).toEqual({ ok: false, error: 'unauthenticated' })
    expect(await snapshot(ventas.id)).toBe(before)
  })

  it('§7 smuggled organizationId / version fields are rejected and change nothing', async () => {
    const { settings, values } = await current(facturacion.id)
    const before = await snapshot(facturacion.id)
    const montanaBefore = await snapshot(pedidos.id, MONTANA)
    const target = { departmentId: facturacion.id, expectedVersion: settings.version }
    const smuggled: unknown[] = [
      { ...values, organizationId: MONTANA },
      { ...values, version: 999 },
      { ...values, config: { ...values.config, organizationId: MONTANA } },
      { ...values, config: { ...values.config, version: 1 } },
    ]
    for (const payload of smuggled) {
      const result = await saveScheduleAction(target, payload)
      expect(result).toMatchObject({ ok: false, error: 'invalid' })
    }
    expect(await saveScheduleAction({ ...target, organizationId: MONTANA }, values)).toMatchObject({
      ok: false,
      error: 'invalid',
    })
    // Another organization's department is not found from this session, whatever the payload says.
    const pedidosSettings = await getScopeSettings(t.db, MONTANA, pedidos.id)
    expect(
      await saveScheduleAction(
        { departmentId: pedidos.id, expectedVersion: pedidosSettings?.version ?? 1 },
        values,
      ),
    ).toEqual({ ok: false, error: 'not_found' })
    expect(await snapshot(facturacion.id)).toBe(before)
    expect(await snapshot(pedidos.id, MONTANA)).toBe(montanaBefore)
  })

  it('§4 §6 fast-check: random payloads are rejected with field errors, never a throw, database unchanged', async () => {
    const { settings, values } = await current(facturacion.id)
    const before = await snapshot(facturacion.id)
    const target = { departmentId: facturacion.id, expectedVersion: settings.version }
    const badTime = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('24:01', '7:5', '12:60', '', '\u0000', '99:99'),
    )
    type Mutation = (v: ScopeSettingsInput) => unknown
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      badTime
        .filter((s) => !/^(?:[01]\d|2[0-3]):[0-5]\d$/.test(s))
        .map<Mutation>((time) => (v) => ({
          ...v,
          config: {
            ...v.config,
            business: {
              ...v.config.business,
              weekly: { ...v.config.business.weekly, mon: [{ start: time, end: '10:00' }] },
            },
          },
        })),
      fc
        .string({ minLength: 1001, maxLength: 1200 })
        .map<Mutation>((msg) => (v) => ({ ...v, config: { ...v.config, outOfHoursMessage: msg } })),
      fc
        .string()
        .filter((p) => p !== 'agents' && p !== 'assistant')
        .map<Mutation>((p) => (v) => ({ ...v, config: { ...v.config, priority: p } })),
      fc
        .string({ minLength: 1 })
        .filter((k) => !['usesGeneral', 'config', '__proto__'].includes(k))
        .map<Mutation>((k) => (v) => ({ ...v, [k]: 1 })),
      fc.anything().map<Mutation>((anything) => () => anything),
      fc
        .record({ name: fc.anything(), active: fc.anything(), schedule: fc.anything() })
        .map<Mutation>((a) => (v) => ({ ...v, config: { ...v.config, assistant: a } })),
      fc
        .constantFrom('\u0000', '\u0000hola')
        .map<Mutation>((s) => (v) => ({ ...v, config: { ...v.config, outOfHoursMessage: s } })),
      fc.integer({ min: 0, max: 6 }).map<Mutation>((n) => (v) => ({
        ...v,
        config: {
          ...v.config,
          business: {
            ...v.config.business,
            weekly: {
              ...v.config.business.weekly,
              thu: [
                { start: '09:00', end: '17:00' },
                { start: `1${n}:00`, end: '18:00' },
              ],
            },
          },
        },
      })),
    )
    await fc.assert(
      fc.asyncProperty(mutation, async (mutate) => {
        const result = await saveScheduleAction(target, mutate(structuredClone(values)))
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(result.error).toBe('invalid')
        expect(Object.keys(result.fieldErrors ?? {}).length).toBeGreaterThan(0)
      }),
      { numRuns: 150 },
    )
    // Garbage targets are refused too.
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (badTarget) => {
        const result = await saveScheduleAction(badTarget, values)
        expect(result.ok).toBe(false)
      }),
      { numRuns: 60 },
    )
    expect(await snapshot(facturacion.id)).toBe(before)
  })

  it('§6 holiday preview: a country and year give public holidays by date; bad input is refused', async () => {
    const result = await previewHolidaysAction('CO', 2026)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.map((h) => h.date)).toContain('2026-01-01')
    expect(result.data.map((h) => h.date)).toContain('2026-07-20')
    expect([...result.data].sort((a, b) => (a.date < b.date ? -1 : 1))).toEqual(result.data)
    for (const country of ['MX', 'PE', 'CL', 'AR', 'EC', 'BR', 'US', 'ES']) {
      const r = await previewHolidaysAction(country, 2027)
      expect(r.ok && r.data.length > 5).toBe(true)
    }
    expect(await previewHolidaysAction('XX', 2026)).toMatchObject({ ok: false, error: 'invalid' })
    expect(await previewHolidaysAction('CO', 1e9)).toMatchObject({ ok: false, error: 'invalid' })
  })

  it('issue 16.3 copy source: a scope of the viewer’s organization only; one that uses General gives General’s', async () => {
    expect(await copySourceAction(ventas.id)).toEqual({
      ok: true,
      data: (await current(ventas.id)).settings.config,
    })
    expect(await copySourceAction(null)).toEqual({ ok: true, data: (await current(null)).settings.config })
    expect((await current(facturacion.id)).settings.usesGeneral).toBe(true)
    expect(await copySourceAction(facturacion.id)).toEqual({
      ok: true,
      data: (await current(null)).settings.config,
    })
    // Another organization's department is simply not found; malformed ids are refused before any read.
    expect(await copySourceAction(pedidos.id)).toEqual({ ok: false, error: 'not_found' })
    expect(await copySourceAction('dep_unknown')).toEqual({ ok: false, error: 'not_found' })
    expect(await copySourceAction({ departmentId: ventas.id })).toMatchObject({ ok: false, error: 'invalid' })
    await asStaff()
    expect(await copySourceAction(ventas.id)).toEqual({ ok: false, error: 'forbidden' })
  })
})

// Issue 22 item 2 — text PostgreSQL cannot store or JSON cannot carry (a lone UTF-16 surrogate, NUL) is refused
// by the shared scope-settings schema, so the API's PUT …/settings and the editor's save action refuse it alike:
// a 400 problem / an `invalid` result naming the exact field path, nothing saved. Every string of a body that
// has every text field (message, its three versions, labels of special dates of both schedules, assistant name)
// is tried. PGlite and PostgreSQL.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { testDrivers } from '@/test/db'
import { apiFetch, BASE_URL } from '@/test/api-client'
import { DEMO, signInAs } from '@/test/action-harness'
import { getScopeSettings } from '@/db/dal/scopes'
import { DEMO_DEPARTMENTS } from '@/db/seed'
import { ScopeSettingsSchema } from '@/lib/settings/scope-settings-schema'
import { ALL_KEY, AURORA, useApiDatabase } from './api-test-setup'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { saveScheduleAction } = await import('@/server/actions/schedule-actions')

const SCOPE = DEMO_DEPARTMENTS.ventas.id
const URL_ = `${BASE_URL}/api/v1/scopes/${SCOPE}/settings`
const UNSTORABLE = ['a\ud800b', '\udfff', 'x\ud83d', 'hola\u0000']

const week = (ranges: { start: string; end: string }[]) => ({
  mon: ranges,
  tue: ranges,
  wed: ranges,
  thu: ranges,
  fri: ranges,
  sat: [],
  sun: [],
})

/** A valid body holding every text field the editor has. */
const BODY = {
  usesGeneral: false,
  config: {
    business: {
      timeZone: 'America/Bogota',
      weekly: week([{ start: '08:00', end: '18:00' }]),
      overrides: [{ date: '2026-12-24', label: 'Nochebuena', ranges: [{ start: '08:00', end: '12:00' }] }],
    },
    outOfHoursMessage: 'Volvemos {proxima_apertura}.',
    outOfHoursLanguage: 'es',
    outOfHoursTranslations: { es: 'Volvemos pronto.', en: 'Back soon.', 'pt-BR': 'Voltamos logo.' },
    priority: 'assistant',
    assistant: {
      name: 'Aurora',
      active: true,
      followsBusinessOverrides: false,
      schedule: {
        timeZone: 'America/Bogota',
        weekly: week([{ start: '07:00', end: '22:00' }]),
        overrides: [{ date: '2026-12-31', label: 'Fin de año', ranges: [] }],
      },
    },
  },
}

function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return [path]
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, String(i)]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]))
  return []
}

function replaceAt(value: unknown, path: string[], replacement: string): unknown {
  const copy = structuredClone(value) as Record<string, unknown>
  let node = copy
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>
  node[path.at(-1)!] = replacement
  return copy
}

const PATHS = stringPaths(BODY)
/** The free-text fields: every other string (times, dates, zones, enums) has a format of its own to fail. */
const TEXT_FIELDS = [
  'config.business.overrides.0.label',
  'config.outOfHoursMessage',
  'config.outOfHoursTranslations.es',
  'config.outOfHoursTranslations.en',
  'config.outOfHoursTranslations.pt-BR',
  'config.assistant.name',
  'config.assistant.schedule.overrides.0.label',
]

describe.each(testDrivers)('unstorable text in the scope settings (%s)', (driver) => {
  const t = useApiDatabase(driver)
  const version = async () => (await getScopeSettings(t.db, AURORA, SCOPE))!.version

  beforeEach(async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
  })

  it('the body is valid as it is, and holds every text field', () => {
    expect(ScopeSettingsSchema.safeParse(BODY).success).toBe(true)
    expect(PATHS.map((p) => p.join('.'))).toEqual(expect.arrayContaining(TEXT_FIELDS))
    expect(PATHS.length).toBeGreaterThanOrEqual(30)
  })

  it('the schema refuses a lone surrogate or NUL in each text field, at that field (invalid characters)', () => {
    for (const field of TEXT_FIELDS) {
      for (const bad of UNSTORABLE) {
        const parsed = ScopeSettingsSchema.safeParse(replaceAt(BODY, field.split('.'), bad))
        const issues = parsed.success ? [] : parsed.error.issues.map((i) => [i.path.join('.'), i.message])
        expect({ field, bad, issues }).toEqual({
          field,
          bad,
          issues: expect.arrayContaining([[field, 'Contiene caracteres no permitidos']]),
        })
      }
    }
  })

  it('PUT …/settings: 400 problem naming the field for every string of the body, nothing saved', async () => {
    const before = await version()
    const results: string[] = []
    for (const path of PATHS) {
      const response = await apiFetch(URL_, {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${ALL_KEY}`,
          'content-type': 'application/json',
          'if-match': `"${before}"`,
        },
        body: JSON.stringify(replaceAt(BODY, path, 'a\ud800b')),
      })
      const problem = (await response.json()) as { errors?: { path: string }[] }
      const named = problem.errors?.some((e) => e.path === path.join('.')) ?? false
      results.push(`${path.join('.')} ${response.status} ${named ? 'named' : 'not named'}`)
    }
    expect(results).toEqual(PATHS.map((p) => `${p.join('.')} 400 named`))
    expect(await version()).toBe(before)
  })

  it('the editor’s save action: invalid with the same field path (the form’s own), nothing saved', async () => {
    const before = await version()
    const results: string[] = []
    for (const path of PATHS) {
      const result = await saveScheduleAction(
        { departmentId: SCOPE, expectedVersion: before },
        replaceAt(BODY, path, 'a\ud800b'),
      )
      const keys = result.ok ? [] : Object.keys(result.fieldErrors ?? {})
      results.push(`${path.join('.')} ${result.ok ? 'saved' : result.error} ${keys.includes(path.join('.'))}`)
    }
    expect(results).toEqual(PATHS.map((p) => `${p.join('.')} invalid true`))
    expect(await version()).toBe(before)
  })
})

// Issue 7 — ¿Quién atiende? (docs/behaviour.md §3 scopes, §5 routing, §7 roles, §8 /preview).
// Expected answers are computed here with lib/routing on the seed's configuration (rebuilt from db/seed's data).
import type { Page } from '@playwright/test'
import { coverage, decide, type RoutingConfig } from '../lib/routing'
import type { DateOverride, Schedule, TimeRange, Weekday } from '../lib/schedule/types'
import { parseAtParam } from '../lib/preview/time'
import { timelineWindow } from '../lib/preview/timeline'
import { DEMO_DEPARTMENTS, DEMO_ORGANIZATIONS, upcomingPublicHolidays } from '../db/seed'
import { ADMIN, STAFF, OTHER_ADMIN, axeViolations, expect, test } from './fixtures'

const TZ = DEMO_ORGANIZATIONS.aurora.timeZone
const r = (start: string, end: string): TimeRange => ({ start, end })
const week = (days: Partial<Record<Weekday, TimeRange[]>>): Record<Weekday, TimeRange[]> => ({
  mon: [],
  tue: [],
  wed: [],
  thu: [],
  fri: [],
  sat: [],
  sun: [],
  ...days,
})
const weekdays = (ranges: TimeRange[], extra: Partial<Record<Weekday, TimeRange[]>> = {}) =>
  week({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, ...extra })
const everyDay = (...ranges: TimeRange[]) => weekdays(ranges, { sat: ranges, sun: ranges })
const schedule = (weekly: Record<Weekday, TimeRange[]>, overrides: DateOverride[] = []): Schedule => ({
  timeZone: TZ,
  weekly,
  overrides,
})

/** "YYYY-MM-DD" today in the org zone (the seed's reference day). */
const today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())

/** The seed's effective configurations (db/seed.ts auroraData), by `scope` param. */
function seedConfigs(): Record<string, RoutingConfig> {
  const holidays = upcomingPublicHolidays('CO', TZ, new Date())
  // Ventas closes early on the coming Christmas Eve and New Year's Eve.
  const year = Number(today().slice(0, 4))
  const coming = (md: string) => (`${year}-${md}` >= today() ? `${year}-${md}` : `${year + 1}-${md}`)
  const shortDays: DateOverride[] = [
    { date: coming('12-24'), ranges: [r('08:00', '12:00')] },
    { date: coming('12-31'), ranges: [r('08:00', '12:00')] },
  ]
  const ventasOverrides = [
    ...holidays.filter((h) => !shortDays.some((s) => s.date === h.date)),
    ...shortDays,
  ].sort((a, b) => (a.date < b.date ? -1 : 1))
  const general: RoutingConfig = {
    business: schedule(weekdays([r('08:00', '18:00')], { sat: [r('09:00', '13:00')] }), holidays),
    assistant: null,
    priority: 'assistant',
  }
  return {
    general,
    [DEMO_DEPARTMENTS.ventas.id]: {
      business: schedule(
        weekdays([r('08:00', '13:00'), r('14:00', '19:00')], { sat: [r('09:00', '14:00')] }),
        ventasOverrides,
      ),
      assistant: {
        active: true,
        schedule: schedule(
          weekdays([r('07:00', '22:00')], { sat: [r('08:00', '20:00')], sun: [r('09:00', '18:00')] }),
        ),
      },
      priority: 'agents',
    },
    [DEMO_DEPARTMENTS.soporte.id]: {
      business: schedule(everyDay(r('00:00', '24:00'))),
      assistant: { active: true, schedule: null },
      priority: 'assistant',
    },
    [DEMO_DEPARTMENTS.facturacion.id]: general, // uses General (§3)
    [DEMO_DEPARTMENTS.nocturno.id]: {
      business: schedule(everyDay(r('22:00', '06:00'))),
      assistant: null,
      priority: 'assistant',
    },
  }
}

const MOMENTS = {
  weekdayInHours: '2027-03-02T10:00', // Tuesday
  night: '2027-03-02T23:00',
  holiday: '2027-01-01T10:00', // Año Nuevo (Friday)
  overnight: '2027-03-03T02:00', // 02:00, inside Turno nocturno's 22:00–06:00
  lunch: '2027-03-02T13:30', // Ventas' lunch break
}

async function expectDecision(page: Page, config: RoutingConfig, at: string, agents: number) {
  const expected = decide(config, parseAtParam(at, TZ)!, agents)
  const panel = page.getByTestId('decision')
  await expect(panel).toHaveAttribute('data-responder', expected.responder)
  await expect(panel).toHaveAttribute('data-reason', expected.reason)
  await expect(page.getByTestId('fact-agents')).toContainText(String(agents))
  if (expected.responder === 'closed') await expect(page.getByTestId('out-of-hours-message')).toBeVisible()
  else await expect(page.getByTestId('out-of-hours-message')).toHaveCount(0)
  if (expected.responder === 'assistant') await expect(page.getByTestId('overflow')).toBeVisible()
  return expected
}

test.describe('as admin', () => {
  test.use({ storageState: ADMIN.state })

  test('§5 the preview answers what lib/routing decides for every seed scope at fixed moments, with and without agents online', async ({
    page,
  }) => {
    test.setTimeout(300_000)
    const configs = seedConfigs()
    const seen = new Set<string>()
    for (const [scope, config] of Object.entries(configs)) {
      for (const at of Object.values(MOMENTS)) {
        await page.goto(`/preview?scope=${scope}&at=${at}&agents=2`)
        seen.add((await expectDecision(page, config, at, 2)).responder)
        // §5 what-if: the same moment with nobody online, recomputed in the browser without a reload.
        await page.getByLabel('Número de asesores en línea').fill('0')
        seen.add((await expectDecision(page, config, at, 0)).responder)
        await expect(page).toHaveURL(new RegExp(`agents=0`))
      }
    }
    // The moments exercise every responder.
    expect([...seen].sort()).toEqual(['agents', 'assistant', 'closed', 'queue'])
  })

  test('§5 the what-if agent count changes the answer: Facturación queues with nobody online, agents answer with one', async ({
    page,
  }) => {
    await page.goto(`/preview?scope=${DEMO_DEPARTMENTS.facturacion.id}&at=${MOMENTS.weekdayInHours}`)
    await expect(page.getByTestId('uses-general')).toContainText('Facturación usa la configuración General')
    await page.getByLabel('Simular').check()
    const count = page.getByLabel('Número de asesores en línea')
    await count.fill('0')
    await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'queue')
    await expect(page.getByTestId('decision-reason')).toContainText('no hay asesores en línea')
    await count.fill('1')
    await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'agents')
    await expect(page.getByTestId('decision-until')).toContainText('18:00')
    // The link reproduces the view.
    await expect(page).toHaveURL(/scope=dep_aurora_facturacion.*at=2027-03-02T10%3A00.*agents=1/)
    await page.reload()
    await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'agents')
  })

  test('§5 closed: the out-of-hours message and the next opening are shown; overflow for the assistant', async ({
    page,
  }) => {
    await page.goto(`/preview?scope=general&at=${MOMENTS.holiday}&agents=3`)
    await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'closed')
    // The seed's message uses variables ({empresa}, {horario_semana}, {proxima_apertura}): shown rendered.
    await expect(page.getByTestId('out-of-hours-message')).toContainText(
      'Gracias por escribir a Tienda Aurora. Nuestro horario de atención es lun–vie 8:00–18:00, sáb 9:00–13:00',
    )
    await expect(page.getByTestId('out-of-hours-message')).toContainText(
      'te responderemos mañana sábado a las 9:00.',
    )
    await expect(page.getByTestId('decision-next-opening')).toContainText(
      'Próxima apertura: sáb, 2 ene, 09:00',
    )
    // Soporte técnico: always-on assistant first; overflow hands over to the agents online.
    await page.goto(`/preview?scope=${DEMO_DEPARTMENTS.soporte.id}&at=${MOMENTS.night}&agents=2`)
    await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'assistant')
    await expect(page.getByTestId('overflow')).toHaveAttribute('data-responder', 'agents')
    await page.getByLabel('Número de asesores en línea').fill('0')
    await expect(page.getByTestId('overflow')).toHaveAttribute('data-responder', 'queue')
  })

  test('coverage map: one SVG segment per coverage segment with the right responder, also in the text alternative', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const configs = seedConfigs()
    for (const scope of [DEMO_DEPARTMENTS.ventas.id, 'general']) {
      const config = configs[scope]!
      await page.goto(`/preview?scope=${scope}&from=2026-12-21&at=2026-12-21T10:00`)
      const window = timelineWindow({ year: 2026, month: 12, day: 21 }, 7, TZ)
      for (const [row, agents] of [
        ['online', 1],
        ['offline', 0],
      ] as const) {
        const expected = coverage(config, window.from, window.to, agents)
        const bars = page.getByTestId(`coverage-row-${row}`).locator('[data-segment]')
        await expect(bars).toHaveCount(expected.length)
        expect(
          await bars.evaluateAll((els) =>
            els.map((e) => [
              e.getAttribute('data-responder'),
              e.getAttribute('data-start'),
              e.getAttribute('data-end'),
            ]),
          ),
        ).toEqual(expected.map((s) => [s.responder, s.start.toISOString(), s.end.toISOString()]))
        await page.getByText('Ver la cobertura como tabla').click()
        const rows = page.getByTestId(`coverage-table-${row}`).locator('tbody tr')
        await expect(rows).toHaveCount(expected.length)
        expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-responder')))).toEqual(
          expected.map((s) => s.responder),
        )
        await page.getByText('Ver la cobertura como tabla').click()
      }
    }
    // Christmas (a Colombian holiday) is marked on the map.
    await expect(page.locator('[data-day="2026-12-25"]')).toHaveAttribute('data-holiday', 'true')
    // Tooltips give exact times on keyboard focus: Tab from the first segment to the second, as a keyboard user
    // does (a programmatic focus() after a mouse click is not keyboard focus, and Radix opens only on that).
    const segments = page.getByTestId('coverage-row-online').locator('[data-segment]')
    await segments.first().focus()
    await page.keyboard.press('Tab')
    await expect(segments.nth(1)).toBeFocused()
    await expect(page.getByRole('tooltip')).toContainText('Asesores Humanos: lun, 21 dic, 08:00 – 18:00')
  })

  test('coverage warnings: a night-only department has a daytime gap; a 24/7 one with an always-on assistant has none', async ({
    page,
  }) => {
    await page.goto(`/preview?scope=${DEMO_DEPARTMENTS.nocturno.id}`)
    const warnings = page.getByTestId('coverage-warnings')
    await expect(warnings.locator('[data-code="no_one_outside_hours"]')).toContainText(
      '06:00–22:00: nadie atiende',
    )
    // Covering it (choosing a scope whose assistant answers around the clock) makes the warning disappear.
    // Editing hours is covered by lib/preview/helpers.test.ts (covered config → no warnings).
    await page.getByTestId('scope-select').click()
    await page.getByRole('option', { name: 'Soporte técnico' }).click()
    await expect(page).toHaveURL(/scope=dep_aurora_soporte/)
    await expect(warnings.locator('[data-code]')).toHaveCount(0)
    await expect(warnings).toContainText('Sin huecos')
  })

  test('the overview lists every scope and refreshes itself every 30 s without a reload', async ({
    page,
    context,
  }) => {
    await page.clock.install()
    await page.goto('/preview')
    const overview = page.getByTestId('overview')
    await expect(overview.locator('tbody tr')).toHaveCount(5)
    const nocturno = overview.locator(`tr[data-scope="${DEMO_DEPARTMENTS.nocturno.id}"]`)
    const before = Number(await nocturno.getAttribute('data-agents'))
    // Someone changes Isabella's status in another tab.
    const other = await context.newPage()
    await other.goto('/agents')
    const target = before > 0 ? 'Desconectado' : 'En línea'
    await other.getByRole('combobox', { name: 'Estado de Isabella Vargas' }).click()
    await other.getByRole('option', { name: target }).click()
    await expect(other.getByText(`Estado actualizado: ${target}.`)).toBeVisible()
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1))
    await page.clock.fastForward(31_000)
    await expect(nocturno).toHaveAttribute('data-agents', String(before > 0 ? before - 1 : before + 1))
    // Same document: no full reload happened.
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1)
    // Restore.
    await other.getByRole('combobox', { name: 'Estado de Isabella Vargas' }).click()
    await other.getByRole('option', { name: before > 0 ? 'En línea' : 'Desconectado' }).click()
    await expect(other.getByText(/Estado actualizado/).last()).toBeVisible()
    await other.close()
  })

  test('axe: /preview has no WCAG 2.1 AA violations (with the table open)', async ({ page }) => {
    await page.goto(`/preview?scope=${DEMO_DEPARTMENTS.ventas.id}&at=${MOMENTS.weekdayInHours}&agents=0`)
    await page.getByText('Ver la cobertura como tabla').click()
    expect(await axeViolations(page)).toEqual([])
  })
})

test.describe('as staff', () => {
  test.use({ storageState: STAFF.state })

  test('§7 staff can use the preview', async ({ page }) => {
    await page.goto('/preview')
    await expect(page.getByRole('heading', { level: 1, name: '¿Quién atiende?' })).toBeVisible()
    await page.goto(`/preview?scope=${DEMO_DEPARTMENTS.nocturno.id}&at=${MOMENTS.overnight}&agents=1`)
    await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'agents')
    await page.getByLabel('Número de asesores en línea').fill('0')
    await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'queue')
    const response = await page.request.get('/api/preview/overview')
    expect(response.status()).toBe(200)
    expect((await response.json()).rows).toHaveLength(5)
    expect(await axeViolations(page)).toEqual([])
  })
})

test.describe('other organization', () => {
  test.use({ storageState: OTHER_ADMIN.state })

  test('§7 a department of another organization is not found; the overview only lists its own scopes', async ({
    page,
  }) => {
    const response = await page.goto(`/preview?scope=${DEMO_DEPARTMENTS.ventas.id}`)
    expect(response?.status()).toBe(404)
    const api = await page.request.get('/api/preview/overview')
    const rows = (await api.json()).rows as { key: string }[]
    expect(rows.map((row) => row.key)).toEqual(['general', DEMO_DEPARTMENTS.pedidos.id])
  })
})

test('§7 the overview endpoint refuses anonymous callers', async ({ request }) => {
  const response = await request.get('/api/preview/overview')
  expect(response.status()).toBe(401)
})

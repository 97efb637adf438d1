// Issue 22 item 11 — what a new admin found confusing, walked end to end: each test names one finding.
import { ADMIN, STAFF, expect, test } from './fixtures'
import { assistantRegion, datesRegion, hoursRegion, openScope, SCOPES } from './schedules-helpers'

const TZ = 'America/Bogota'
/** "YYYY-MM-DD" in Bogotá, `days` from today. */
const bogotaDay = (days = 0) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(Date.now() + days * 86_400_000)

test.describe('as admin', () => {
  test.use({ storageState: ADMIN.state })

  test('§6 the status bar names the real problem: a duplicate special date, an empty assistant name', async ({
    page,
  }) => {
    await openScope(page, SCOPES.general)
    const status = page.getByTestId('live-status')
    const dates = datesRegion(page)
    // Two new dates (they open with their fields), both set to the same day.
    for (let i = 0; i < 2; i++) await dates.getByRole('button', { name: 'Agregar fecha' }).click()
    const newDates = dates.getByRole('textbox', { name: 'Fecha', exact: true })
    await expect(newDates).toHaveCount(2)
    for (let i = 0; i < 2; i++) await newDates.nth(i).fill('2027-12-08')
    await expect(status).toContainText('Días festivos y fechas especiales: Esta fecha ya tiene una excepción')
    await expect(status).not.toContainText('Hay horas sin terminar')

    await openScope(page, SCOPES.ventas)
    await assistantRegion(page).getByLabel('Nombre del asistente').fill('')
    await expect(status).toContainText('Asistente Inteligente: Escribe un nombre para el asistente')
    await expect(status).not.toContainText('Hay horas sin terminar')
  })

  test('§5 the status bar says a closed scope reopens once, not "hasta el X · abre el X"', async ({
    page,
  }) => {
    // Saturday 6 March 2027, 20:00 in Bogotá: General (no assistant) is closed until Monday 08:00.
    await page.clock.install({ time: new Date('2027-03-06T20:00:00-05:00') })
    await openScope(page, SCOPES.general)
    await page.clock.runFor(31_000) // the line follows the (browser) clock every 30 s
    const status = page.getByTestId('live-status')
    await expect(status).toContainText('abre el lunes, 8 de marzo, 08:00')
    await expect(status).not.toContainText('hasta el')
  })

  test('§5 overflow with agents online but none with room waits for room, not for someone to connect', async ({
    page,
  }) => {
    await page.goto('/preview?scope=dep_aurora_soporte&at=2027-03-02T23:00&agents=3&room=0')
    const overflow = page.getByTestId('overflow')
    await expect(overflow).toHaveAttribute('data-responder', 'queue')
    await expect(overflow).toContainText('Queda en cola hasta que un asesor tenga cupo.')
    await expect(overflow).not.toContainText('se conecte')
  })

  test('§5 when only the reason changes, "después" says what changes', async ({ page }) => {
    // Ventas, Tuesday 18:30, nobody online: the assistant answers until business hours close at 19:00, and after.
    await page.goto('/preview?scope=dep_aurora_ventas&at=2027-03-02T18:30&agents=0')
    const until = page.getByTestId('decision-until')
    await expect(until).toContainText('Hasta mar, 2 mar, 19:00')
    await expect(until).toContainText('después sigue Asistente Inteligente: cierra el horario de atención')
    await expect(until).not.toContainText('después: Asistente Inteligente')
  })

  test('§4 a simulated moment is never described with "hoy"/"mañana" of the real today', async ({ page }) => {
    // Turno nocturno (22:00–06:00) at noon tomorrow: closed until 22:00 that day — not "mañana, 22:00".
    await page.goto(`/preview?scope=dep_aurora_turno_nocturno&at=${bogotaDay(1)}T12:00`)
    const until = page.getByTestId('decision-until')
    await expect(until).toContainText('22:00')
    await expect(until).not.toContainText(/hoy|mañana|ayer/)
    await expect(page.getByTestId('decision-next-opening')).not.toContainText(/hoy|mañana|ayer/)
  })

  test('zones are named in the page language: "hora estándar de Colombia", never a raw id', async ({
    page,
  }) => {
    await page.goto('/preview?scope=general&at=2027-03-02T10:00')
    const moment = page.getByTestId('moment')
    await expect(moment).toContainText('en hora estándar de Colombia, GMT-5')
    await expect(moment).not.toContainText('America/Bogota')
    await expect(page.getByTestId('coverage')).toContainText('en hora estándar de Colombia.')
    await expect(page.getByLabel('Hora (hora estándar de Colombia)')).toBeVisible()
  })

  test('the zone picker shows Asia/Kolkata (not Asia/Calcutta) with its name, and no underscores', async ({
    page,
  }) => {
    await openScope(page, SCOPES.nocturno)
    await hoursRegion(page).getByRole('combobox', { name: 'Zona horaria' }).click()
    const search = page.getByRole('combobox', { name: 'Buscar ciudad o zona…' })
    await search.fill('Kolkata')
    await expect(
      page.getByRole('option', { name: /^Asia\/Kolkata \(hora estándar de la India\)/ }),
    ).toBeVisible()
    await expect(page.getByRole('option', { name: /Calcutta/ })).toHaveCount(0)
    await search.fill('Mexico')
    await expect(
      page.getByRole('option', { name: /^America\/Mexico City \(hora estándar central\)/ }),
    ).toBeVisible()
    await expect(page.getByRole('listbox')).not.toContainText('_')
  })

  test('the coverage map\'s "Momento elegido" is visible at 390 px and stays off the row labels at 1280 px', async ({
    page,
  }) => {
    // 02:00 on the first day: the marker is at the far left, under the row labels.
    const url = '/preview?scope=general&from=2026-12-21&at=2026-12-21T02:00'
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(url)
    const phoneMarker = page.getByTestId('coverage-days').getByTestId('coverage-day-moment')
    await expect(phoneMarker.first()).toBeVisible()
    const phoneBox = await phoneMarker.first().boundingBox()
    expect(phoneBox!.width).toBeGreaterThan(1)
    expect(phoneBox!.height).toBeGreaterThan(8)
    await expect(page.getByRole('list', { name: 'Leyenda' })).toContainText('Momento elegido')

    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(url)
    const map = page.getByTestId('coverage-map')
    await expect(map).toBeVisible()
    const labels = await map
      .locator(':scope > g:not([data-testid]) > text')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
    const lines = await map
      .getByTestId('coverage-moment')
      .locator('line')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
    expect(labels).toHaveLength(2)
    expect(lines.length).toBeGreaterThan(0)
    const crossings = lines.flatMap((l) =>
      labels.filter((t) => l.left < t.right && l.right > t.left && l.top < t.bottom && l.bottom > t.top),
    )
    expect(crossings).toEqual([])
  })

  test('en uses the 24-hour clock everywhere on Horarios', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL ?? 'http://localhost' }])
    await openScope(page, SCOPES.general)
    // The app's own times (last change, history, the example's moment, the live line); the customer's message
    // itself follows its language's way of writing times.
    const twelveHour = /\d:\d\d\s?(AM|PM)/
    await expect(page.getByText(/^Last changed:/)).toBeVisible()
    await expect(page.getByText(/^Last changed:/)).not.toContainText(twelveHour)
    await expect(page.getByTestId('audit-history')).not.toContainText(twelveHour)
    await expect(page.getByText(/^Example: what a customer writing on/)).not.toContainText(twelveHour)
    await expect(page.getByTestId('live-status')).not.toContainText(twelveHour)
  })
})

test.describe('a viewer in another zone', () => {
  test.use({ storageState: ADMIN.state, timezoneId: 'America/Mexico_City' })

  test('the zone note is Spanish on a Spanish page ("hora estándar de Colombia, GMT-5")', async ({
    page,
  }) => {
    await openScope(page, SCOPES.general)
    const note = page.getByTestId('zone-note').first()
    await expect(note).toHaveText('(hora estándar de Colombia, GMT-5)')
  })
})

test.describe('as staff', () => {
  test.use({ storageState: STAFF.state })

  test('§7 /settings/members says it is for administrators instead of silently opening Horarios', async ({
    page,
  }) => {
    await page.goto('/settings/members')
    await expect(page).toHaveURL(/\/settings\/members$/)
    await expect(page.getByRole('heading', { name: 'Miembros' })).toBeVisible()
    await expect(page.getByText('Esta página es solo para administradores de la organización.')).toBeVisible()
    await page.getByRole('link', { name: 'Ir a Horarios' }).click()
    await expect(page).toHaveURL(/\/settings\/schedules$/)
  })

  test('§6 a version page tells staff what it is for, not to restore it', async ({ page }) => {
    await page.goto(`${SCOPES.general}/versions/2`)
    const readOnly = page.getByRole('status').filter({ hasText: 'Solo lectura' })
    await expect(readOnly).toContainText('lo hace un administrador')
    await expect(readOnly).not.toContainText('restáurala')
  })
})

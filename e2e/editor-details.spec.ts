// Issue 11 item 11 — the smaller things a real admin and staff member noticed (docs/behaviour.md §5 coverage, §7
// roles, §8 /preview).
import { ADMIN, STAFF, axeViolations, expect, test } from './fixtures'
import { assistantRegion, datesRegion, hoursRegion, openScope, SCOPES } from './schedules-helpers'

test.describe('as admin', () => {
  test.use({ storageState: ADMIN.state })

  test('an invalid ?at= or agents= on the preview is reported, not silently replaced by now', async ({
    page,
  }) => {
    await page.goto('/preview?scope=dep_aurora_ventas&at=2027-13-45T99:00&agents=muchos')
    const alert = page.getByRole('alert').filter({ hasText: 'Este enlace tiene valores no válidos' })
    await expect(alert).toContainText('El momento «2027-13-45T99:00» no es una fecha y hora válidas')
    await expect(alert).toContainText('«muchos» no es un número de asesores válido')
    // A valid link shows no such error.
    await page.goto('/preview?scope=dep_aurora_ventas&at=2027-03-02T10:00&agents=2')
    await expect(page.getByTestId('decision')).toBeVisible()
    await expect(page.getByTestId('invalid-link')).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
  })

  test('coverage warnings name the assistant that is outside its own hours; "sin asistente" only without one', async ({
    page,
  }) => {
    await page.goto('/preview?scope=dep_aurora_ventas')
    const ventas = page.getByTestId('coverage-warnings').locator('[data-code="no_one_outside_hours"]').first()
    await expect(ventas).toContainText('fuera del horario de Aurora')
    await expect(ventas).not.toContainText('sin asistente')
    await page.goto('/preview?scope=dep_aurora_turno_nocturno')
    const nocturno = page
      .getByTestId('coverage-warnings')
      .locator('[data-code="no_one_outside_hours"]')
      .first()
    await expect(nocturno).toContainText('sin asistente')
  })

  test('business-hour and assistant rows have distinct accessible names', async ({ page }) => {
    await openScope(page, SCOPES.ventas)
    await expect(page.getByRole('button', { name: 'Agregar un rango al Martes', exact: true })).toHaveCount(1)
    await expect(
      hoursRegion(page).getByRole('button', { name: 'Agregar un rango al Martes', exact: true }),
    ).toHaveCount(1)
    await expect(
      assistantRegion(page).getByRole('button', {
        name: 'Agregar un rango al Martes del asistente',
        exact: true,
      }),
    ).toHaveCount(1)
    await expect(
      assistantRegion(page).getByRole('switch', { name: 'Martes del asistente', exact: true }),
    ).toBeChecked()
    await expect(page.getByRole('textbox', { name: 'Martes: desde (rango 1)', exact: true })).toHaveCount(1)
    await expect(
      page.getByRole('textbox', { name: 'Martes del asistente: desde (rango 1)', exact: true }),
    ).toHaveValue('07:00')
    await expect(page.getByRole('group', { name: 'Martes del asistente', exact: true })).toHaveCount(1)
  })

  test('every page has a favicon (no 404)', async ({ page }) => {
    await page.goto('/settings/schedules')
    const href = await page.locator('link[rel="icon"]').first().getAttribute('href')
    expect(href).toMatch(/^\/icon\.svg/)
    const response = await page.request.get(href!)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('image/svg+xml')
  })

  test('admins are invited to add special dates and shown "Editar horarios" on the preview', async ({
    page,
  }) => {
    await page.goto('/preview?scope=dep_aurora_soporte')
    await expect(page.getByRole('link', { name: 'Editar horarios' })).toHaveAttribute(
      'href',
      '/settings/schedules/dep_aurora_soporte',
    )
    await openScope(page, SCOPES.soporte)
    await expect(datesRegion(page)).toContainText('Agrega una o importa los festivos')
  })
})

test.describe('as staff', () => {
  test.use({ storageState: STAFF.state })

  test('staff are not invited to edit: no "Agrega una o importa los festivos", no "Editar horarios"', async ({
    page,
  }) => {
    await openScope(page, SCOPES.soporte)
    await expect(datesRegion(page)).toContainText('No hay fechas especiales.')
    await expect(page.getByText(/Agrega una o importa/)).toHaveCount(0)
    await page.goto('/preview?scope=dep_aurora_soporte')
    await expect(page.getByRole('heading', { level: 1, name: '¿Quién atiende?' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Editar horarios' })).toHaveCount(0)
  })
})

test.describe('hydration', () => {
  // A browser far from the organization's zone and in another language: anything the server renders in its own
  // zone or locale and the browser re-renders in the viewer's would mismatch here.
  test.use({ storageState: ADMIN.state, timezoneId: 'Asia/Tokyo', locale: 'en-US' })

  test('no hydration mismatch on the Horarios pages (Ventas included), the preview and Asesores', async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    for (const path of [SCOPES.general, SCOPES.ventas, '/preview?scope=dep_aurora_ventas', '/agents']) {
      await page.goto(path)
      await page.waitForLoadState('networkidle')
    }
    // React reports a mismatch as error #418 (text), #423/#425 (recoverable) in production builds.
    expect(errors.filter((text) => /#41[89]|#42[35]|hydrat/i.test(text))).toEqual([])
  })
})

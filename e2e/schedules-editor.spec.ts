// docs/behaviour.md §3 / §4 / §6 — the Horarios editor: scopes, weekly hours, overnight ranges, holidays, validation, saving.
import { ADMIN, expect, test } from './fixtures'
import {
  datesRegion,
  hoursRegion,
  messageBox,
  openScope,
  saveAndConfirm,
  saveButton,
  savedConfirmation,
  SCOPES,
} from './schedules-helpers'

test.use({ storageState: ADMIN.state })

test('§3 a department switched to its own configuration starts from General and shows as "propia"', async ({
  page,
  seeded,
}) => {
  await seeded.keep(SCOPES.facturacion)
  await openScope(page, SCOPES.facturacion)
  const selector = page.getByRole('navigation', { name: 'Configuraciones' })
  await expect(selector.getByRole('link', { name: /Facturación/ })).toContainText('usa General')
  await expect(page.getByTestId('general-summary')).toBeVisible()

  await page.getByRole('radio', { name: /Configuración propia/ }).click()
  // A copy of General: Monday 08:00–18:00, Saturday 09:00–13:00.
  await expect(hoursRegion(page).getByLabel('Lunes: desde (rango 1)')).toHaveValue('08:00')
  await expect(hoursRegion(page).getByLabel('Lunes: hasta (rango 1)')).toHaveValue('18:00')
  await expect(hoursRegion(page).getByLabel('Sábado: hasta (rango 1)')).toHaveValue('13:00')
  await hoursRegion(page).getByLabel('Viernes: hasta (rango 1)').fill('16:00')
  await saveAndConfirm(page)
  await expect(selector.getByRole('link', { name: /Facturación/ })).toContainText('propia')

  await openScope(page, SCOPES.facturacion)
  await expect(page.getByRole('radio', { name: /Configuración propia/ })).toBeChecked()
  await expect(hoursRegion(page).getByLabel('Viernes: hasta (rango 1)')).toHaveValue('16:00')

  // Restore: back to General.
  await page.getByRole('radio', { name: /Usar la configuración General/ }).click()
  await saveAndConfirm(page)
  await expect(selector.getByRole('link', { name: /Facturación/ })).toContainText('usa General')
})

test('§4 an overnight range is shown as such, saves, and reads back as overnight', async ({
  page,
  seeded,
}) => {
  await seeded.keep(SCOPES.nocturno)
  await openScope(page, SCOPES.nocturno)
  const hours = hoursRegion(page)
  const monday = hours.getByTestId('day-mon')
  await monday.getByLabel('Lunes: desde (rango 1)').fill('20:00')
  await monday.getByLabel('Lunes: hasta (rango 1)').fill('02:00')
  await expect(monday.getByText('hasta 02:00 del día siguiente')).toBeVisible()
  await saveAndConfirm(page)

  await openScope(page, SCOPES.nocturno)
  await expect(monday.getByLabel('Lunes: desde (rango 1)')).toHaveValue('20:00')
  await expect(monday.getByLabel('Lunes: hasta (rango 1)')).toHaveValue('02:00')
  await expect(monday.getByText('hasta 02:00 del día siguiente')).toBeVisible()

  // Restore the demo value (22:00–06:00).
  await monday.getByLabel('Lunes: desde (rango 1)').fill('22:00')
  await monday.getByLabel('Lunes: hasta (rango 1)').fill('06:00')
  await saveAndConfirm(page)
})

test('§6 the time-zone picker opens on the current zone, shows UTC offsets, searches, and the choice saves', async ({
  page,
  seeded,
}) => {
  await seeded.keep(SCOPES.soporte)
  await openScope(page, SCOPES.soporte)
  const zone = hoursRegion(page).getByRole('combobox', { name: 'Zona horaria' })
  await expect(zone).toContainText('America/Bogota')
  await expect(zone).toContainText('UTC−05:00')

  await zone.click()
  // It opens on the zone in use (selected and scrolled into view), not at the top of ~400 zones.
  const current = page.getByRole('option', { name: /^America\/Bogota/ })
  await expect(current).toBeInViewport()
  await expect(current).toHaveAttribute('aria-selected', 'true')
  // Accents, "_" and "/" don't matter to the search; Enter picks the highlighted match.
  await page.keyboard.type('santiago cuba')
  await expect(page.getByRole('option')).toHaveCount(0)
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('américa santiago')
  await expect(
    page.getByRole('option', { name: /^America\/Santiago \(hora de Chile\) UTC[−+]\d\d:\d\d$/ }),
  ).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(zone).toContainText('America/Santiago')
  await expect(zone).toBeFocused()
  await saveAndConfirm(page)

  await openScope(page, SCOPES.soporte)
  await expect(zone).toContainText('America/Santiago')
  // Restore the demo zone.
  await zone.click()
  await page.keyboard.type('bogota')
  await page.keyboard.press('Enter')
  await expect(zone).toContainText('America/Bogota')
  await saveAndConfirm(page)
})

test('§6 weekly editor: add/remove ranges, switch a day off, copy to other days, all-day shortcut', async ({
  page,
}) => {
  await openScope(page, SCOPES.ventas)
  const hours = hoursRegion(page)
  await hours.getByRole('button', { name: 'Agregar un rango al Lunes' }).click()
  await expect(hours.getByLabel('Lunes: desde (rango 3)')).toBeFocused()
  await hours.getByRole('button', { name: 'Quitar el rango 3 de Lunes' }).click()
  await expect(hours.getByLabel('Lunes: desde (rango 3)')).toHaveCount(0)

  await hours.getByRole('switch', { name: 'Domingo' }).click()
  await expect(hours.getByLabel('Domingo: desde (rango 1)')).toHaveValue('09:00')
  await hours.getByRole('button', { name: 'Domingo: abierto todo el día (00:00–24:00)' }).click()
  await expect(hours.getByLabel('Domingo: hasta (rango 1)')).toHaveValue('24:00')

  await hours.getByRole('button', { name: 'Copiar el horario del Lunes a otros días' }).click()
  await page.getByRole('checkbox', { name: 'Sábado' }).click()
  await page.getByRole('button', { name: 'Copiar', exact: true }).click()
  await expect(hours.getByLabel('Sábado: desde (rango 2)')).toHaveValue('14:00')
  await expect(page.getByText('Cambios sin guardar')).toBeVisible()
  // Nothing persists until saved.
  page.once('dialog', (dialog) => void dialog.accept())
  await openScope(page, SCOPES.ventas)
  await expect(hours.getByLabel('Sábado: desde (rango 2)')).toHaveCount(0)
  await expect(hours.getByRole('switch', { name: 'Domingo' })).not.toBeChecked()
})

test("§6 importing holidays previews the country's dates, skips existing ones and adds the chosen ones", async ({
  page,
  seeded,
}) => {
  await seeded.keep(SCOPES.nocturno)
  await openScope(page, SCOPES.nocturno)
  const dates = datesRegion(page)
  await expect(dates.getByTestId('override-row')).toHaveCount(0)
  await dates.getByRole('button', { name: 'Importar festivos' }).click()
  const dialog = page.getByRole('dialog', { name: 'Importar días festivos' })
  await dialog.getByRole('combobox', { name: 'País' }).click()
  await page.getByRole('option', { name: 'México' }).click()
  const year = String(new Date().getFullYear() + 1)
  await dialog.getByRole('combobox', { name: 'Periodo' }).click()
  await page.getByRole('option', { name: year }).click()
  await expect(dialog.getByRole('checkbox', { name: /Día de la Independencia/ })).toBeChecked()
  const count = await dialog.getByRole('checkbox').count()
  expect(count).toBeGreaterThan(5)
  await dialog.getByRole('button', { name: new RegExp(`Agregar ${count} fechas`) }).click()
  await expect(dates.getByTestId('override-row')).toHaveCount(count)
  // Each date's line carries its date in a <time datetime>.
  const dateValues = () =>
    dates
      .getByTestId('override-summary')
      .locator('time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')))
  expect(await dateValues()).toContain(`${year}-09-16`)
  expect(await dateValues()).toContain(`${year}-01-01`)

  // Importing again skips what is already there.
  await dates.getByRole('button', { name: 'Importar festivos' }).click()
  await dialog.getByRole('combobox', { name: 'Periodo' }).click()
  await page.getByRole('option', { name: year }).click()
  await expect(dialog.getByText('ya está en la lista').first()).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Agregar fechas' })).toBeDisabled()
  await page.keyboard.press('Escape')

  await saveAndConfirm(page)
  await openScope(page, SCOPES.nocturno)
  await expect(dates.getByTestId('override-row')).toHaveCount(count)

  // Restore: remove them all.
  while ((await dates.getByTestId('override-row').count()) > 0) {
    const row = dates.getByTestId('override-row').first()
    await row.getByTestId('override-summary').click()
    await row.getByRole('button', { name: /Quitar la fecha/ }).click()
  }
  await saveAndConfirm(page)
})

test.describe('§6 invalid input shows an inline error and saves nothing', () => {
  const cases = [
    {
      name: 'overlapping ranges',
      edit: async (page: import('@playwright/test').Page) => {
        await hoursRegion(page).getByLabel('Lunes: desde (rango 2)').fill('12:00')
      },
      error: 'Este rango se superpone con 08:00–13:00',
      near: (page: import('@playwright/test').Page) => hoursRegion(page).getByTestId('day-mon'),
    },
    {
      name: 'an empty out-of-hours message',
      edit: async (page: import('@playwright/test').Page) => {
        await messageBox(page).fill('')
      },
      error: 'Escribe el mensaje fuera de horario (es obligatorio si no atiendes 24/7)',
      near: (page: import('@playwright/test').Page) =>
        page.getByRole('region', { name: 'Mensaje fuera de horario' }),
    },
    {
      name: 'an invalid time',
      edit: async (page: import('@playwright/test').Page) => {
        await hoursRegion(page).getByLabel('Martes: desde (rango 1)').fill('25:00')
      },
      error: 'Usa el formato HH:MM (00:00–23:59)',
      near: (page: import('@playwright/test').Page) => hoursRegion(page).getByTestId('day-tue'),
    },
  ]
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      await openScope(page, SCOPES.ventas)
      const before = await page.getByText(/^Última modificación/).textContent()
      await c.edit(page)
      await saveButton(page).click()
      await expect(c.near(page).getByText(c.error)).toBeVisible()
      await expect(page.getByText('Revisa los campos marcados: no se guardó nada.')).toBeVisible()
      await expect(page.getByText('Cambios guardados')).toHaveCount(0)
      // Reload: the stored configuration did not change.
      page.once('dialog', (dialog) => void dialog.accept())
      await openScope(page, SCOPES.ventas)
      await expect(page.getByText(/^Última modificación/)).toHaveText(before ?? '')
      await expect(hoursRegion(page).getByLabel('Lunes: desde (rango 2)')).toHaveValue('14:00')
      await expect(hoursRegion(page).getByLabel('Martes: desde (rango 1)')).toHaveValue('08:00')
      await expect(messageBox(page)).not.toHaveValue('')
    })
  }
})

test('§6 two admins save the same scope: the second gets the conflict message, keeps its input, and can reload', async ({
  browser,
  seeded,
}) => {
  await seeded.keep(SCOPES.soporte)
  const first = await browser.newContext({ storageState: ADMIN.state })
  const second = await browser.newContext({ storageState: ADMIN.state })
  const a = await first.newPage()
  const b = await second.newPage()
  try {
    await openScope(a, SCOPES.soporte)
    await openScope(b, SCOPES.soporte)
    const original = await messageBox(a).inputValue()

    await messageBox(a).fill('Mensaje guardado por la primera persona')
    await saveAndConfirm(a)

    await messageBox(b).fill('Mensaje de la segunda persona')
    await saveButton(b).click()
    await expect(b.getByText('Otra persona guardó cambios en esta configuración')).toBeVisible()
    await expect(messageBox(b)).toHaveValue('Mensaje de la segunda persona')
    await expect(b.getByText('Cambios guardados')).toHaveCount(0)

    await b.getByRole('button', { name: 'Recargar la versión actual' }).click()
    await expect(messageBox(b)).toHaveValue('Mensaje guardado por la primera persona')
    await expect(b.getByText('Otra persona guardó cambios en esta configuración')).toHaveCount(0)

    // Nothing of the first save was lost.
    await openScope(a, SCOPES.soporte)
    await expect(messageBox(a)).toHaveValue('Mensaje guardado por la primera persona')
    await messageBox(a).fill(original)
    await saveAndConfirm(a)
  } finally {
    await first.close()
    await second.close()
  }
})

test('§6 leaving with unsaved changes asks first (in-app link and tab close)', async ({ page }) => {
  await openScope(page, SCOPES.ventas)
  await messageBox(page).fill('Un cambio sin guardar')
  const nav = page.getByRole('navigation', { name: 'Configuraciones' })
  await nav.getByRole('link', { name: /^General/ }).click()
  const confirm = page.getByRole('alertdialog', { name: '¿Salir sin guardar?' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Seguir editando' }).click()
  await expect(page).toHaveURL(/dep_aurora_ventas$/)
  await expect(messageBox(page)).toHaveValue('Un cambio sin guardar')

  // Closing the tab triggers the browser's own confirmation.
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type())
    void dialog.dismiss()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => dialogs).toContain('beforeunload')
})

test('§6 leaving after confirming navigates away without saving', async ({ page }) => {
  await openScope(page, SCOPES.ventas)
  await messageBox(page).fill('Otro cambio sin guardar')
  await page
    .getByRole('navigation', { name: 'Configuraciones' })
    .getByRole('link', { name: /^General/ })
    .click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Salir sin guardar' }).click()
  await expect(page).toHaveURL(/\/settings\/schedules$/)
  await openScope(page, SCOPES.ventas)
  await expect(messageBox(page)).not.toHaveValue('Otro cambio sin guardar')
})

test('§6 the browser Back button with unsaved changes asks first; leaving goes where Back would go', async ({
  page,
}) => {
  await openScope(page, SCOPES.general)
  await page
    .getByRole('navigation', { name: 'Configuraciones' })
    .getByRole('link', { name: /^Ventas/ })
    .click()
  await expect(page).toHaveURL(/dep_aurora_ventas$/)
  await expect(page.locator('form[data-ready]')).toBeVisible()
  await messageBox(page).fill('Un cambio antes de volver')

  await page.goBack()
  const confirm = page.getByRole('alertdialog', { name: '¿Salir sin guardar?' })
  await expect(confirm).toBeVisible()
  await expect(page).toHaveURL(/dep_aurora_ventas$/)
  await confirm.getByRole('button', { name: 'Seguir editando' }).click()
  await expect(confirm).toBeHidden()
  await expect(messageBox(page)).toHaveValue('Un cambio antes de volver')

  // Asked again on the next Back; this time leave: General, as Back would have done, and nothing was saved.
  await page.goBack()
  await confirm.getByRole('button', { name: 'Salir sin guardar' }).click()
  await expect(page).toHaveURL(/\/settings\/schedules$/)
  await openScope(page, SCOPES.ventas)
  await expect(messageBox(page)).not.toHaveValue('Un cambio antes de volver')
})

test('§6 keyboard only: edit and save with Tab and Enter (and Ctrl+S)', async ({ page }) => {
  await openScope(page, SCOPES.soporte)
  const original = await messageBox(page).inputValue()
  await messageBox(page).focus()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Soporte 24/7 — escrito con el teclado')
  for (let i = 0; i < 40; i++) {
    if (await saveButton(page).evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(saveButton(page)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(savedConfirmation(page)).toBeVisible()
  await openScope(page, SCOPES.soporte)
  await expect(messageBox(page)).toHaveValue('Soporte 24/7 — escrito con el teclado')

  // Restore with the shortcut.
  await messageBox(page).fill(original)
  await page.keyboard.press('ControlOrMeta+s')
  await expect(savedConfirmation(page)).toBeVisible()
})

test('§5 the live line says who answers now in this scope, from the unsaved values', async ({ page }) => {
  await openScope(page, SCOPES.soporte)
  const live = page.getByTestId('live-status')
  // Soporte: 24/7 with an always-on assistant first.
  await expect(live).toContainText('Ahora atiende el Asistente Inteligente')
  await page.getByRole('switch', { name: 'Asistente activo' }).click()
  await expect(live).toContainText('Ahora atienden los Asesores Humanos')
  await expect(live).toContainText('asesores en línea')
})

// Issue 11 item 6 — toasts never cover the "Guardar cambios" bar, on a phone and on a desktop.
import type { Page } from '@playwright/test'
import { ADMIN, expect, test } from './fixtures'
import { hoursRegion, messageBox, openScope, saveAndConfirm, saveButton, SCOPES } from './schedules-helpers'

test.use({ storageState: ADMIN.state })

type Box = { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function expectToastsClearOfSaveBar(page: Page) {
  const toasts = page.locator('[data-sonner-toast]')
  await expect(toasts.first()).toBeVisible()
  const bar = await page.getByTestId('save-bar').boundingBox()
  expect(bar).not.toBeNull()
  for (const toast of await toasts.all()) {
    const box = await toast.boundingBox()
    if (box)
      expect(overlaps(box, bar!), `toast ${JSON.stringify(box)} vs bar ${JSON.stringify(bar)}`).toBe(false)
  }
  // The save button stays clickable while toasts are up.
  await expect(saveButton(page)).toBeInViewport()
}

for (const width of [1280, 390]) {
  test(`at ${width} px toasts (copy, error) never cover the save bar`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
    await openScope(page, SCOPES.ventas)
    // On a phone each weekday is one line that opens its ranges and their buttons.
    if (width === 390) {
      await hoursRegion(page).getByRole('button', { name: 'Lunes: 08:00–13:00, 14:00–19:00' }).click()
    }
    // A copy toast.
    await hoursRegion(page).getByRole('button', { name: 'Copiar el horario del Lunes a otros días' }).click()
    await page.getByRole('checkbox', { name: 'Sábado' }).check()
    await page.getByRole('button', { name: 'Copiar', exact: true }).click()
    await expectToastsClearOfSaveBar(page)
    // An error toast on top of it.
    await messageBox(page).fill('')
    await saveButton(page).click()
    await expect(page.getByText('Revisa los campos marcados: no se guardó nada.')).toBeVisible()
    await expectToastsClearOfSaveBar(page)
  })
}

/**
 * Counts, from inside the page, the most "Cambios guardados" toasts ever on screen at once (not marked removed),
 * from now on: a MutationObserver sees every intermediate state, also one that lasts a single frame.
 */
async function watchSavedToasts(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __maxSaved: number }
    w.__maxSaved = 0
    const count = () =>
      [...document.querySelectorAll('[data-sonner-toast]:not([data-removed="true"])')].filter((n) =>
        n.textContent?.includes('Cambios guardados'),
      ).length
    new MutationObserver(() => {
      w.__maxSaved = Math.max(w.__maxSaved, count())
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { __maxSaved: number }).__maxSaved)
}

for (const width of [1280, 390]) {
  test(`at ${width} px one save shows one "Cambios guardados", clear of the save bar, and adds one history entry`, async ({
    page,
    departments,
  }) => {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 })
    // The first save of a department just created and switched to its own configuration (issue 22 item 1).
    await departments.create(`Confirmación ${width}`)
    const entries = page.getByTestId('audit-history').getByTestId('audit-entry')
    await expect(entries).toHaveCount(1)
    const maxSaved = await watchSavedToasts(page)
    await page.getByRole('radio', { name: /Configuración propia/ }).click()
    await saveAndConfirm(page)
    await expectToastsClearOfSaveBar(page)
    await expect(entries).toHaveCount(2)
    // Sonner's toast stays 4 s; anything raised twice for this save would be on screen by now.
    await page.waitForTimeout(1_500)
    expect(await maxSaved()).toBe(1)
  })
}

test('validation: the status bar never asks to fix marked fields while nothing is marked; one message per line', async ({
  page,
}) => {
  await openScope(page, SCOPES.ventas)
  const status = page.getByTestId('live-status')
  // Tuesday 08:00–13:00 and 14:00–19:00: make the second start inside the first and its end equal its start.
  const tuesday = hoursRegion(page).getByTestId('day-tue')
  await tuesday.getByLabel('Martes: desde (rango 2)').fill('10:00')
  await expect(status).toContainText('al guardar se marcan los campos')
  await expect(status).not.toContainText('Corrige los campos marcados')
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0)
  await saveButton(page).click()
  await expect(status).toContainText('Corrige los campos marcados')
  await expect(tuesday.locator('[aria-invalid="true"]').first()).toBeVisible()
  // After the first submit, fixing the value clears the error without pressing save again.
  await tuesday.getByLabel('Martes: desde (rango 2)').fill('14:00')
  await expect(tuesday.locator('[aria-invalid="true"]')).toHaveCount(0)
  await expect(status).not.toContainText('Corrige los campos marcados')
  // Two problems on one range are two lines, not glued with "·".
  await tuesday.getByLabel('Martes: desde (rango 2)').fill('25:00')
  await tuesday.getByLabel('Martes: hasta (rango 2)').fill('26:00')
  const error = tuesday.locator('[data-slot="field-error"]').filter({ hasText: /\S/ }).first()
  await expect(error.locator('span.block')).toHaveCount(2)
  await expect(error).not.toContainText(' · ')
})

test('validation: both sides of an overlap are marked, also an overnight range running into the next day', async ({
  page,
}) => {
  await openScope(page, SCOPES.ventas)
  const hours = hoursRegion(page)
  // Wednesday 08:00–13:00 becomes 22:00–10:00: it runs into Thursday's 08:00–13:00.
  const wednesday = hours.getByTestId('day-wed')
  const thursday = hours.getByTestId('day-thu')
  await wednesday.getByLabel('Miércoles: desde (rango 1)').fill('22:00')
  await wednesday.getByLabel('Miércoles: hasta (rango 1)').fill('10:00')
  // Monday's two ranges overlap each other.
  const monday = hours.getByTestId('day-mon')
  await monday.getByLabel('Lunes: desde (rango 2)').fill('12:00')
  await saveButton(page).click()

  const overnight = 'El rango nocturno del miércoles se superpone con el primer rango del jueves'
  await expect(wednesday.getByText(overnight)).toBeVisible()
  await expect(thursday.getByText(overnight)).toBeVisible()
  await expect(thursday.getByLabel('Jueves: desde (rango 1)')).toHaveAttribute('aria-invalid', 'true')
  await expect(monday.getByText('Este rango se superpone con 08:00–13:00')).toBeVisible()
  await expect(monday.getByText(/^Este rango se superpone con 12:00–/)).toBeVisible()
  await expect(monday.getByLabel('Lunes: desde (rango 1)')).toHaveAttribute('aria-invalid', 'true')
  await expect(monday.getByLabel('Lunes: desde (rango 2)')).toHaveAttribute('aria-invalid', 'true')
})

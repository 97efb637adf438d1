// Issue 16 item 1 — restoring a version (docs/behaviour.md §6 › Versions): a history entry opens the configuration
// as that save left it, read-only in the editor's layout; restoring it (after a confirmation naming what is
// replaced) is a new save, shown in the history in words; a save made meanwhile is the usual conflict.
import type { Page } from '@playwright/test'
import { ADMIN, OTHER_ADMIN, STAFF, axeViolations, expect, test } from './fixtures'
import {
  hoursRegion,
  messageBox,
  openScope,
  saveAndConfirm,
  SCOPES,
  deleteOpenDepartment,
} from './schedules-helpers'

const mondayFrom = (page: Page) => hoursRegion(page).getByLabel('Lunes: desde (rango 1)')
const history = (page: Page) => page.getByTestId('audit-history')

test.describe('admin', () => {
  test.use({ storageState: ADMIN.state })

  test('§6 open a history entry, see it read-only, restore it; the restore is a new version in the history; a save meanwhile is a conflict', async ({
    page,
    departments,
    context,
  }) => {
    // A department of its own for this test (created, then deleted), so the demo stays as seeded.
    const path = await departments.create('Versiones e2e')

    // Version 2: its own configuration (a copy of General: Monday from 08:00).
    await page.getByRole('radio', { name: /Configuración propia/ }).click()
    await messageBox(page).fill('Mensaje de la versión dos.')
    await saveAndConfirm(page)
    await expect(page.getByText('Cambios guardados')).toHaveCount(0)
    // Version 3: Monday from 10:00 and another message.
    await mondayFrom(page).fill('10:00')
    await messageBox(page).fill('Mensaje de la versión tres.')
    await saveAndConfirm(page)

    // The history links each save's version; version 2's entry opens it.
    await history(page).getByRole('link', { name: 'Ver la versión 2' }).click()
    await page.waitForURL(`**${path}/versions/2`)
    await expect(page.getByRole('heading', { name: 'Versión 2' })).toBeVisible()
    await expect(page.getByTestId('version-saved')).toContainText('Guardada por Valentina Ríos')
    const view = page.getByRole('form', { name: 'Configuración de la versión 2' })
    await expect(mondayFrom(page)).toHaveValue('08:00')
    await expect(mondayFrom(page)).toBeDisabled()
    await expect(messageBox(page)).toHaveValue('Mensaje de la versión dos.')
    await expect(view.getByRole('radio', { name: /Configuración propia/ })).toBeChecked()
    expect(await axeViolations(page)).toEqual([])

    // The confirmation names the scope, the version it replaces and what changes, in words.
    await page.getByRole('button', { name: 'Restaurar esta versión' }).click()
    const dialog = page.getByRole('alertdialog', { name: '¿Restaurar la versión 2?' })
    await expect(dialog).toContainText('Se reemplaza la configuración actual de Versiones e2e (versión 3)')
    await expect(dialog.getByTestId('audit-change')).toHaveText([
      'Lunes: 10:00–18:00 → 08:00–18:00',
      'Mensaje fuera de horario: Mensaje de la versión tres. → Mensaje de la versión dos.',
    ])
    await expect(dialog).toContainText('La versión 3 queda en el historial')
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: 'Restaurar la versión 2' }).click()

    // Back in the editor with the restored values, the toast, and the restore in the history as version 4.
    await expect(page.getByText('Versión 2 restaurada: ahora es la versión 4.')).toBeVisible()
    await page.waitForURL(`**${path}`)
    await expect(page.locator('form[data-ready]')).toBeVisible()
    await expect(mondayFrom(page)).toHaveValue('08:00')
    await expect(messageBox(page)).toHaveValue('Mensaje de la versión dos.')
    const latest = history(page).getByTestId('audit-entry').first()
    await expect(latest).toContainText('Restauró la versión 2 — Versiones e2e')
    await expect(latest).toContainText('versión 4')
    await expect(latest.getByTestId('audit-change')).toContainText(['Lunes: 10:00–18:00 → 08:00–18:00'])
    await expect(history(page)).not.toContainText('settings.restore')

    // Undo by restoring version 3 — but someone saves in another tab first: the usual conflict, nothing restored.
    await page.goto(`${path}/versions/3`)
    await expect(mondayFrom(page)).toHaveValue('10:00')
    const other = await context.newPage()
    await openScope(other, path)
    await messageBox(other).fill('Guardado en otra pestaña.')
    await saveAndConfirm(other)
    await other.close()

    await page.getByRole('button', { name: 'Restaurar esta versión' }).click()
    await page
      .getByRole('alertdialog', { name: '¿Restaurar la versión 3?' })
      .getByRole('button', { name: 'Restaurar la versión 3' })
      .click()
    await expect(page.getByTestId('restore-conflict')).toContainText(
      'Alguien guardó cambios mientras mirabas esta versión',
    )
    await page.getByRole('button', { name: 'Recargar' }).click()
    await page.getByRole('button', { name: 'Restaurar esta versión' }).click()
    const again = page.getByRole('alertdialog', { name: '¿Restaurar la versión 3?' })
    await expect(again).toContainText('(versión 5)')
    await expect(again.getByTestId('audit-change')).toContainText([
      'Mensaje fuera de horario: Guardado en otra pestaña. → Mensaje de la versión tres.',
    ])
    await again.getByRole('button', { name: 'Restaurar la versión 3' }).click()
    await page.waitForURL(`**${path}`)
    await expect(page.locator('form[data-ready]')).toBeVisible()
    await expect(mondayFrom(page)).toHaveValue('10:00')
    await expect(history(page).getByTestId('audit-entry').first()).toContainText('Restauró la versión 3')

    await deleteOpenDepartment(page)
  })

  test('§6 the current version has nothing to restore; a version not reached yet is not found', async ({
    page,
  }) => {
    await openScope(page, SCOPES.general)
    const link = history(page)
      .getByRole('link', { name: /^Ver la versión \d+$/ })
      .first()
    const current = Number((await link.textContent())?.match(/\d+/)?.[0])
    await link.click()
    await expect(page.getByRole('heading', { name: `Versión ${current}` })).toContainText('Versión actual')
    await expect(page.getByTestId('restore-panel')).toContainText(
      'La configuración actual es igual a esta versión',
    )
    await expect(page.getByRole('button', { name: 'Restaurar esta versión' })).toHaveCount(0)
    const response = await page.goto(`${SCOPES.general}/versions/${current + 1}`)
    expect(response?.status()).toBe(404)
  })
})

test.describe('staff', () => {
  test.use({ storageState: STAFF.state })

  test('§7 staff open a version read-only, without a restore', async ({ page }) => {
    await page.goto(SCOPES.general)
    await history(page)
      .getByRole('link', { name: /^Ver la versión \d+$/ })
      .last()
      .click()
    await expect(page.getByRole('heading', { name: /^Versión \d+/ })).toBeVisible()
    await expect(page.getByText('Solo lectura')).toBeVisible()
    await expect(mondayFrom(page)).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Restaurar esta versión' })).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
  })
})

test.describe('another organization', () => {
  test.use({ storageState: OTHER_ADMIN.state })

  test("§7 another organization's versions are not found, by department or by version number", async ({
    page,
  }) => {
    // Tienda Aurora's General has seeded versions 2 and 3; Café Montaña's General has none of its own.
    for (const path of [
      `${SCOPES.ventas}/versions/1`,
      `${SCOPES.general}/versions/2`,
      `${SCOPES.general}/versions/3`,
    ]) {
      const response = await page.goto(path)
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 })
    }
    // Its own General's version 1 was written by the seed, before any save: there is nothing to show or restore.
    await page.goto(`${SCOPES.general}/versions/1`)
    await expect(page.getByText('Esta versión es anterior al historial completo')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Restaurar esta versión' })).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
  })
})

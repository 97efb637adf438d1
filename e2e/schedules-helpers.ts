import { expect, type Page } from '@playwright/test'

export const SCOPES = {
  general: '/settings/schedules',
  ventas: '/settings/schedules/dep_aurora_ventas',
  soporte: '/settings/schedules/dep_aurora_soporte',
  facturacion: '/settings/schedules/dep_aurora_facturacion',
  nocturno: '/settings/schedules/dep_aurora_turno_nocturno',
} as const

/** Opens a scope and waits until the editor is hydrated (interactive). */
export async function openScope(page: Page, path: string) {
  await page.goto(path)
  await expect(page.locator('form[data-ready]')).toBeVisible()
}

export const hoursRegion = (page: Page) => page.getByRole('region', { name: 'Horario de atención' })
export const datesRegion = (page: Page) =>
  page.getByRole('region', { name: 'Días festivos y fechas especiales' })
export const assistantRegion = (page: Page) => page.getByRole('region', { name: 'Asistente Inteligente' })
export const saveButton = (page: Page) => page.getByRole('button', { name: 'Guardar cambios' })
export const priorityCombobox = (page: Page) => page.getByRole('combobox', { name: 'Prioridad de atención' })
export const messageBox = (page: Page) => page.getByRole('textbox', { name: /^Mensaje/ })

/**
 * The current "Cambios guardados" toast. A new save dismisses the previous one, which stays in the DOM (marked
 * data-removed by Sonner) for its exit animation: only the one still on screen counts.
 */
export const savedConfirmation = (page: Page) =>
  page.locator('[data-sonner-toast]:not([data-removed="true"])').filter({ hasText: 'Cambios guardados' })

/**
 * Saves and waits for the newest confirmation toast. Right after a second save the previous confirmation is still
 * on screen for a frame or two (Sonner marks it removed on the next animation frame), so this waits for exactly one
 * rather than failing on that moment.
 */
export async function saveAndConfirm(page: Page) {
  await saveButton(page).click()
  await expect(page.getByText('Todo guardado')).toBeVisible({ timeout: 30_000 })
  await expect(savedConfirmation(page)).toHaveCount(1)
  await expect(savedConfirmation(page)).toBeVisible()
}

/**
 * A department of the test's own, created from General's "Nuevo departamento" and opened in the editor (so the demo
 * departments stay as seeded). Returns its editor path; deleteOpenDepartment removes it at the end.
 */
export async function createDepartment(page: Page, name: string): Promise<string> {
  await page.goto(SCOPES.general)
  await page.getByRole('button', { name: 'Nuevo departamento' }).click()
  const create = page.getByRole('dialog', { name: 'Nuevo departamento' })
  await create.getByLabel('Nombre del departamento').fill(name)
  await create.getByRole('button', { name: 'Crear departamento' }).click()
  await page.waitForURL(/\/settings\/schedules\/[^/?]+$/)
  const path = new URL(page.url()).pathname
  await openScope(page, path)
  return path
}

/** Deletes the department open in the editor, through its confirmation. */
export async function deleteOpenDepartment(page: Page) {
  await page.getByRole('button', { name: 'Eliminar departamento' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Eliminar departamento' }).click()
  await page.waitForURL(/\/settings\/schedules$/)
}

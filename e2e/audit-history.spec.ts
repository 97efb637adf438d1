// Issue 11.3 — the change history in people's words, in the reader's language, updated right after a save.
import { ADMIN, expect, test } from './fixtures'
import { datesRegion, openScope, priorityCombobox, saveAndConfirm, SCOPES } from './schedules-helpers'

test.use({ storageState: ADMIN.state })

test('§6 saving a priority change and a new special date shows readable history entries at once (es and en)', async ({
  page,
  context,
  baseURL,
}) => {
  await openScope(page, SCOPES.soporte)
  const history = page.getByTestId('audit-history')
  const latest = history.getByTestId('audit-entry').first()

  await priorityCombobox(page).click()
  await page.getByRole('option', { name: 'Asesores Humanos' }).click()
  const dates = datesRegion(page)
  await dates.getByRole('button', { name: 'Agregar fecha' }).click()
  const row = dates.getByTestId('override-row').last()
  await row.getByRole('textbox', { name: 'Fecha', exact: true }).fill('2027-12-08')
  await saveAndConfirm(page)

  // No reload: the entry is there as soon as the save is confirmed, with the editor's labels.
  await expect(latest).toContainText('Guardó cambios')
  await expect(latest.getByTestId('audit-change')).toHaveText([
    'Días festivos y fechas especiales: Agregó 8 dic 2027 · Cerrado todo el día',
    'Prioridad de atención: Asistente Inteligente → Asesores Humanos',
  ])
  await expect(latest.getByRole('img', { name: 'cambió a' })).toBeVisible()
  await expect(history).not.toContainText('agents')
  await expect(history).not.toContainText('{')

  // The same entry for an English reader.
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL ?? 'http://localhost' }])
  await page.reload()
  await expect(latest.getByTestId('audit-change')).toHaveText([
    'Holidays and special dates: Added Dec 8, 2027 · Closed all day',
    'Attention priority: AI assistant → Human agents',
  ])
  await expect(latest).toContainText('Saved changes')

  // Restore the demo values (in Spanish); the removal is described too.
  await context.clearCookies({ name: 'NEXT_LOCALE' })
  await openScope(page, SCOPES.soporte)
  await priorityCombobox(page).click()
  await page.getByRole('option', { name: 'Asistente Inteligente' }).click()
  await dates.getByTestId('override-summary').click()
  await dates.getByRole('button', { name: /Quitar la fecha/ }).click()
  await saveAndConfirm(page)
  await expect(latest.getByTestId('audit-change')).toHaveText([
    'Días festivos y fechas especiales: Quitó 8 dic 2027 · Cerrado todo el día',
    'Prioridad de atención: Asesores Humanos → Asistente Inteligente',
  ])
})

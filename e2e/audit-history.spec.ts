// Issue 11.3 — the change history in people's words, in the reader's language, updated right after a save.
import { ADMIN, expect, test } from './fixtures'
import {
  datesRegion,
  messageBox,
  openScope,
  priorityCombobox,
  saveAndConfirm,
  SCOPES,
  deleteOpenDepartment,
} from './schedules-helpers'

test.use({ storageState: ADMIN.state })

test('§6 saving a priority change and a new special date shows readable history entries at once (es and en)', async ({
  page,
  context,
  baseURL,
  seeded,
}) => {
  await seeded.keep(SCOPES.soporte)
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

test('§6 the history shows the latest three changes, and "Ver cambios anteriores" the earlier ones', async ({
  page,
  departments,
  browser,
}) => {
  // A department of its own (created, then deleted): its history is exactly what this test does.
  const path = await departments.create('Historial e2e')

  // Created + three saves = four entries.
  await page.getByRole('radio', { name: /Configuración propia/ }).click()
  await saveAndConfirm(page)
  for (const n of [2, 3]) {
    await messageBox(page).fill(`Mensaje número ${n}.`)
    await saveAndConfirm(page)
  }
  const history = page.getByTestId('audit-history')
  const entries = history.getByTestId('audit-entry')
  await expect(entries).toHaveCount(3)
  await expect(entries.first()).toContainText('Mensaje número 3.')
  await expect(history).not.toContainText('Creó el departamento')

  // A plain link: it works without JavaScript too (a context that has none).
  const noScript = await browser.newContext({ storageState: ADMIN.state, javaScriptEnabled: false })
  const plain = await noScript.newPage()
  await plain.goto(path)
  await expect(plain.getByTestId('audit-entry')).toHaveCount(3)
  await plain.getByRole('link', { name: 'Ver cambios anteriores' }).click()
  await plain.waitForURL(`**${path}?history=25#history`)
  await expect(plain.getByTestId('audit-entry')).toHaveCount(4)
  await expect(plain.getByTestId('audit-entry').last()).toContainText('Creó el departamento')
  await noScript.close()

  // The same link with JavaScript: the same page with more entries, at the history.
  const older = page.getByRole('link', { name: 'Ver cambios anteriores' })
  await expect(older).toHaveAttribute('href', `${path}?history=25#history`)
  await older.click()
  await page.waitForURL(`**${path}?history=25#history`)
  await expect(entries).toHaveCount(4)
  await expect(entries.last()).toContainText('Creó el departamento')
  await expect(page.getByRole('link', { name: 'Ver cambios anteriores' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Historial de cambios' })).toBeInViewport()

  await deleteOpenDepartment(page)
})

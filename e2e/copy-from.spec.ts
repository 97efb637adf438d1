// Issue 16 item 3 — "Copiar de…": a department's editor copies chosen sections of another department or General into
// the form; nothing is stored until "Guardar cambios", and a confirmation names what will be replaced first.
import type { Page } from '@playwright/test'
import { ADMIN, axeViolations, expect, test } from './fixtures'
import {
  assistantRegion,
  datesRegion,
  hoursRegion,
  messageBox,
  openScope,
  priorityCombobox,
  saveAndConfirm,
  SCOPES,
  deleteOpenDepartment,
} from './schedules-helpers'

test.use({ storageState: ADMIN.state })

const SECTIONS = [
  'Horario de atención',
  'Días festivos y fechas especiales',
  'Mensaje fuera de horario',
  'Asistente Inteligente',
  'Prioridad de atención',
]

/** Opens "Copiar de…", picks the source and leaves exactly `sections` checked; returns the dialog. */
async function chooseCopy(page: Page, source: string, sections: string[]) {
  await page.getByRole('button', { name: 'Copiar de…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Copiar de otra configuración' })
  await dialog.getByRole('combobox', { name: 'Copiar de' }).click()
  await page.getByRole('option', { name: source, exact: true }).click()
  for (const section of SECTIONS) {
    await dialog.getByRole('checkbox', { name: section, exact: true }).setChecked(sections.includes(section))
  }
  return dialog
}

const mondayFrom = (page: Page, index: number) =>
  hoursRegion(page).getByLabel(`Lunes: desde (rango ${index})`)
const mondayTo = (page: Page, index: number) => hoursRegion(page).getByLabel(`Lunes: hasta (rango ${index})`)

test('§6 copying only the hours from another department fills the form; saving stores them', async ({
  page,
  departments,
}) => {
  // A department of its own for this test (created, then deleted), so the demo departments stay as seeded.
  const path = await departments.create('Copias e2e')
  // Using General, there is nothing to copy into.
  await expect(page.getByRole('button', { name: 'Copiar de…' })).toHaveCount(0)
  await page.getByRole('radio', { name: /Configuración propia/ }).click()
  await saveAndConfirm(page)

  // Now a copy of General: Monday 08:00–18:00, General's holidays and message.
  await expect(mondayFrom(page, 1)).toHaveValue('08:00')
  await expect(mondayTo(page, 1)).toHaveValue('18:00')
  const dates = await datesRegion(page).getByTestId('override-row').count()
  expect(dates).toBeGreaterThan(3)
  const message = await messageBox(page).inputValue()

  const dialog = await chooseCopy(page, 'Ventas', ['Horario de atención'])
  await dialog.getByRole('button', { name: 'Continuar' }).click()
  const confirm = page.getByRole('dialog', { name: '¿Reemplazar en el formulario?' })
  await expect(confirm).toContainText('con lo de Ventas')
  await expect(
    confirm.getByRole('list', { name: 'Secciones que se reemplazan' }).getByRole('listitem'),
  ).toHaveText(['Horario de atención'])
  await confirm.getByRole('button', { name: 'Reemplazar' }).click()
  await expect(confirm).toBeHidden()

  // In the form, unsaved: Ventas' split Monday; the dates and message are still this department's.
  await expect(mondayFrom(page, 1)).toHaveValue('08:00')
  await expect(mondayTo(page, 1)).toHaveValue('13:00')
  await expect(mondayFrom(page, 2)).toHaveValue('14:00')
  await expect(mondayTo(page, 2)).toHaveValue('19:00')
  await expect(hoursRegion(page).getByLabel('Sábado: hasta (rango 1)')).toHaveValue('14:00')
  await expect(datesRegion(page).getByTestId('override-row')).toHaveCount(dates)
  await expect(messageBox(page)).toHaveValue(message)
  await expect(page.getByTestId('save-bar')).toContainText('Cambios sin guardar')

  await saveAndConfirm(page)
  // Two saves in a row: the second confirmation replaces the first instead of stacking a copy.
  await expect(page.getByText('Cambios guardados')).toHaveCount(1)
  await openScope(page, path)
  await expect(mondayTo(page, 1)).toHaveValue('13:00')
  await expect(mondayFrom(page, 2)).toHaveValue('14:00')
  await expect(mondayTo(page, 2)).toHaveValue('19:00')
  await expect(messageBox(page)).toHaveValue(message)
})

// The department the first test creates goes again even when that test fails half-way (other specs count the
// demo's departments).
test.afterEach(async ({ page }) => {
  await page.goto(SCOPES.general)
  const link = page
    .getByRole('navigation', { name: 'Configuraciones' })
    .getByRole('link', { name: /Copias e2e/ })
  if ((await link.count()) === 0) return
  await link.click()
  await deleteOpenDepartment(page)
})

test('§6 copying by section replaces only those sections; the dialog is accessible; discarding restores the form', async ({
  page,
}) => {
  await openScope(page, SCOPES.soporte)
  // Soporte técnico: open 24/7, assistant "Aurora Soporte", priority assistant.
  await expect(mondayFrom(page, 1)).toHaveValue('00:00')
  await expect(mondayTo(page, 1)).toHaveValue('24:00')
  await expect(priorityCombobox(page)).toContainText('Asistente Inteligente')

  const dialog = await chooseCopy(page, 'Ventas', ['Mensaje fuera de horario', 'Prioridad de atención'])
  expect(await axeViolations(page)).toEqual([])
  await dialog.getByRole('button', { name: 'Continuar' }).click()
  const confirm = page.getByRole('dialog', { name: '¿Reemplazar en el formulario?' })
  await expect(confirm.getByRole('listitem')).toHaveText([
    'Mensaje fuera de horario',
    'Prioridad de atención',
  ])
  expect(await axeViolations(page)).toEqual([])
  await confirm.getByRole('button', { name: 'Reemplazar' }).click()

  await expect(messageBox(page)).toHaveValue(/asesores de ventas/)
  await expect(priorityCombobox(page)).toContainText('Asesores Humanos')
  // Untouched: the 24/7 hours and the assistant.
  await expect(mondayFrom(page, 1)).toHaveValue('00:00')
  await expect(mondayTo(page, 1)).toHaveValue('24:00')
  await expect(assistantRegion(page).getByLabel('Nombre del asistente')).toHaveValue('Aurora Soporte')
  await expect(page.getByTestId('save-bar')).toContainText('Cambios sin guardar')

  // Copying the assistant from a department without one says the form's assistant goes; "Volver" keeps it.
  await chooseCopy(page, 'Turno nocturno', ['Asistente Inteligente'])
  await page.getByRole('button', { name: 'Continuar' }).click()
  await expect(page.getByRole('dialog', { name: '¿Reemplazar en el formulario?' })).toContainText(
    'Turno nocturno no tiene asistente: se quitará el asistente de este formulario.',
  )
  await page.getByRole('button', { name: 'Volver' }).click()
  await page.keyboard.press('Escape')
  await expect(assistantRegion(page).getByLabel('Nombre del asistente')).toHaveValue('Aurora Soporte')

  // Nothing was stored: discarding brings back the saved form.
  await page.getByRole('button', { name: 'Descartar cambios' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Descartar cambios' }).click()
  await expect(priorityCombobox(page)).toContainText('Asistente Inteligente')
  await expect(messageBox(page)).not.toHaveValue(/asesores de ventas/)
  await expect(page.getByTestId('save-bar')).toContainText('Todo guardado')
})

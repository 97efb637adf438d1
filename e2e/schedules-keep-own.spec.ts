// docs/behaviour.md §3 / issue 11.1 — switching a department to "Usar la configuración General" never deletes its own
// configuration: it is kept, inactive, and comes back with "Configuración propia".
import type { Page } from '@playwright/test'
import { ADMIN, expect, test } from './fixtures'
import {
  assistantRegion,
  datesRegion,
  hoursRegion,
  messageBox,
  openScope,
  priorityCombobox,
  saveAndConfirm,
  SCOPES,
} from './schedules-helpers'

test.use({ storageState: ADMIN.state })

/** Every control of the editor with its value: labelled inputs, text areas, switches, radios and comboboxes. */
async function editorSnapshot(page: Page): Promise<string[]> {
  return page.locator('form[data-ready] > fieldset').evaluate((root) => {
    const name = (el: Element) =>
      el.getAttribute('aria-label') ??
      (el.id ? root.ownerDocument.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.getAttribute('aria-labelledby') ??
      el.tagName
    return [
      ...root.querySelectorAll('input, textarea, [role="switch"], [role="combobox"], [role="checkbox"]'),
    ]
      .filter((el) => !(el instanceof HTMLInputElement && el.type === 'hidden'))
      .map((el) => {
        const value =
          el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
            ? el.value
            : (el.getAttribute('aria-checked') ?? el.textContent ?? '')
        return `${name(el)} = ${value}`
      })
  })
}

const ownRadio = (page: Page) => page.getByRole('radio', { name: /Configuración propia/ })
const generalRadio = (page: Page) => page.getByRole('radio', { name: /Usar la configuración General/ })

test('§3 switching to General, saving and switching back keeps every field (hours, dates, message, assistant, priority)', async ({
  page,
  seeded,
}) => {
  await seeded.keep(SCOPES.ventas)
  await openScope(page, SCOPES.ventas)
  await expect(ownRadio(page)).toBeChecked()
  const before = await editorSnapshot(page)
  // The snapshot really covers the department's own configuration.
  expect(before.length).toBeGreaterThan(40)
  await expect(hoursRegion(page).getByLabel('Lunes: desde (rango 2)')).toHaveValue('14:00')
  const dateRows = await datesRegion(page).getByTestId('override-row').count()
  expect(dateRows).toBeGreaterThan(3)
  await expect(messageBox(page)).toHaveValue(/asesores de ventas/)
  await expect(page.getByLabel('Nombre del asistente')).toHaveValue('Aurora')
  await expect(priorityCombobox(page)).toContainText('Asesores Humanos')

  // The switch says the own configuration is kept.
  await expect(generalRadio(page)).toHaveAccessibleName(/Tu configuración propia se conserva/)
  await generalRadio(page).click()
  await expect(page.getByTestId('general-summary')).toBeVisible()
  await saveAndConfirm(page)
  const selector = page.getByRole('navigation', { name: 'Configuraciones' })
  await expect(selector.getByRole('link', { name: /Ventas/ })).toContainText('usa General')

  // A fresh load: the department uses General; choosing its own configuration brings back every field.
  await openScope(page, SCOPES.ventas)
  await expect(generalRadio(page)).toBeChecked()
  await expect(page.getByTestId('general-summary')).toBeVisible()
  await ownRadio(page).click()
  await expect(hoursRegion(page).getByLabel('Lunes: desde (rango 2)')).toHaveValue('14:00')
  await expect(datesRegion(page).getByTestId('override-row')).toHaveCount(dateRows)
  await expect(assistantRegion(page).getByLabel('Nombre del asistente')).toHaveValue('Aurora')
  expect(await editorSnapshot(page)).toEqual(before)

  await saveAndConfirm(page)
  await openScope(page, SCOPES.ventas)
  await expect(ownRadio(page)).toBeChecked()
  expect(await editorSnapshot(page)).toEqual(before)
})

test('§3 before saving, switching to General and back keeps the edits made in this visit', async ({
  page,
}) => {
  await openScope(page, SCOPES.ventas)
  await messageBox(page).fill('Mensaje editado antes de cambiar')
  await hoursRegion(page).getByLabel('Martes: hasta (rango 2)').fill('17:30')
  await generalRadio(page).click()
  await expect(page.getByTestId('general-summary')).toBeVisible()
  await ownRadio(page).click()
  await expect(messageBox(page)).toHaveValue('Mensaje editado antes de cambiar')
  await expect(hoursRegion(page).getByLabel('Martes: hasta (rango 2)')).toHaveValue('17:30')
  // Nothing was saved: discarding brings back the stored values.
  await page.getByRole('button', { name: 'Descartar cambios' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Descartar cambios' }).click()
  await expect(messageBox(page)).toHaveValue(/asesores de ventas/)
  await expect(hoursRegion(page).getByLabel('Martes: hasta (rango 2)')).toHaveValue('19:00')
})

// docs/behaviour.md §5 / §6 — Asistente Inteligente and the conditional Prioridad de atención.
import { ADMIN, expect, test } from './fixtures'
import { assistantRegion, openScope, priorityCombobox, saveAndConfirm, SCOPES } from './schedules-helpers'

test.use({ storageState: ADMIN.state })

test('§6 the priority select exists only while the assistant switch is on, with exactly two explained options', async ({
  page,
}) => {
  await openScope(page, SCOPES.ventas)
  const assistantSwitch = page.getByRole('switch', { name: 'Asistente activo' })
  await expect(assistantSwitch).toBeChecked()
  await expect(priorityCombobox(page)).toHaveText('Asesores Humanos')

  await priorityCombobox(page).click()
  const options = page.getByRole('option')
  await expect(options).toHaveCount(2)
  await expect(page.getByRole('option', { name: 'Asesores Humanos' })).toHaveAccessibleDescription(
    /asesores en línea atienden primero/,
  )
  await expect(page.getByRole('option', { name: 'Asistente Inteligente' })).toHaveAccessibleDescription(
    /asistente responde primero/,
  )
  await page.keyboard.press('Escape')

  // Off: the select disappears at once (before saving) and a hint explains when it appears.
  await assistantSwitch.click()
  await expect(priorityCombobox(page)).toHaveCount(0)
  await expect(
    page.getByText(
      'La Prioridad de atención aparece cuando esta configuración tiene un Asistente Inteligente activo.',
    ),
  ).toBeVisible()
  // On again: it comes back with the stored value.
  await assistantSwitch.click()
  await expect(priorityCombobox(page)).toHaveText('Asesores Humanos')
})

test('§6 a new, active assistant starts at Asistente Inteligente; Asesores Humanos survives save, reload and off/on', async ({
  page,
  seeded,
}) => {
  await seeded.keep(SCOPES.nocturno)
  await openScope(page, SCOPES.nocturno)
  await expect(priorityCombobox(page)).toHaveCount(0)
  await assistantRegion(page).getByRole('button', { name: 'Crear asistente' }).click()
  await page.getByLabel('Nombre del asistente').fill('Luna')
  await expect(page.getByRole('switch', { name: 'Asistente activo' })).toBeChecked()
  await expect(priorityCombobox(page)).toHaveText('Asistente Inteligente')

  await priorityCombobox(page).click()
  await page.getByRole('option', { name: 'Asesores Humanos' }).click()
  await expect(priorityCombobox(page)).toHaveText('Asesores Humanos')
  await saveAndConfirm(page)

  await openScope(page, SCOPES.nocturno)
  await expect(page.getByLabel('Nombre del asistente')).toHaveValue('Luna')
  await expect(priorityCombobox(page)).toHaveText('Asesores Humanos')
  // The selector shows the scope's assistant as active now.
  await expect(
    page.getByRole('navigation', { name: 'Configuraciones' }).getByRole('link', { name: /Turno nocturno/ }),
  ).toContainText('Asistente activo')

  // Deactivate and save: the priority is hidden but kept; re-activating shows it as it was.
  await page.getByRole('switch', { name: 'Asistente activo' }).click()
  await saveAndConfirm(page)
  await openScope(page, SCOPES.nocturno)
  await expect(priorityCombobox(page)).toHaveCount(0)
  await page.getByRole('switch', { name: 'Asistente activo' }).click()
  await expect(priorityCombobox(page)).toHaveText('Asesores Humanos')

  // Restore the demo scope (no assistant). Deleting asks first; cancelling keeps the assistant and returns focus.
  const remove = assistantRegion(page).getByRole('button', { name: 'Eliminar asistente' })
  await remove.click()
  const confirm = page.getByRole('alertdialog', { name: '¿Eliminar el asistente «Luna»?' })
  await confirm.getByRole('button', { name: 'Conservar asistente' }).click()
  await expect(confirm).toBeHidden()
  await expect(remove).toBeFocused()
  await expect(page.getByLabel('Nombre del asistente')).toHaveValue('Luna')
  await remove.click()
  await confirm.getByRole('button', { name: 'Eliminar asistente' }).click()
  await expect(page.getByLabel('Nombre del asistente')).toHaveCount(0)
  await expect(priorityCombobox(page)).toHaveCount(0)
  await saveAndConfirm(page)
})

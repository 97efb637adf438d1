import { ADMIN, axeViolations, expect, test } from './fixtures'

test.use({ storageState: ADMIN.state })

test('§3 an admin adds a department (it uses General), renames and deletes it; names render as text, never HTML', async ({
  page,
}) => {
  const hostile = `<img src=x onerror="window.__xss=1">Ventas<script>window.__xss=2</script>`
  await page.goto('/settings/schedules')
  await page.getByRole('button', { name: 'Nuevo departamento' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nuevo departamento' })
  await dialog.getByLabel('Nombre del departamento').fill('')
  await dialog.getByRole('button', { name: 'Crear departamento' }).click()
  await expect(dialog.getByText('Escribe un nombre.')).toBeVisible()
  // Case and accents don't make a different name: the message names the department that already exists.
  const nameField = dialog.getByLabel('Nombre del departamento')
  for (const duplicate of ['Ventas', 'ventas', ' VÉNTAS ']) {
    await nameField.fill(duplicate)
    await dialog.getByRole('button', { name: 'Crear departamento' }).click()
    await expect(nameField).toHaveAccessibleDescription(/Ya existe el departamento «Ventas»/)
    await expect(dialog.getByText('los nombres no distinguen mayúsculas ni tildes')).toBeVisible()
  }
  await dialog.getByLabel('Nombre del departamento').fill(hostile)
  await dialog.getByRole('button', { name: 'Crear departamento' }).click()
  await page.waitForURL(/\/settings\/schedules\/[^/]+$/)

  const scopes = page.getByRole('navigation', { name: 'Configuraciones' })
  const created = scopes.getByRole('link').filter({ hasText: hostile })
  await expect(created).toContainText('usa General')
  await expect(page.getByTestId('scope-title')).toHaveText(hostile)
  const history = page.getByTestId('audit-history')
  await expect(history).toContainText('Creó el departamento')
  await expect(history).toContainText(hostile)
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
  expect(await axeViolations(page)).toEqual([])

  await page.getByRole('button', { name: 'Renombrar' }).click()
  const rename = page.getByRole('dialog', { name: 'Renombrar departamento' })
  await rename.getByLabel('Nombre del departamento').fill('soporte tecnico')
  await rename.getByRole('button', { name: 'Guardar nombre' }).click()
  await expect(rename.getByLabel('Nombre del departamento')).toHaveAccessibleDescription(
    /Ya existe el departamento «Soporte técnico»/,
  )
  await rename.getByLabel('Nombre del departamento').fill('Postventa')
  await rename.getByRole('button', { name: 'Guardar nombre' }).click()
  await expect(page.getByTestId('scope-title')).toHaveText('Postventa')
  await expect(history).toContainText('Renombró el departamento')

  await page.getByRole('button', { name: 'Eliminar departamento' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Eliminar departamento' }).click()
  await page.waitForURL(/\/settings\/schedules$/)
  await expect(scopes.getByRole('link').filter({ hasText: 'Postventa' })).toHaveCount(0)
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
})

import { ADMIN, expect, test } from './fixtures'
import { openScope, saveAndConfirm } from './schedules-helpers'

test.use({ storageState: ADMIN.state })

// Issue 7 / docs/behaviour.md §5: the coverage map warns when customers get nobody, and the warning goes away once an admin
// covers those hours in the editor. Works on a department it creates (and deletes), so the seed stays intact.
test('§5 a "nadie atiende" warning disappears once the admin covers the gap in Horarios', async ({
  page,
}) => {
  await page.goto('/settings/schedules')
  await page.getByRole('button', { name: 'Nuevo departamento' }).click()
  const dialog = page.getByRole('dialog', { name: 'Nuevo departamento' })
  await dialog.getByLabel('Nombre del departamento').fill('Cobertura total')
  await dialog.getByRole('button', { name: 'Crear departamento' }).click()
  await page.waitForURL(/\/settings\/schedules\/[^/]+$/)
  const departmentId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!)

  // Using General (Mon–Fri 08–18, Sat 09–13): nights and Sundays get nobody.
  await page.goto(`/preview?scope=${encodeURIComponent(departmentId)}`)
  const warnings = page.getByTestId('coverage-warnings')
  await expect(warnings.locator('[data-code="no_one_outside_hours"]').first()).toContainText('nadie atiende')

  await openScope(page, `/settings/schedules/${encodeURIComponent(departmentId)}`)
  await page.getByRole('radio', { name: /Configuración propia/ }).click()
  await page.getByRole('button', { name: 'Abrir 24/7' }).click()
  await saveAndConfirm(page)

  await page.goto(`/preview?scope=${encodeURIComponent(departmentId)}`)
  await expect(page.getByTestId('coverage-warnings')).toBeVisible()
  await expect(warnings.locator('[data-code="no_one_outside_hours"]')).toHaveCount(0)

  await openScope(page, `/settings/schedules/${encodeURIComponent(departmentId)}`)
  await page.getByRole('button', { name: 'Eliminar departamento' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Eliminar departamento' }).click()
  await page.waitForURL(/\/settings\/schedules$/)
})

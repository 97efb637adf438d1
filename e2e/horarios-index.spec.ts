import { ADMIN, axeViolations, expect, test } from './fixtures'

test.use({ storageState: ADMIN.state })

test('§6 Horarios lists General first, then every department with its mode, read from the database', async ({
  page,
}) => {
  await page.goto('/settings/schedules')
  await expect(page.getByRole('heading', { level: 1, name: 'Horarios' })).toBeVisible()
  await expect(page.getByTestId('organization-name')).toHaveText('Tienda Aurora')
  const scopes = page.getByRole('navigation', { name: 'Configuraciones' }).getByRole('link')
  await expect(scopes.first()).toContainText('General')
  await expect(scopes.filter({ hasText: 'Ventas' })).toContainText('propia')
  await expect(scopes.filter({ hasText: 'Facturación' })).toContainText('usa General')
  // A department using General shows its badge only: its zone and assistant are General's.
  await expect(scopes.filter({ hasText: 'Facturación' })).not.toContainText('America/Bogota')
  await expect(scopes.filter({ hasText: 'Soporte técnico' })).toContainText('Asistente activo')
  await expect(scopes.filter({ hasText: 'Turno nocturno' })).toContainText('America/Bogota')
  expect(await axeViolations(page)).toEqual([])
})

test('§7 a department of another organization is not found', async ({ page }) => {
  const response = await page.goto('/settings/schedules/dep_montana_pedidos')
  expect(response?.status()).toBe(404)
})

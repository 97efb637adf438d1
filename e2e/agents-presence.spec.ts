// Issue 7 — Asesores and presence (docs/behaviour.md §5: only online agents count; §7 roles; §8 /agents).
import { ADMIN, STAFF, axeViolations, expect, test } from './fixtures'

const NOCTURNO = 'dep_aurora_turno_nocturno'

test.describe('as admin', () => {
  test.use({ storageState: ADMIN.state })

  test('admins add an agent, edit their departments and remove them', async ({ page }) => {
    await page.goto('/agents')
    await expect(page.getByRole('heading', { level: 1, name: 'Asesores' })).toBeVisible()
    await page.getByRole('button', { name: 'Añadir asesor' }).click()
    const dialog = page.getByRole('dialog', { name: 'Añadir asesor' })
    // Invalid: inline messages, nothing saved.
    await dialog.getByLabel('Correo electrónico (opcional)').fill('no-es-un-correo')
    await dialog.getByRole('button', { name: 'Añadir asesor' }).click()
    await expect(dialog.getByText('Escribe el nombre del asesor.')).toBeVisible()
    await expect(dialog.getByText('Escribe un correo electrónico válido')).toBeVisible()
    await dialog.getByLabel('Nombre').fill('Paula Giraldo')
    await dialog.getByLabel('Correo electrónico (opcional)').fill('paula.giraldo@tienda-aurora.co')
    await dialog.getByLabel('Facturación').check()
    await dialog.getByRole('button', { name: 'Añadir asesor' }).click()
    await expect(page.getByText('Paula Giraldo se añadió como asesor.')).toBeVisible()
    const facturacion = page.getByTestId('department-dep_aurora_facturacion')
    await expect(facturacion.locator('tr[data-agent="Paula Giraldo"]')).toHaveAttribute(
      'data-presence',
      'offline',
    )

    await facturacion.getByRole('button', { name: 'Editar a Paula Giraldo' }).click()
    const edit = page.getByRole('dialog', { name: 'Editar asesor' })
    await edit.getByLabel('Ventas').check()
    await edit.getByRole('button', { name: 'Guardar cambios' }).click()
    await expect(page.getByText('Se guardaron los cambios de Paula Giraldo.')).toBeVisible()
    await expect(
      page.getByTestId('department-dep_aurora_ventas').locator('tr[data-agent="Paula Giraldo"]'),
    ).toBeVisible()
    await page.reload()
    await expect(
      page.getByTestId('department-dep_aurora_ventas').locator('tr[data-agent="Paula Giraldo"]'),
    ).toBeVisible()

    await page
      .getByTestId('department-dep_aurora_ventas')
      .getByRole('button', { name: 'Eliminar a Paula Giraldo' })
      .click()
    const confirm = page.getByRole('alertdialog', { name: '¿Eliminar a Paula Giraldo?' })
    await confirm.getByRole('button', { name: 'Eliminar' }).click()
    await expect(page.getByText('Paula Giraldo ya no es asesor.')).toBeVisible()
    await expect(page.locator('tr[data-agent="Paula Giraldo"]')).toHaveCount(0)
  })

  test('§5 changing an agent’s status changes the live count of the preview', async ({ page }) => {
    await page.goto(`/preview?scope=${NOCTURNO}`)
    await expect(page.getByText('En vivo (1 en línea, 1 con cupo)')).toBeVisible()
    await page.goto('/agents')
    const row = page.getByTestId(`department-${NOCTURNO}`).locator('tr[data-agent="Isabella Vargas"]')
    await row.getByRole('combobox', { name: 'Estado de Isabella Vargas' }).click()
    await page.getByRole('option', { name: 'Ausente' }).click()
    await expect(page.getByText('Estado actualizado: Ausente.')).toBeVisible()
    await expect(row).toHaveAttribute('data-presence', 'away')
    await expect(row).toContainText('justo ahora')
    await expect(page.getByTestId(`department-${NOCTURNO}`).getByTestId('department-online')).toHaveText(
      'nadie en línea',
    )

    await page.goto(`/preview?scope=${NOCTURNO}`)
    await expect(page.getByText('En vivo (0 en línea, 0 con cupo)')).toBeVisible()
    await expect(page.getByTestId('fact-agents')).toHaveText('0 (en vivo)')

    await page.goto('/agents')
    await row.getByRole('combobox', { name: 'Estado de Isabella Vargas' }).click()
    await page.getByRole('option', { name: 'En línea' }).click()
    await expect(row).toHaveAttribute('data-presence', 'online')
    await page.goto(`/preview?scope=${NOCTURNO}`)
    await expect(page.getByText('En vivo (1 en línea, 1 con cupo)')).toBeVisible()
  })

  test('axe: /agents (admin) has no WCAG 2.1 AA violations', async ({ page }) => {
    await page.goto('/agents')
    await expect(page.getByTestId('agents-summary')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Añadir asesor' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})

test.describe('as staff', () => {
  test.use({ storageState: STAFF.state })

  test('§7 staff set their own status only; management is hidden', async ({ page }) => {
    await page.goto('/agents')
    await expect(page.getByRole('button', { name: 'Añadir asesor' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /Editar a/ })).toHaveCount(0)
    // Only their own agent (Andrés Gómez, linked by e-mail) has a status control.
    await expect(page.getByRole('combobox', { name: /Estado de/ })).toHaveCount(2) // "Tu estado" + their row
    await expect(page.getByRole('combobox', { name: 'Estado de Camila Restrepo' })).toHaveCount(0)

    await page.getByRole('combobox', { name: 'Estado de Andrés Gómez' }).first().click()
    await page.getByRole('option', { name: 'Ausente' }).click()
    await expect(page.getByText('Estado actualizado: Ausente.')).toBeVisible()
    await page.reload()
    await expect(page.locator('tr[data-agent="Andrés Gómez"]')).toHaveAttribute('data-presence', 'away')
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('combobox', { name: 'Estado de Andrés Gómez' }).first().click()
    await page.getByRole('option', { name: 'En línea' }).click()
    await expect(page.locator('tr[data-agent="Andrés Gómez"]')).toHaveAttribute('data-presence', 'online')
  })
})

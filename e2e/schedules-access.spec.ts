// docs/behaviour.md §6 / §7 / §2 — staff read-only, translations, accessibility of the Horarios editor.
import { ADMIN, STAFF, axeViolations, expect, test } from './fixtures'
import { hoursRegion, openScope, saveButton, SCOPES } from './schedules-helpers'

test.describe('staff', () => {
  test.use({ storageState: STAFF.state })

  test('§7 staff see everything read-only and have no save control', async ({ page }) => {
    await openScope(page, SCOPES.ventas)
    await expect(page.getByText('Solo lectura')).toBeVisible()
    await expect(saveButton(page)).toHaveCount(0)
    await expect(hoursRegion(page).getByLabel('Lunes: desde (rango 1)')).toBeDisabled()
    await expect(page.getByRole('switch', { name: 'Asistente activo' })).toBeDisabled()
    await expect(page.getByRole('combobox', { name: 'Prioridad de atención' })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Importar festivos' })).toHaveCount(0)
    expect(await axeViolations(page)).toEqual([])
  })
})

test.describe('admin', () => {
  test.use({ storageState: ADMIN.state })

  for (const [locale, labels] of [
    [
      'en',
      {
        hours: 'Business hours',
        save: 'Save changes',
        priority: 'Attention priority',
        agents: 'Human agents',
        dates: 'Holidays and special dates',
        monday: 'Monday: from (range 1)',
      },
    ],
    [
      'pt-BR',
      {
        hours: 'Horário de atendimento',
        save: 'Salvar alterações',
        priority: 'Prioridade de atendimento',
        agents: 'Atendentes humanos',
        dates: 'Feriados e datas especiais',
        monday: 'Segunda-feira: das (intervalo 1)',
      },
    ],
  ] as const) {
    test(`§2 the editor is translated (${locale})`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL ?? 'http://localhost' }])
      await openScope(page, SCOPES.ventas)
      await expect(page.getByRole('region', { name: labels.hours })).toBeVisible()
      await expect(page.getByRole('region', { name: labels.dates })).toBeVisible()
      await expect(page.getByRole('button', { name: labels.save })).toBeVisible()
      await expect(page.getByRole('combobox', { name: labels.priority })).toHaveText(labels.agents)
      await expect(page.getByLabel(labels.monday).first()).toHaveValue('08:00')
      expect(await axeViolations(page)).toEqual([])
    })
  }

  for (const [name, scope] of Object.entries(SCOPES)) {
    test(`§6 axe: no WCAG 2.1 AA violations (${name})`, async ({ page }) => {
      await openScope(page, scope)
      expect(await axeViolations(page)).toEqual([])
    })
  }

  test('§6 axe: no violations with validation errors showing, nor with the holiday import open', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await openScope(page, SCOPES.ventas)
    await hoursRegion(page).getByLabel('Lunes: desde (rango 2)').fill('12:00')
    await saveButton(page).click()
    await expect(hoursRegion(page).getByText('Este rango se superpone con 08:00–13:00')).toBeVisible()
    expect(await axeViolations(page), 'errors').toEqual([])
    page.once('dialog', (dialog) => void dialog.accept())
    await openScope(page, SCOPES.general)
    await page.getByRole('button', { name: 'Importar festivos' }).click()
    await expect(
      page.getByRole('dialog', { name: 'Importar días festivos' }).getByRole('checkbox').first(),
    ).toBeVisible()
    expect(await axeViolations(page), 'import dialog').toEqual([])
  })
})

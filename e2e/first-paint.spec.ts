// docs/behaviour.md §6 — the server-rendered page already shows every stored value. With JavaScript disabled the
// Prioridad de atención, the language switcher and each special date's "Ese día" read their Spanish labels
// (issue 11 item 2): no control waits for hydration to show what is stored.
import { ADMIN, expect, test } from './fixtures'
import { datesRegion, priorityCombobox, SCOPES } from './schedules-helpers'

test.use({ storageState: ADMIN.state, javaScriptEnabled: false })

test('§6 with JavaScript disabled the Ventas page shows its priority, the language and every special date', async ({
  page,
}) => {
  await page.goto(SCOPES.ventas)
  await expect(priorityCombobox(page)).toHaveText('Asesores Humanos')
  await expect(page.getByRole('combobox', { name: 'Idioma', exact: true })).toHaveText('Español')

  const days = datesRegion(page).getByRole('combobox', { name: 'Ese día' })
  const count = await days.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i += 1) {
    await expect(days.nth(i)).toHaveText(/^(Cerrado todo el día|Horario especial)$/)
  }
})

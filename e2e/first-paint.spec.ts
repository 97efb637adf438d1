// docs/behaviour.md §6 — the server-rendered page already shows every stored value. With JavaScript disabled the
// Prioridad de atención, the language switcher and each special date's day ("Cerrado todo el día" or its hours, on
// the date's one-line summary) read their Spanish labels (issue 11 item 2): nothing waits for hydration to show what
// is stored.
import { ADMIN, expect, test } from './fixtures'
import { datesRegion, priorityCombobox, SCOPES } from './schedules-helpers'

test.use({ storageState: ADMIN.state, javaScriptEnabled: false })

test('§6 with JavaScript disabled the Ventas page shows its priority, the language and every special date', async ({
  page,
}) => {
  await page.goto(SCOPES.ventas)
  await expect(priorityCombobox(page)).toHaveText('Asesores Humanos')
  await expect(page.getByRole('combobox', { name: 'Idioma', exact: true })).toHaveText('Español')

  const days = datesRegion(page).getByTestId('override-summary')
  const count = await days.count()
  expect(count).toBeGreaterThan(0)
  for (let i = 0; i < count; i += 1) {
    await expect(days.nth(i)).toBeVisible()
    await expect(days.nth(i)).toHaveText(/(Cerrado todo el día|\d\d:\d\d–\d\d:\d\d(, \d\d:\d\d–\d\d:\d\d)*)$/)
  }
  // The seeded Nochebuena opens 08:00–12:00; the import's holidays are closed all day.
  await expect(days.filter({ hasText: 'Nochebuena' })).toContainText('08:00–12:00')
  await expect(days.filter({ hasText: 'Navidad' }).first()).toContainText('Cerrado todo el día')
})

// Issue 22 item 11 and the test audit — ¿Quién atiende? and the links around it work without JavaScript: the
// preview's controls are a GET form the page reads, and every link is a plain link.
import { ADMIN, expect, test } from './fixtures'
import { SCOPES } from './schedules-helpers'

test.use({ storageState: ADMIN.state, javaScriptEnabled: false })

test('§8 choosing a moment and pressing Enter loads it, without JavaScript', async ({ page }) => {
  await page.goto('/preview?scope=general')
  await page.getByLabel('Fecha', { exact: true }).fill('2027-03-02')
  const time = page.getByLabel('Hora (hora estándar de Colombia)')
  await time.fill('10:00')
  await time.press('Enter')
  await page.waitForURL(/date=2027-03-02&time=10%3A00/)
  await expect(page.getByTestId('moment')).toContainText('martes, 2 de marzo de 2027, 10:00')
  // General on a Tuesday at 10:00 with the demo's agents online: they answer.
  await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'agents')
  // The scope is kept, and the same form can be sent again with a button too.
  await expect(page).toHaveURL(/scope=general/)
  await page.getByLabel('Hora (hora estándar de Colombia)').fill('23:00')
  await page.getByRole('button', { name: 'Ver este momento' }).click()
  await page.waitForURL(/time=23%3A00/)
  await expect(page.getByTestId('decision')).toHaveAttribute('data-responder', 'closed')
})

test('§8 the preview links work without JavaScript: "Ver quién atiende" and the overview\'s "Ver"', async ({
  page,
}) => {
  await page.goto(SCOPES.ventas)
  await page.getByRole('link', { name: 'Ver quién atiende' }).click()
  await page.waitForURL('**/preview?scope=dep_aurora_ventas')
  await expect(page.getByRole('heading', { name: '¿Quién atiende?' })).toBeVisible()
  await expect(page.getByTestId('scope-select')).toContainText('Ventas')

  await page.getByRole('link', { name: 'Ver Soporte técnico' }).click()
  await page.waitForURL('**/preview?scope=dep_aurora_soporte')
  await expect(page.getByTestId('scope-select')).toContainText('Soporte técnico')
})

test('/docs/api without JavaScript links to the OpenAPI document and back to the app', async ({ page }) => {
  await page.goto('/docs/api')
  await expect(page.getByRole('link', { name: /openapi\.json/ })).toHaveAttribute(
    'href',
    '/api/v1/openapi.json',
  )
  await expect(page.getByRole('link', { name: 'Volver a Horarios' })).toHaveAttribute(
    'href',
    '/settings/schedules',
  )
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
})

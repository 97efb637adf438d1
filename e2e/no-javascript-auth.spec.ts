import type { Page } from '@playwright/test'
import { ADMIN, expect, test } from './fixtures'

// Issue 12 item 2: every form that carries a password works without JavaScript through a POST, and no URL the
// browser asks for ever contains the password (before, such a submission was a GET: /sign-in?email=…&password=…).

/** Every URL the page requests (documents, redirects, assets), to search for the secret afterwards. */
function recordUrls(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return urls
}

function expectSecretNowhere(urls: string[], secret: string) {
  const leaked = urls.filter((url) => url.includes(secret) || url.includes(encodeURIComponent(secret)))
  expect(leaked).toEqual([])
  expect(urls.length).toBeGreaterThan(0)
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('the demo admin signs in with a POST and lands on Horarios; the password is in no URL', async ({
    page,
  }) => {
    const urls = recordUrls(page)
    await page.goto('/sign-in')
    await page.getByLabel('Correo electrónico').fill(ADMIN.email)
    await page.getByLabel('Contraseña').fill(ADMIN.password)
    const [submission] = await Promise.all([
      page.waitForRequest((request) => request.method() === 'POST'),
      page.getByRole('button', { name: 'Entrar' }).click(),
    ])
    expect(new URL(submission.url()).search).toBe('')
    await page.waitForURL('**/settings/schedules')
    await expect(page.getByRole('navigation', { name: 'Navegación principal' })).toBeVisible()
    expectSecretNowhere(urls, ADMIN.password)
  })

  test('a wrong password shows a clean error, keeps the email, and stays on sign-in', async ({ page }) => {
    const urls = recordUrls(page)
    const wrong = 'Not-the-password-2026'
    await page.goto('/sign-in')
    await page.getByLabel('Correo electrónico').fill(ADMIN.email)
    await page.getByLabel('Contraseña').fill(wrong)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await expect(page.getByText('Correo o contraseña incorrectos.')).toBeVisible()
    await expect(page).toHaveURL(/\/sign-in$/)
    await expect(page.getByLabel('Correo electrónico')).toHaveValue(ADMIN.email)
    await expect(page.getByLabel('Contraseña')).toHaveValue('')
    expectSecretNowhere(urls, wrong)
    // Neither the typed password nor any trace of it is in the page sent back.
    expect(await page.content()).not.toContain(wrong)
  })

  test('an empty password is answered next to the field', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByLabel('Correo electrónico').fill(ADMIN.email)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await expect(page.getByLabel('Contraseña')).toHaveAccessibleDescription('Escribe tu contraseña.')
    await expect(page).toHaveURL(/\/sign-in$/)
  })

  test('sign-up creates the account and organization with the default country and zone', async ({ page }) => {
    const urls = recordUrls(page)
    const password = 'Sin-JavaScript-2026'
    await page.goto('/sign-up')
    await page.getByLabel('Tu nombre').fill('Lucía Sin Script')
    await page.getByLabel('Correo electrónico').fill(`lucia.${Date.now()}@ejemplo.co`)
    await page.getByLabel('Contraseña').fill(password)
    await page.getByLabel('Nombre de la organización').fill('Tienda Sin Script')
    await page.getByRole('button', { name: 'Crear organización' }).click()
    await page.waitForURL('**/settings/schedules')
    await expect(page.getByTestId('organization-name')).toHaveText('Tienda Sin Script')
    expectSecretNowhere(urls, password)
  })

  test('accepting an invitation works without JavaScript', async ({ browser, page }) => {
    const adminContext = await browser.newContext({ storageState: ADMIN.state, javaScriptEnabled: true })
    const admin = await adminContext.newPage()
    await admin.goto('/settings/members')
    await admin.getByLabel('Correo electrónico').fill(`sinscript.${Date.now()}@tienda-aurora.co`)
    await admin.getByRole('button', { name: 'Crear enlace de invitación' }).click()
    const link = await admin.getByLabel('Enlace de invitación').inputValue()
    await adminContext.close()

    const urls = recordUrls(page)
    const password = 'Invitada-sin-script-2026'
    await page.goto(link)
    await page.getByLabel('Tu nombre').fill('Marta Sin Script')
    await page.getByLabel('Contraseña').fill(password)
    await page.getByRole('button', { name: 'Crear cuenta y entrar' }).click()
    await page.waitForURL('**/settings/schedules')
    await expect(page.getByText('Marta Sin Script · Soporte')).toBeVisible()
    expectSecretNowhere(urls, password)
  })
})

// Issue 14 — Ajustes → API: an admin creates a key (secret shown once, copy works), uses it with fetch, revokes it;
// staff and anonymous visitors cannot reach the page; axe clean; es/en/pt-BR; the API reference is linked.
import { ADMIN, STAFF, axeViolations, expect, test } from './fixtures'

test.describe('as admin', () => {
  test.use({ storageState: ADMIN.state, permissions: ['clipboard-read', 'clipboard-write'] })

  test('creates a key (secret once, copy works), uses it with fetch, revokes it', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/settings/schedules')
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'API' })
      .click()
    await expect(page).toHaveURL(/\/settings\/api$/)
    await expect(page.getByRole('heading', { level: 1, name: 'API' })).toBeVisible()
    // The demo key is listed by its prefix, never its secret.
    await expect(page.getByRole('row', { name: /Demo \(todos los permisos\)/ })).toContainText('hor_demo-tie')

    // Bad input: a message next to each field, nothing created.
    await page.getByLabel('Nombre').fill('   ')
    await page.getByLabel('Preguntar quién atiende (decisiones de enrutamiento)').uncheck()
    await page.getByRole('button', { name: 'Crear clave' }).click()
    await expect(page.getByText('Ponle un nombre a la clave.')).toBeVisible()
    await expect(page.getByText('Elige al menos un permiso.')).toBeVisible()

    await page.getByLabel('Nombre').fill('Router de chats')
    await page.getByLabel('Preguntar quién atiende (decisiones de enrutamiento)').check()
    await page.getByLabel('Cambiar el estado de los asesores').check()
    await page.getByRole('button', { name: 'Crear clave' }).click()
    const secretBox = page.getByLabel('Nueva clave de API')
    await expect(secretBox).toHaveValue(/^hor_[A-Za-z0-9_-]{43}$/)
    const secret = await secretBox.inputValue()
    await expect(page.getByText('Cópiala ahora: solo se muestra esta vez.', { exact: false })).toBeVisible()
    await page.getByRole('button', { name: 'Copiar clave' }).click()
    await expect(page.getByText('Clave copiada')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret)
    expect(await axeViolations(page)).toEqual([])

    const row = page.getByRole('row', { name: /Router de chats/ })
    await expect(row).toContainText(secret.slice(0, 12))
    await expect(row).toContainText('Preguntar quién atiende (decisiones de enrutamiento)')
    await expect(row).toContainText('Cambiar el estado de los asesores')
    await expect(row).toContainText('Nunca')

    // The key works from outside the browser.
    const decision = await fetch(`${baseURL}/api/v1/routing/decision?scope=dep_aurora_ventas`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(decision.status).toBe(200)
    expect(await decision.json()).toMatchObject({ scope: { id: 'dep_aurora_ventas', name: 'Ventas' } })
    // …within its permissions only.
    const settings = await fetch(`${baseURL}/api/v1/scopes/general/settings`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(settings.status).toBe(403)
    expect(settings.headers.get('content-type')).toBe('application/problem+json')

    // Shown once: after a reload only the prefix remains, and the key now has a last use.
    await page.reload()
    await expect(page.getByLabel('Nueva clave de API')).toHaveCount(0)
    await expect(page.getByText(secret)).toHaveCount(0)
    await expect(page.getByRole('row', { name: /Router de chats/ })).not.toContainText('Nunca')

    await page.getByRole('button', { name: 'Revocar la clave Router de chats' }).click()
    const confirm = page.getByRole('alertdialog', { name: '¿Revocar «Router de chats»?' })
    await expect(confirm).toContainText(secret.slice(0, 12))
    await confirm.getByRole('button', { name: 'Revocar' }).click()
    await expect(page.getByText('Clave «Router de chats» revocada')).toBeVisible()
    await expect(page.getByRole('row', { name: /Router de chats/ })).toHaveCount(0)
    const refused = await fetch(`${baseURL}/api/v1/routing/decision?scope=dep_aurora_ventas`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(refused.status).toBe(401)
  })

  test('links the API reference, which renders the OpenAPI document', async ({ page }) => {
    await page.goto('/settings/api')
    await page.getByRole('link', { name: 'Abrir la referencia de la API' }).click()
    await expect(page).toHaveURL(/\/docs\/api$/)
    await expect(page.getByText('Horarios API').first()).toBeVisible()
    await expect(page.getByText('Who answers a new conversation').first()).toBeVisible()
  })

  for (const [locale, title, create, permission] of [
    ['en', 'API keys', 'Create key', "Set agents' presence"],
    ['pt-BR', 'Chaves de API', 'Criar chave', 'Alterar o status dos atendentes'],
  ] as const) {
    test(`speaks ${locale}`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL! }])
      await page.goto('/settings/api')
      await expect(page.getByText(title, { exact: true })).toBeVisible()
      await expect(page.getByRole('button', { name: create })).toBeVisible()
      await expect(page.getByLabel(permission)).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }

  test('fits a 390 px phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/settings/api')
    await expect(page.getByRole('button', { name: 'Crear clave' })).toBeVisible()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})

test.describe('as staff', () => {
  test.use({ storageState: STAFF.state })

  // docs/behaviour.md §8: staff open Ajustes → API only to read the webhooks' delivery log; API keys stay admin-only.
  test('staff reach Ajustes → API without the API keys section and cannot create a key', async ({ page }) => {
    await page.goto('/settings/schedules')
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'API', exact: true })
      .click()
    await expect(page).toHaveURL(/\/settings\/api$/)
    await expect(page.getByRole('heading', { name: 'API', exact: true })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Claves de API' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /clave/i })).toHaveCount(0)
  })
})

test('anonymous visitors are sent to sign in', async ({ page }) => {
  await page.goto('/settings/api')
  await expect(page).toHaveURL(/\/sign-in/)
})

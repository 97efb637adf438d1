import type { Page, Response } from '@playwright/test'
import { ADMIN, expect, test } from './fixtures'

// Issue 12 item 8 (docs/decisions/011-content-security-policy.md): every page carries a nonce CSP and the other
// security headers, the browser reports no violation while the page loads and is used, and the page still hydrates.

declare global {
  interface Window {
    __cspViolations: string[]
  }
}

/** Collects CSP violations: the DOM event (from the first script on) and Chromium's console "Refused to …". */
async function watchViolations(page: Page): Promise<string[]> {
  const refused: string[] = []
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
    })
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Refused to|Content Security Policy/i.test(message.text())) {
      refused.push(message.text())
    }
  })
  return refused
}

async function violations(page: Page, refused: string[]): Promise<string[]> {
  return [...(await page.evaluate(() => window.__cspViolations)), ...refused]
}

function expectSecurityHeaders(response: Response | null, nonceRequired = true) {
  expect(response, 'the page answered').not.toBeNull()
  const headers = response!.headers()
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  // Served over plain http here: no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined()
  const csp = headers['content-security-policy'] ?? ''
  if (!nonceRequired) return csp
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/)
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain("base-uri 'self'")
  expect(csp).toContain("form-action 'self'")
  return csp
}

/** The hydrated app shell: the language picker (Radix Select) opens and closes. */
async function useLanguagePicker(page: Page) {
  await page.getByRole('combobox', { name: 'Idioma', exact: true }).click()
  await expect(page.getByRole('option', { name: 'English' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('option', { name: 'English' })).toHaveCount(0)
}

test.describe('security headers and CSP (issue 12 item 8)', () => {
  test('sign-in and sign-up: headers, no CSP violation, client validation runs', async ({ page }) => {
    const refused = await watchViolations(page)
    const first = await page.goto('/sign-in')
    const csp = expectSecurityHeaders(first)
    await page.getByRole('button', { name: 'Entrar' }).click()
    await expect(page.getByText('Escribe un correo electrónico válido.')).toBeVisible()
    await expect(page).toHaveURL(/\/sign-in$/)

    // A fresh nonce per request.
    const again = await page.goto('/sign-in')
    expect(expectSecurityHeaders(again)).not.toBe(csp)

    expectSecurityHeaders(await page.goto('/sign-up'))
    await page.getByRole('button', { name: 'Crear organización' }).click()
    await expect(page.getByText('Escribe un nombre.')).toBeVisible()
    expect(await violations(page, refused)).toEqual([])
  })

  test.describe('signed in as admin', () => {
    test.use({ storageState: ADMIN.state })

    for (const path of [
      '/settings/schedules',
      '/settings/schedules/dep_aurora_ventas',
      '/preview',
      '/agents',
      '/settings/api',
      '/settings/members',
    ]) {
      test(`${path}: headers, no CSP violation, the page hydrates`, async ({ page }) => {
        const refused = await watchViolations(page)
        expectSecurityHeaders(await page.goto(path))
        // Not sent to sign-in (the preview adds its scope to the query once hydrated).
        await expect(page).toHaveURL(new RegExp(`${path}(\\?|$)`))
        await useLanguagePicker(page)
        expect(await violations(page, refused)).toEqual([])
      })
    }
  })

  test('/docs/api: its own policy, the Scalar reference renders without violations', async ({ page }) => {
    const refused = await watchViolations(page)
    const csp = expectSecurityHeaders(await page.goto('/docs/api'))
    expect(csp).toContain("frame-ancestors 'none'")
    // The reference is built in the browser from /api/v1/openapi.json: its title and operations appear.
    await expect(page.getByRole('heading', { name: 'Horarios API' })).toBeVisible({ timeout: 20_000 })
    await expect(page.getByText('/api/v1/routing/decision').first()).toBeAttached()
    expect(await violations(page, refused)).toEqual([])
  })

  test('HSTS is not sent because a client claims https (only a trusted proxy is believed)', async ({
    request,
  }) => {
    const answer = await request.get('/sign-in', { headers: { 'x-forwarded-proto': 'https' } })
    expect(answer.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(answer.headers()['strict-transport-security']).toBeUndefined()
  })

  test('the JSON API gets the non-CSP headers', async ({ request }) => {
    const answer = await request.get('/api/v1/openapi.json')
    expect(answer.ok()).toBe(true)
    const headers = answer.headers()
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toContain('microphone=()')
    expect(headers['content-security-policy']).toBeUndefined()
  })
})

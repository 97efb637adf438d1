// Issue 22 item 3: a page path whose percent-encoding does not decode answered a bare 500 "Internal Server Error"
// in text/plain; it is the app's translated not-found page, 404, with the security headers (proxy.ts).
import { ADMIN, expect, test } from './fixtures'

const MALFORMED = [
  '/settings/schedules/%FF',
  '/settings/schedules/%C0%AF',
  '/settings/schedules/%C0%AF/versions/1',
  '/settings/schedules/dep_aurora_ventas/versions/%FF',
  '/settings/schedules/versions/%E0%A4%A',
  '/settings/schedules/%FF?history=25',
  '/agents/%FF',
  '/%FF',
]

test.describe('signed in', () => {
  test.use({ storageState: ADMIN.state })

  test('a malformed path shows the translated not-found page (404), without errors', async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    for (const path of MALFORMED) {
      const response = await page.goto(path)
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 })
      expect(response?.headers()['content-type'], path).toContain('text/html')
      expect(response?.headers()['content-security-policy'], path).toContain("'strict-dynamic'")
      await expect(page.getByRole('heading', { level: 1, name: 'No encontrado' })).toBeVisible()
      await expect(page.getByRole('link', { name: 'Volver a Horarios' })).toBeVisible()
    }
    // At the URL that was asked for; its link leads back into the app.
    expect(new URL(page.url()).pathname).toBe('/%FF')
    await page.getByRole('link', { name: 'Volver a Horarios' }).click()
    await expect(page).toHaveURL(/\/settings\/schedules$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Horarios' })).toBeVisible()
    expect(errors).toEqual([])
  })

  test('in the viewer’s language', async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }])
    const response = await page.goto('/settings/schedules/%FF')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()
  })
})

test('signed out too: the not-found page, 404, never a 500', async ({ request }) => {
  for (const path of MALFORMED) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect({ path, status: response.status() }).toEqual({ path, status: 404 })
    expect(await response.text(), path).toContain('No encontrado')
  }
})

// Issue 22 item 11 — /docs/api for the people who open it from Ajustes → API: a way back, no developer-tools bar,
// titles in people's words, and no sideways scroll on a phone.
import { ADMIN, expect, test } from './fixtures'

test.use({ storageState: ADMIN.state })

test('/docs/api has a way back to the app and no Scalar developer tools', async ({ page }) => {
  await page.goto('/docs/api')
  await expect(page.getByRole('heading', { name: 'Horarios API', level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Volver a Horarios' })).toBeVisible()
  await expect(page.locator('.api-reference-toolbar, [class*="developer-tools"]')).toHaveCount(0)
  await expect(page.getByRole('button', { name: /Share|Deploy|Configure/ })).toHaveCount(0)
})

test('the API reference titles use people\'s words, not "§5 capacity"', async ({ request }) => {
  const spec = await (await request.get('/api/v1/openapi.json')).json()
  const summaries: string[] = Object.values(
    spec.paths as Record<string, Record<string, { summary?: string }>>,
  )
    .flatMap((operations) => Object.values(operations))
    .map((operation) => operation.summary ?? '')
  expect(summaries.length).toBeGreaterThan(5)
  expect(summaries.filter((s) => s.includes('§'))).toEqual([])
})

test('/docs/api has no sideways scroll at 390 px', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/docs/api')
  await expect(page.getByRole('heading', { name: 'Horarios API', level: 1 })).toBeVisible()
  await page.waitForTimeout(500) // Scalar lays out its sections after the heading
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
})

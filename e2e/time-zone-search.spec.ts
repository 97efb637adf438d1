// Issue 11 item 8 — the zone picker finds zones by country, city (current and legacy names), alias and offset; each
// option shows its offset once; changing the zone says the hours keep their wall-clock times.
import type { Page } from '@playwright/test'
import { ADMIN, axeViolations, expect, test } from './fixtures'
import { hoursRegion, openScope, SCOPES } from './schedules-helpers'

test.use({ storageState: ADMIN.state })

const zonePicker = (page: Page) => hoursRegion(page).getByRole('combobox', { name: 'Zona horaria' })
const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Buscar ciudad o zona…' })

async function searchFor(page: Page, query: string) {
  await searchBox(page).fill(query)
}

test('§6 zone search by country, city, legacy name, alias and offset; "UTC" is not everything', async ({
  page,
}) => {
  await openScope(page, SCOPES.ventas)
  const zone = zonePicker(page)
  // The offset once, not "America/Bogota (UTC−05:00) UTC−05:00".
  await expect(zone).toContainText('America/Bogota')
  expect((await zone.textContent())?.match(/UTC/g)).toHaveLength(1)

  await zone.click()
  await expect(searchBox(page)).toBeFocused()
  const options = page.getByRole('option')

  await searchFor(page, 'Colombia')
  await expect(options).toHaveText(['America/Bogota (hora estándar de Colombia) UTC−05:00'])

  await searchFor(page, 'Brasil')
  await expect(
    page.getByRole('option', { name: /^America\/Sao Paulo \(hora estándar de Brasilia\) UTC−03:00$/ }),
  ).toBeVisible()
  await searchFor(page, 'España')
  await expect(
    page.getByRole('option', { name: /^Europe\/Madrid \(hora de Europa central\) UTC\+0[12]:00$/ }),
  ).toBeVisible()

  await searchFor(page, 'Kolkata')
  // The current name (issue 22), though the browser lists the zone as Asia/Calcutta.
  await expect(
    page.getByRole('option', { name: /^Asia\/Kolkata \(hora estándar de la India\) UTC\+05:30$/ }),
  ).toBeVisible()
  await searchFor(page, 'Kathmandu')
  await expect(page.getByRole('option', { name: /^Asia\/Kathmandu \(.+\) UTC\+05:45$/ })).toBeVisible()

  await searchFor(page, 'US/Eastern')
  await expect(page.getByRole('option', { name: /^America\/New York \(.+\) UTC−0[45]:00$/ })).toBeVisible()

  for (const offset of ['-05:00', 'GMT-5', 'UTC-5']) {
    await searchFor(page, offset)
    await expect(
      page.getByRole('option', { name: 'America/Bogota (hora estándar de Colombia) UTC−05:00' }),
    ).toBeVisible()
    await expect(
      page.getByRole('option', { name: 'America/Lima (hora estándar de Perú) UTC−05:00' }),
    ).toBeVisible()
    // Every option found is at that offset.
    for (const text of await options.allTextContents()) expect(text).toMatch(/UTC−05:00$/)
  }

  await searchFor(page, 'UTC')
  await expect(page.getByRole('option', { name: /^UTC UTC±00:00$/ })).toBeVisible()
  expect(await options.count()).toBeLessThan(5)

  // Every option shows its offset exactly once.
  await searchFor(page, 'America')
  for (const text of (await options.allTextContents()).slice(0, 20))
    expect(text.match(/UTC/g)).toHaveLength(1)
  await page.keyboard.press('Escape')
})

test('§4 changing the zone warns that the hours keep their times in the new zone; discarding removes it', async ({
  page,
}) => {
  await openScope(page, SCOPES.ventas)
  const zone = zonePicker(page)
  const warning = hoursRegion(page).getByRole('status').filter({ hasText: 'Las horas se mantienen' })
  await expect(warning).toHaveCount(0)

  await zone.click()
  await searchFor(page, 'Perú')
  await page.getByRole('option', { name: /^America\/Lima/ }).click()
  await expect(zone).toContainText('America/Lima')
  await expect(warning).toHaveText(
    'Las horas se mantienen; ahora se interpretan en America/Lima (hora estándar de Perú), UTC−05:00, ya no en America/Bogota (hora estándar de Colombia).',
  )
  await expect(zone).toHaveAccessibleDescription(/Las horas se mantienen/)
  // The weekly hours themselves are unchanged.
  await expect(hoursRegion(page).getByLabel('Lunes: desde (rango 1)')).toHaveValue('08:00')
  expect(await axeViolations(page)).toEqual([])

  // Back to the stored zone: no warning.
  await zone.click()
  await searchFor(page, 'Colombia')
  await page.keyboard.press('Enter')
  await expect(zone).toContainText('America/Bogota')
  await expect(warning).toHaveCount(0)
})

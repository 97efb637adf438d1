// Issue 11.4 — one clock: every time is in the organization's zone (Tienda Aurora: America/Bogota), and named when
// the viewer's browser is in another zone.
import { ADMIN, expect, test } from './fixtures'
import { openScope, saveAndConfirm, SCOPES, messageBox } from './schedules-helpers'

const ORG_ZONE = 'America/Bogota'
/** The wall time of `iso` in `timeZone`, as the page may write it: "0:18" (date styles) or "00:18" (the preview). */
const wallTime = (iso: string, timeZone: string) => {
  const [h, m] = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  })
    .format(new Date(iso))
    .split(':')
  return new RegExp(`(^|\\D)0?${Number(h)}:${m}(\\D|$)`)
}
/** The element's text shows the organization's wall time of its own datetime (re-read until a refresh settled). */
const showsOrgTime = async (time: import('@playwright/test').Locator) => {
  await expect
    .poll(async () => {
      const iso = await time.getAttribute('datetime')
      return !!iso && wallTime(iso, ORG_ZONE).test((await time.textContent()) ?? '')
    })
    .toBe(true)
}

test.describe('a viewer in Madrid', () => {
  test.use({ storageState: ADMIN.state, timezoneId: 'Europe/Madrid' })

  test("Horarios, history, agents and the preview show the organization's time, labelled with its zone", async ({
    page,
    seeded,
  }) => {
    await seeded.keep(SCOPES.nocturno)
    await openScope(page, SCOPES.nocturno)
    // Make a history entry (and a fresh "Última modificación").
    await messageBox(page).fill(`Fuera de horario ${Date.now()}`)
    await saveAndConfirm(page)

    const lastSaved = page.getByTestId('last-saved')
    await expect(lastSaved).toContainText('(hora estándar de Colombia, GMT-5)')
    await showsOrgTime(lastSaved.locator('time'))
    const savedAt = (await lastSaved.locator('time').getAttribute('datetime')) ?? ''
    // 6 hours apart in December: the text is not the viewer's (Madrid's) wall clock.
    expect(await lastSaved.locator('time').textContent()).not.toMatch(wallTime(savedAt, 'Europe/Madrid'))

    const latest = page.getByTestId('audit-entry').first()
    await showsOrgTime(latest.locator('time'))
    await expect(latest).toContainText('(hora estándar de Colombia, GMT-5)')

    await page.goto('/agents')
    const updated = page.locator('time[title]').first()
    await expect(updated).toHaveAttribute('title', /\(hora estándar de Colombia, GMT-5\)$/)
    const presenceAt = await updated.getAttribute('datetime')
    await expect(updated).toHaveAttribute('title', wallTime(presenceAt ?? '', ORG_ZONE))

    await page.goto('/preview')
    await expect(page.getByTestId('overview-updated')).toContainText('(hora estándar de Colombia, GMT-5)')
    const refreshedAt = await page.getByTestId('overview-updated').getAttribute('data-updated-at')
    await expect(page.getByTestId('overview-updated')).toContainText(wallTime(refreshedAt ?? '', ORG_ZONE))
  })
})

test.describe('a viewer in the organization zone', () => {
  test.use({ storageState: ADMIN.state, timezoneId: ORG_ZONE })

  test('sees the same times without a zone label', async ({ page }) => {
    await openScope(page, SCOPES.nocturno)
    await expect(page.getByTestId('last-saved').locator('time')).toBeVisible()
    await expect(page.getByTestId('zone-note')).toHaveCount(0)
    await page.goto('/preview')
    await expect(page.getByTestId('overview-updated')).not.toContainText('GMT')
  })
})

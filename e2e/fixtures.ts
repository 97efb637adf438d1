import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'

// Stored sessions belong to one server's database, so they are kept per port (parallel runs use other ports).
const STATE_DIR = `e2e/.auth/${process.env.E2E_PORT ?? 3100}`
export const ADMIN = {
  email: 'admin@tienda-aurora.co',
  password: 'Aurora-admin-2026',
  state: `${STATE_DIR}/admin.json`,
}
export const STAFF = {
  email: 'soporte@tienda-aurora.co',
  password: 'Aurora-soporte-2026',
  state: `${STATE_DIR}/staff.json`,
}
export const OTHER_ADMIN = {
  email: 'admin@cafe-montana.pe',
  password: 'Montana-admin-2026',
  state: `${STATE_DIR}/other.json`,
}

export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/sign-in')
  await page.getByLabel('Correo electrónico').fill(user.email)
  await page.getByLabel('Contraseña').fill(user.password)
  await page.getByRole('button', { name: 'Entrar' }).click()
  await page.waitForURL('**/settings/schedules')
}

/** WCAG 2.1 AA violations on the current page (axe), as a readable list so a failure says what is wrong. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Axe measures colours as painted: a toast fading in or moving after a resize has a contrast it never keeps.
  // Wait until finite animations and transitions have finished (an endless spinner does not hold this up).
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  )
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

/**
 * Every page a test opens fails the test if a translation is missing: routes send only their own message
 * namespaces to the browser (components/i18n/client-messages.tsx), and next-intl reports a key it cannot find as a
 * console error (and shows the key) instead of throwing.
 */
export const test = base.extend<{ noMissingMessages: void }>({
  noMissingMessages: [
    async ({ page }, use) => {
      const missing: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' && message.text().includes('MISSING_MESSAGE'))
          missing.push(message.text())
      })
      await use()
      expect(missing, 'messages the page could not find').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

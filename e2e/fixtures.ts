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
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}

export const test = base
export { expect }

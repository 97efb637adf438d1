import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { createDepartment } from './schedules-helpers'

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
 * Deletes a department the test created, from a page of its own (the test's page may be mid-dialog or gone). A
 * department the test already deleted answers 404 and is left alone.
 */
async function deleteDepartmentIfPresent(context: BrowserContext, path: string) {
  const page = await context.newPage()
  try {
    const response = await page.goto(path)
    if (response?.status() === 404) return
    await expect(page.locator('form[data-ready]')).toBeVisible()
    await page.getByRole('button', { name: 'Eliminar departamento' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Eliminar departamento' }).click()
    await page.waitForURL(/\/settings\/schedules$/)
  } finally {
    await page.close()
  }
}

/** The demo organization's API key (seeded with the demo database, README): what the clean-up speaks to. */
const DEMO_API_KEY = 'hor_demo-tienda-aurora-2026-all-permissions'
/** "/settings/schedules" is General; "/settings/schedules/<id>" a department. */
const scopeOfPath = (path: string) => decodeURIComponent(path.split('/')[3] ?? 'general')

type Fixtures = {
  noMissingMessages: void
  /**
   * Seeded scopes a test edits and puts back at its end: `keep(path)` reads the scope's settings first (public API,
   * the demo key), and if the test fails before putting them back they are stored again afterwards — the retry and
   * the next tests find the demo as seeded.
   */
  seeded: { keep(path: string): Promise<void> }
  /**
   * Departments of the test's own: `create(name)` adds one from General's "Nuevo departamento" and opens it in the
   * editor (returning its path). Whatever the test does — also when it fails half-way — each is deleted afterwards,
   * so one failure never leaves data that makes the next test (or the retry) fail too.
   */
  departments: { create(name: string): Promise<string> }
}

/**
 * Every page a test opens fails the test if a translation is missing: routes send only their own message
 * namespaces to the browser (components/i18n/client-messages.tsx), and next-intl reports a key it cannot find as a
 * console error (and shows the key) instead of throwing.
 */
export const test = base.extend<Fixtures>({
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
  // (`provide` is Playwright's `use`: named so that React's hooks lint does not take the fixture for a component.)
  departments: async ({ page, context }, provide) => {
    const created: string[] = []
    await provide({
      create: async (name) => {
        const path = await createDepartment(page, name)
        created.push(path)
        return path
      },
    })
    for (const path of created) await deleteDepartmentIfPresent(context, path)
  },
  seeded: async ({ playwright, baseURL }, provide, testInfo) => {
    const api = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { authorization: `Bearer ${DEMO_API_KEY}` },
    })
    const kept: { scope: string; settings: { usesGeneral: boolean; config: unknown } }[] = []
    await provide({
      keep: async (path) => {
        const scope = scopeOfPath(path)
        const response = await api.get(`/api/v1/scopes/${encodeURIComponent(scope)}/settings`)
        expect(response.status(), `settings of ${scope}`).toBe(200)
        const { usesGeneral, config } = await response.json()
        kept.push({ scope, settings: { usesGeneral, config } })
      },
    })
    try {
      if (testInfo.status === testInfo.expectedStatus) return
      // The test failed before putting its scopes back: store what they were at its start (a new version).
      for (const { scope, settings } of kept) {
        const url = `/api/v1/scopes/${encodeURIComponent(scope)}/settings`
        const current = await api.get(url)
        const etag = current.headers()['etag']
        const response = await api.put(url, { data: settings, headers: { 'if-match': etag ?? '*' } })
        expect(response.status(), `restoring ${scope}`).toBe(200)
      }
    } finally {
      await api.dispose()
    }
  },
})
export { expect }

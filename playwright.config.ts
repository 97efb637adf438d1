import { defineConfig, devices } from '@playwright/test'
import fs from 'node:fs'

const PORT = Number(process.env.E2E_PORT ?? 3100)
const baseURL = `http://localhost:${PORT}`
// Debian's Chromium when installed (CI and this machine); otherwise Playwright's own browser on a developer laptop.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p))
const PGLITE_DIR = process.env.E2E_PGLITE_DIR ?? `.data/e2e-pglite-${PORT}`

export default defineConfig({
  testDir: './e2e',
  // Servers of their own on PostgreSQL (two instances; a database outage): only where a PostgreSQL is given (CI sets
  // TEST_DATABASE_URL), never skipped inside.
  testIgnore: process.env.TEST_DATABASE_URL ? [] : ['**/api-instances.spec.ts', '**/database-outage.spec.ts'],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // Generous: the machine CI runs on may be busy (npm run test:e2e:stress runs the suite beside two CPU hogs).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: systemChromium
      ? {
          executablePath: systemChromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-quic',
            '--no-first-run',
          ],
        }
      : {},
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      dependencies: ['setup'],
    },
  ],
  webServer: {
    // A production build on a fresh embedded database, migrated and seeded by prepare-db.
    command: `rm -rf ${PGLITE_DIR} && PGLITE_DIR=${PGLITE_DIR} SEED_DEMO=1 npx tsx scripts/prepare-db.ts && PGLITE_DIR=${PGLITE_DIR} npx next start -p ${PORT}`,
    url: `${baseURL}/sign-in`,
    reuseExistingServer: !process.env.CI && !!process.env.E2E_REUSE_SERVER,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // WEBHOOKS_ALLOW_LOCALHOST: the webhooks spec's receiver listens on this machine (docs/decisions/008).
    env: { PGLITE_DIR, BETTER_AUTH_URL: baseURL, PORT: String(PORT), WEBHOOKS_ALLOW_LOCALHOST: '1' },
  },
})

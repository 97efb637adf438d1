// Issue 22 item 4: while the database is unreachable, `/api/ready` said 503 but a server action answered a bare 500
// and a page Next.js's "Application error" screen. Now an action answers the translated "unavailable" failure
// (nothing saved) and a page the translated "service unavailable" page with a retry that works once the database is
// back. A production server on PostgreSQL; the outage is real (cutDatabase). Needs TEST_DATABASE_URL
// (playwright.config.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { expect, test } from '@playwright/test'
import { ADMIN, signIn } from './fixtures'

const ADMIN_URL = process.env.TEST_DATABASE_URL?.trim()
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1002
const BASE = `http://localhost:${PORT}`
const suffix = randomBytes(4).toString('hex')
const DB = `horarios_outage_${suffix}`
// Not a superuser: CONNECTION LIMIT does not apply to superusers.
const ROLE = `horarios_outage_${suffix}`

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

// The app's role may no longer connect (its CONNECT privilege revoked: better-auth then wraps a non-transient
// "permission denied for database" as "Failed to get session"; and no connection slot left), and its open
// connections are terminated.
const cutDatabase = () =>
  admin(async (c) => {
    await c.query(`revoke connect on database "${DB}" from public, "${ROLE}"`)
    await c.query(`alter database "${DB}" connection limit 0`)
    await c.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [DB])
  })
const restoreDatabase = () =>
  admin(async (c) => {
    await c.query(`grant connect on database "${DB}" to "${ROLE}"`)
    await c.query(`alter database "${DB}" connection limit -1`)
  })

async function readiness(): Promise<number> {
  return (await fetch(`${BASE}/api/ready`)).status
}

async function eventually(check: () => Promise<boolean>, limitMs = 60_000) {
  const start = Date.now()
  while (!(await check().catch(() => false))) {
    if (Date.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

test.describe('the database goes away', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 })
  test.use({ baseURL: BASE })
  let server: ChildProcess | null = null

  test.beforeAll(async () => {
    await admin(async (c) => {
      await c.query(`create role "${ROLE}" login`)
      await c.query(`create database "${DB}" owner "${ROLE}"`)
    })
    const url = new URL(ADMIN_URL!)
    url.username = ROLE
    url.password = ''
    url.pathname = `/${DB}`
    const env = {
      ...process.env,
      DATABASE_URL: url.toString(),
      BETTER_AUTH_URL: BASE,
      PORT: String(PORT),
      BETTER_AUTH_SECRET: randomBytes(32).toString('hex'),
      WEBHOOK_SECRET_KEY: randomBytes(32).toString('base64'),
    }
    const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], {
      env: { ...env, SEED_DEMO: '1' },
      encoding: 'utf8',
    })
    if (prepared.status !== 0) throw new Error(prepared.stderr)
    server = spawn('npx', ['next', 'start', '-p', String(PORT)], { stdio: 'ignore', detached: true, env })
    await eventually(async () => (await readiness()) === 200, 120_000)
  })

  test.afterAll(async () => {
    await restoreDatabase().catch(() => undefined)
    // npx starts next-server as a child: signal the whole process group.
    if (server?.pid) process.kill(-server.pid, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await admin(async (c) => {
      await c.query(`drop database if exists "${DB}" with (force)`)
      await c.query(`drop owned by "${ROLE}"`)
      await c.query(`drop role if exists "${ROLE}"`)
    })
  })

  test('an action answers "unavailable"; a page shows the translated unavailable page, whose retry works', async ({
    page,
  }) => {
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await signIn(page, ADMIN)
    await page.getByRole('button', { name: 'Nuevo departamento' }).click()
    const dialog = page.getByRole('dialog', { name: 'Nuevo departamento' })
    await dialog.getByLabel('Nombre del departamento').fill('Durante la caída')

    try {
      await cutDatabase()
      await eventually(async () => (await readiness()) === 503)

      const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().startsWith(BASE))
      await dialog.getByRole('button', { name: 'Crear departamento' }).click()
      expect((await answer).status()).toBe(200)
      await expect(page.getByText('No se pudo guardar, inténtalo de nuevo. No se guardó nada.')).toBeVisible()
      await expect(page.getByRole('alert').getByText('Algo salió mal')).toHaveCount(0)

      await page.goto('/settings/schedules')
      await expect(
        page.getByRole('heading', { level: 1, name: 'El servicio no está disponible por un momento' }),
      ).toBeVisible()
      await expect(
        page.getByText('Tus datos guardados no se han perdido; reintenta', { exact: false }),
      ).toBeVisible()
      await expect(page.getByText('Application error')).toHaveCount(0)
      const retry = page.getByRole('button', { name: 'Reintentar' })

      await restoreDatabase()
      await eventually(async () => (await readiness()) === 200)
      await retry.click()
      await expect(page.getByRole('heading', { level: 1, name: 'Horarios' })).toBeVisible()
    } finally {
      await restoreDatabase()
    }
    // Nothing was half-saved during the outage.
    await expect(page.getByRole('link', { name: 'Durante la caída' })).toHaveCount(0)
    expect(pageErrors).toEqual([])
  })

  test('Ajustes → API words an outage like every action (no missing message), and creates nothing', async ({
    page,
  }) => {
    const missing: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' && m.text().includes('MISSING_MESSAGE')) missing.push(m.text())
    })
    await signIn(page, ADMIN)
    await page.goto('/settings/api')
    await page.getByLabel('Nombre', { exact: true }).fill('Durante la caída')
    try {
      await cutDatabase()
      await eventually(async () => (await readiness()) === 503)
      await page.getByRole('button', { name: 'Crear clave' }).click()
      await expect(page.getByText('No se pudo guardar, inténtalo de nuevo. No se guardó nada.')).toBeVisible()
    } finally {
      await restoreDatabase()
    }
    await eventually(async () => (await readiness()) === 200)
    await page.reload()
    await expect(page.getByRole('cell', { name: 'Durante la caída' })).toHaveCount(0)
    expect(missing).toEqual([])
  })
})

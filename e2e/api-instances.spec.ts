// Issue 14 — two `next start` instances on one PostgreSQL: a settings save through instance A changes instance B's
// decision within 1 s, and a key revoked in A's settings page is refused by B within 1 s (the change feed:
// LISTEN/NOTIFY; B had the key cached).
// Uses the production build e2e.sh made; needs PostgreSQL (TEST_DATABASE_URL, like the PostgreSQL variants of the
// Vitest suites). Ports E2E_PORT+1000 and +1001.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { expect, test } from '@playwright/test'
import { ADMIN, signIn } from './fixtures'

const ADMIN_URL = process.env.TEST_DATABASE_URL?.trim()
const PORT = Number(process.env.E2E_PORT ?? 3100) + 1000
const A = `http://localhost:${PORT}`
const B = `http://localhost:${PORT + 1}`
const DEMO_KEY = 'hor_demo-tienda-aurora-2026-all-permissions'
const AT = '2026-11-30T15:00:00Z'
const AUTH_SECRET = randomBytes(32).toString('hex')
const WEBHOOK_KEY = randomBytes(32).toString('base64')

async function admin<T>(run: (client: pg.Client) => Promise<T>, url = ADMIN_URL!): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

/** Polls until `check` is true; returns how long it took (ms). */
async function within(limitMs: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now()
  for (;;) {
    if (await check()) return Date.now() - start
    if (Date.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

test.describe('two instances on one PostgreSQL', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 })

  const dbName = `horarios_e2e_${randomBytes(4).toString('hex')}`
  let databaseUrl = ''
  const servers: ChildProcess[] = []

  test.beforeAll(async () => {
    await admin((c) => c.query(`create database "${dbName}"`))
    const url = new URL(ADMIN_URL!)
    url.pathname = `/${dbName}`
    databaseUrl = url.toString()
    const prepared = spawnSync('npx', ['tsx', 'scripts/prepare-db.ts'], {
      env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: '1' },
      encoding: 'utf8',
    })
    if (prepared.status !== 0) throw new Error(prepared.stderr)
    for (const [port, base] of [
      [PORT, A],
      [PORT + 1, B],
    ] as const) {
      servers.push(
        spawn('npx', ['next', 'start', '-p', String(port)], {
          stdio: 'ignore',
          detached: true,
          env: {
            ...process.env,
            DATABASE_URL: databaseUrl,
            BETTER_AUTH_URL: base,
            PORT: String(port),
            // A production database requires real secrets (server/auth.ts, secret-box.ts); both instances share them.
            BETTER_AUTH_SECRET: AUTH_SECRET,
            WEBHOOK_SECRET_KEY: WEBHOOK_KEY,
          },
        }),
      )
    }
    for (const base of [A, B]) {
      await within(120_000, async () => {
        try {
          return (await fetch(`${base}/api/ready`)).ok
        } catch {
          return false
        }
      })
    }
  })

  test.afterAll(async () => {
    // npx starts next-server as a child: signal each whole process group.
    for (const server of servers) if (server.pid) process.kill(-server.pid, 'SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await admin((c) => c.query(`drop database if exists "${dbName}" with (force)`))
  })

  const auth = (key: string) => ({ authorization: `Bearer ${key}` })

  test('a settings save through A changes B’s decision within 1 s', async () => {
    const decisionOnB = async () => {
      const response = await fetch(`${B}/api/v1/routing/decision?scope=dep_aurora_turno_nocturno&at=${AT}`, {
        headers: auth(DEMO_KEY),
      })
      return (await response.json()) as { outOfHoursMessage: string | null }
    }
    const before = await decisionOnB() // B has compiled and cached the scope now
    expect(before.outOfHoursMessage).toContain('turno nocturno')

    const read = await fetch(`${A}/api/v1/scopes/dep_aurora_turno_nocturno/settings`, {
      headers: auth(DEMO_KEY),
    })
    const current = await read.json()
    const saved = await fetch(`${A}/api/v1/scopes/dep_aurora_turno_nocturno/settings`, {
      method: 'PUT',
      headers: {
        ...auth(DEMO_KEY),
        'content-type': 'application/json',
        'if-match': read.headers.get('etag')!,
      },
      body: JSON.stringify({
        usesGeneral: false,
        config: { ...current.config, outOfHoursMessage: 'Mensaje guardado en la instancia A.' },
      }),
    })
    expect(saved.status).toBe(200)
    const ms = await within(
      1000,
      async () => (await decisionOnB()).outOfHoursMessage === 'Mensaje guardado en la instancia A.',
    )
    console.log(`B saw A's save after ${ms} ms`)
  })

  test('a key revoked through A’s page is refused by B within 1 s', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: A })
    const page = await context.newPage()
    await signIn(page, ADMIN)
    await page.goto('/settings/api')
    await page.getByLabel('Nombre').fill('Clave de dos instancias')
    await page.getByRole('button', { name: 'Crear clave' }).click()
    const secretBox = page.getByLabel('Nueva clave de API')
    await expect(secretBox).toHaveValue(/^hor_/)
    const secret = await secretBox.inputValue()

    const statusOnB = async () =>
      (
        await fetch(`${B}/api/v1/routing/decision?scope=dep_aurora_ventas&at=${AT}`, {
          headers: auth(secret),
        })
      ).status
    expect(await statusOnB()).toBe(200) // B knows (and has cached) the key now

    await page.getByRole('button', { name: 'Revocar la clave Clave de dos instancias' }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revocar' }).click()
    await expect(page.getByText('Clave «Clave de dos instancias» revocada')).toBeVisible()
    const ms = await within(1000, async () => (await statusOnB()) === 401)
    console.log(`B refused the revoked key after ${ms} ms`)
    await context.close()
  })
})

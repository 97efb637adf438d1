// Issue 15 — `npm run worker` (scripts/worker.ts): the webhook workers as a process of their own, for deployments
// that run them apart from the web instances. On PostgreSQL it delivers what a send-only instance queued and stops
// cleanly on SIGTERM; without DATABASE_URL it refuses to start, saying why (the embedded database has one owner).
import { spawn, type ChildProcess } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { getScopeSettings } from '@/db/dal/scopes'
import { createTestDatabase, insertOrganization, testDrivers } from '@/test/db'
import { addEndpoint, createTestService, startReceiver, TEST_SECRET_KEY } from '@/test/webhook-harness'

function startWorker(env: Record<string, string | undefined>) {
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/worker.ts'],
    {
      env: { ...process.env, DATABASE_URL: undefined, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const printed = (text: string, timeoutMs = 60_000) =>
    new Promise<void>((resolve, reject) => {
      const started = Date.now()
      const poll = setInterval(() => {
        if (output.includes(text)) {
          clearInterval(poll)
          resolve()
        } else if (Date.now() - started > timeoutMs) {
          clearInterval(poll)
          reject(new Error(`worker never printed "${text}": ${output}`))
        }
      }, 50)
    })
  return { child: child as ChildProcess, exited, printed, output: () => output }
}

describe('npm run worker', () => {
  it('without DATABASE_URL it refuses to start and says why', async () => {
    const worker = startWorker({})
    expect(await worker.exited).toBe(1)
    expect(worker.output()).toContain('npm run worker needs DATABASE_URL')
  }, 60_000)
})

// Only where a PostgreSQL is given (TEST_DATABASE_URL, as in CI), like every PostgreSQL variant of the suite.
describe.each(testDrivers.filter((driver) => driver === 'postgres'))('npm run worker (%s)', () => {
  it('delivers what a send-only instance queued, then stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase('postgres')
    let secret = ''
    const receiver = await startReceiver(() => [secret])
    // The web side: queues only (no workers), as a web instance with WEBHOOK_WORKERS=off does.
    const web = createTestService(database)
    await web.start({ work: false })
    const worker = startWorker({
      DATABASE_URL: database.url!,
      WEBHOOK_SECRET_KEY: TEST_SECRET_KEY.toString('base64'),
      WEBHOOKS_ALLOW_LOCALHOST: '1',
      NODE_ENV: 'test',
    })
    try {
      const organizationId = await insertOrganization(database.db)
      await getScopeSettings(database.db, organizationId, null)
      const endpoint = await addEndpoint(database.db, organizationId, receiver.url)
      secret = endpoint.secret
      await worker.printed('Webhook workers running')

      await web.sendTestEvent(organizationId, endpoint.id)
      await receiver.waitFor((r) => r.accepted('webhook.test').length === 1, 30_000)
      expect(receiver.requests.every((request) => request.verified)).toBe(true)

      worker.child.kill('SIGTERM')
      expect(await worker.exited).toBe(0)
    } finally {
      if (worker.child.exitCode === null) worker.child.kill('SIGKILL')
      await web.stop()
      await receiver.close()
      await database.close()
    }
  }, 120_000)
})

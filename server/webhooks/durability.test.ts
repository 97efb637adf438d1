// Issue 15 — durability: the app is killed with SIGKILL after scheduling a transition and before it fires; after
// a restart the routing.changed still arrives, once, with the exact instant. PGlite (on disk) and PostgreSQL.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase, type DatabaseConfig } from '@/db/connection'
import { getScopeSettings } from '@/db/dal/scopes'
import { createTestDatabase, insertOrganization, testDrivers } from '@/test/db'
import { createTestService, offsetClock, startReceiver } from '@/test/webhook-harness'

const TRANSITION_AT = '2026-12-01T23:00:00.000Z' // Tuesday 18:00 in Bogotá

function runAppUntilScheduled(
  env: Record<string, string>,
): Promise<{ offsetMs: number; secret: string; kill: () => Promise<void> }> {
  // node itself (tsx as a loader), so the app is our direct child: killed and reaped here, its PGlite lock stale.
  const child = spawn(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'test/webhook-app-process.ts'],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app process did not schedule: ${output}`)), 90_000)
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /SCHEDULED (-?\d+) (\S+)/.exec(output)
      if (!match) return
      clearTimeout(timer)
      // kill -9: no graceful shutdown of anything.
      const killed = new Promise<void>((done) => child.once('exit', () => done()))
      resolve({
        offsetMs: Number(match[1]),
        secret: match[2]!,
        kill: async () => {
          child.kill('SIGKILL')
          await killed
        },
      })
    })
  })
}

describe.each(testDrivers)('kill -9 between scheduling and firing (%s)', (driver) => {
  it('the event still arrives after restart, once, with effectiveAt = 18:00 local', async () => {
    let config: DatabaseConfig
    let cleanup: () => Promise<void>
    let env: Record<string, string>
    if (driver === 'postgres') {
      const database = await createTestDatabase('postgres')
      config = { driver: 'postgres', url: database.url! }
      env = { CHILD_DATABASE_URL: database.url! }
      cleanup = () => database.close()
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'horarios-kill9-'))
      config = { driver: 'pglite', dataDir: dir }
      env = { CHILD_PGLITE_DIR: dir }
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true })
    }
    let secret = ''
    const receiver = await startReceiver(() => [secret])
    try {
      // Set up: schema, pg-boss's schema, an organization. Then hand the database to the app.
      let handle = await openDatabase(config)
      await handle.migrate()
      const setup = createTestService(handle)
      await setup.start({ work: false })
      await setup.stop()
      const organizationId = await insertOrganization(handle.db, { timeZone: 'America/Bogota' })
      await getScopeSettings(handle.db, organizationId, null)
      await handle.close()

      const app = await runAppUntilScheduled({
        ...env,
        CHILD_ORGANIZATION_ID: organizationId,
        CHILD_TRANSITION_AT: TRANSITION_AT,
        CHILD_RECEIVER_URL: receiver.url,
      })
      secret = app.secret
      await app.kill()
      expect(receiver.requests).toHaveLength(0)

      // Restart (a new process would do the same): the queued job is still in the database.
      handle = await openDatabase(config)
      const clock = offsetClock()
      clock.set(new Date(Date.now() + app.offsetMs))
      const restarted = createTestService(handle, { clock })
      await restarted.start({ work: true })
      try {
        await receiver.waitFor((r) => r.accepted('routing.changed').length >= 1, 30_000)
        await new Promise((resolve) => setTimeout(resolve, 1500))
        const events = receiver.accepted('routing.changed')
        expect(events).toHaveLength(1)
        expect(events[0]!.body.data).toMatchObject({ responder: 'closed', effectiveAt: TRANSITION_AT })
      } finally {
        await restarted.stop()
        await handle.close()
      }
    } finally {
      await receiver.close()
      await cleanup()
    }
  }, 180_000)
})

// Issue 22 item 4: the action plumbing and the session lookup with a database that has gone away. better-auth
// catches the session lookup's failure and throws its own APIError "Failed to get session"; when the driver's error
// under it is not one of the transient ones, actions answered a bare 500. Now every action answers "unavailable"
// (nothing saved, nothing thrown), and a page's session lookup throws the error the error page shows as "the service
// is unavailable for a moment" (its digest, lib/http/service-unavailable.ts).
//
// PostgreSQL: the app's role loses its CONNECT privilege and its connections are terminated (an operator cutting the
// database off). PGlite: the embedded database is closed under the app (as when the process shuts down).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { sql } from 'drizzle-orm'
import { createTestDatabase, testDrivers, uniqueId, useTestDatabase } from '@/test/db'
import { DEMO, seedDemoData, signInAs, useDatabase } from '@/test/action-harness'
import { openDatabase, type DatabaseHandle, type Db } from '@/db/connection'
import { SERVICE_UNAVAILABLE_DIGEST } from '@/lib/http/service-unavailable'
import { department } from '@/db/schema'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { createDepartmentAction } = await import('./actions/department-actions')
const { signInAction } = await import('./actions/auth-actions')
const { getViewer } = await import('./session')

type Outage = { db: Db; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }

/** PostgreSQL: the app connects as a role of its own, whose CONNECT privilege is then revoked. */
async function revocableRole(admin: Db, url: string): Promise<Outage> {
  const role = uniqueId('outage').toLowerCase()
  const database = new URL(url).pathname.slice(1)
  await admin.execute(sql.raw(`create role "${role}" login`))
  await admin.execute(sql.raw(`grant pg_read_all_data, pg_write_all_data to "${role}"`))
  const asRole = new URL(url)
  asRole.username = role
  const handle: DatabaseHandle = await openDatabase({ driver: 'postgres', url: asRole.toString() })
  const connect = (verb: 'grant' | 'revoke') =>
    admin.execute(
      sql.raw(
        `${verb} connect on database "${database}" ${verb === 'grant' ? 'to' : 'from'} public, "${role}"`,
      ),
    )
  return {
    db: handle.db,
    cut: async () => {
      await connect('revoke')
      await admin.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where usename = ${role}`)
    },
    restore: async () => {
      await connect('grant')
    },
    close: async () => {
      await handle.close()
      await connect('grant')
      await admin.execute(sql.raw(`revoke connect on database "${database}" from "${role}"`))
      await admin.execute(sql.raw(`drop owned by "${role}"`))
      await admin.execute(sql.raw(`drop role "${role}"`))
    },
  }
}

/** PGlite: the app is pointed at an embedded database that is then closed; "restoring" points it back. */
async function closableEmbedded(working: Db): Promise<Outage> {
  const closed = await createTestDatabase('pglite')
  let current = working
  return {
    get db() {
      return current
    },
    cut: async () => {
      await closed.close()
      current = closed.db
    },
    restore: async () => {
      current = working
    },
    close: async () => undefined,
  }
}

describe.each(testDrivers)('server actions and the session with the database gone (%s)', (driver) => {
  const t = useTestDatabase(driver)
  let outage: Outage

  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    outage = driver === 'postgres' ? await revocableRole(t.db, t.url!) : await closableEmbedded(t.db)
  })
  afterAll(async () => {
    await outage?.close()
  })

  async function departmentNames(): Promise<string[]> {
    return (await t.db.select({ name: department.name }).from(department)).map((row) => row.name)
  }

  it('actions answer "unavailable" and save nothing; a page’s session lookup is "unavailable"; all work again after', async () => {
    const uncaught = vi.fn()
    process.on('uncaughtException', uncaught)
    try {
      // The app's own connection works before the outage (so what follows is the outage's doing).
      useDatabase(outage.db)
      expect((await getViewer())?.email).toBe(DEMO.admin.email)

      await outage.cut()
      useDatabase(outage.db)
      const created = await createDepartmentAction({ name: 'Durante la caída' })
      expect(created).toEqual({ ok: false, error: 'unavailable' })
      // A public action (no session lookup: its own queries fail first).
      const signedIn = await signInAction({ email: DEMO.admin.email, password: DEMO.admin.password })
      expect(signedIn).toEqual({ ok: false, error: 'unavailable' })
      // What a page's layout calls: the error the error page recognises, never the token-bearing driver text.
      const thrown = await getViewer().then(
        () => null,
        (error: unknown) => error,
      )
      expect(thrown).toMatchObject({ name: 'ServiceUnavailableError', digest: SERVICE_UNAVAILABLE_DIGEST })
      expect(String((thrown as Error).cause)).not.toMatch(/params: \[(?!redacted)/)
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(uncaught).not.toHaveBeenCalled()
      expect(await departmentNames()).not.toContain('Durante la caída')

      await outage.restore()
      useDatabase(outage.db)
      const retried = await createDepartmentAction({ name: 'Después de la caída' })
      expect(retried.ok).toBe(true)
      expect(await departmentNames()).toContain('Después de la caída')
    } finally {
      process.off('uncaughtException', uncaught)
      await outage.restore()
    }
  })
})

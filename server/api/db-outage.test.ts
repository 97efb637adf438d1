// Issue 22 item 4 — while the database is unreachable the API answers 503 `unavailable` with Retry-After (as
// /api/ready does), not 500 `internal`: the request may well succeed in a moment, and a client or load balancer
// should retry rather than report a bug. Both ways an outage shows: the process-wide database cannot be opened
// (getDb() throws DatabaseStartupError), and an open pool whose server went away (queries fail ECONNREFUSED).
import net from 'node:net'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { testDrivers } from '@/test/db'
import { apiFetch, BASE_URL } from '@/test/api-client'
import { useDatabase } from '@/test/action-harness'
import { openDatabase, type Db } from '@/db/connection'
import * as schema from '@/db/schema'
import { ALL_KEY, useApiDatabase } from './api-test-setup'
import { resetKeyCaches } from './key-auth'
import { resetRoutingState } from './routing-state'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
const outage = vi.hoisted(() => ({ openError: null as unknown }))
vi.mock('@/db/client', async () => {
  const harness = await import('@/test/action-harness')
  return {
    ...harness.dbClientMock,
    getDb: async () => {
      if (outage.openError) throw outage.openError
      return harness.dbClientMock.getDb()
    },
  }
})

/** A local port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function expectUnavailable(response: Response) {
  expect(response.status).toBe(503)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(await response.json()).toMatchObject({
    type: 'urn:horarios:problem:unavailable',
    status: 503,
    requestId: expect.any(String),
  })
}

describe.each(testDrivers)('API during a database outage (%s)', (driver) => {
  const t = useApiDatabase(driver)
  let url: string
  let pool: pg.Pool
  beforeAll(async () => {
    url = `postgres://postgres@127.0.0.1:${await closedPort()}/horarios`
    pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: 2000 })
  })
  afterAll(async () => {
    await pool.end()
    useDatabase(t.db)
  })

  const scopes = (secret: string) =>
    apiFetch(`${BASE_URL}/api/v1/scopes`, { headers: { authorization: `Bearer ${secret}` } })

  it('an open pool whose server went away: 503 with Retry-After, for a valid and an unknown key alike', async () => {
    expect((await scopes(ALL_KEY)).status).toBe(200)
    useDatabase(drizzle(pool, { schema }) as unknown as Db)
    resetKeyCaches()
    resetRoutingState()
    await expectUnavailable(await scopes(ALL_KEY))
    await expectUnavailable(await scopes('hor_not-a-key-at-all-000000000000'))
    const write = await apiFetch(`${BASE_URL}/api/v1/agents/agt_x/presence`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ALL_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ presence: 'online' }),
    })
    await expectUnavailable(write)
    // Back: answers as before.
    useDatabase(t.db)
    expect((await scopes(ALL_KEY)).status).toBe(200)
  })

  it('a database that cannot be opened (the first request after a start without PostgreSQL): 503', async () => {
    const opening = await openDatabase({ driver: 'postgres', url }).then(
      () => null,
      (error: unknown) => error,
    )
    expect(opening).toBeInstanceOf(Error)
    outage.openError = opening
    resetKeyCaches()
    try {
      await expectUnavailable(await scopes(ALL_KEY))
    } finally {
      outage.openError = null
    }
    expect((await scopes(ALL_KEY)).status).toBe(200)
  })
})

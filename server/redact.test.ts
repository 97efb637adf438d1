// Issue 12 item 7 — a failing database query must not write session tokens to the log.
import { inspect } from 'node:util'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { sql } from 'drizzle-orm'
import { testDrivers, useTestDatabase } from '@/test/db'
import { DEMO, nextHeadersMock, seedDemoData, signInAs, useDatabase } from '@/test/action-harness'
import { describeError, redactSecrets } from './redact'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { getViewer } = await import('./session')

describe('redactSecrets', () => {
  it('drops query parameters and token-shaped strings, keeps the query', () => {
    const text =
      'Failed query: select * from "session" where "token" = $1\nparams: AbCdEfGhIjKlMnOpQrStUvWxYz012345'
    expect(redactSecrets(text)).toBe(
      'Failed query: select * from "session" where "token" = $1\nparams: [redacted]',
    )
    expect(redactSecrets('key hor_live_0123456789abcdef0123456789abcdef end')).toBe('key [redacted] end')
    expect(describeError(new Error('x', { cause: new Error('params: secret') }))).toBe(
      'Error: x ← Error: params: [redacted]',
    )
    // The causes after a failed query survive its redacted parameters.
    const outage = new Error(
      'Failed query: select 1 from "session"\nparams: AbCdEfGhIjKlMnOpQrStUvWxYz012345',
      {
        cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      },
    )
    expect(describeError(outage)).toBe(
      'Error: Failed query: select 1 from "session"\nparams: [redacted] ← Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5432',
    )
  })
})

describe.each(testDrivers)('a failing session lookup (%s)', (driver) => {
  const t = useTestDatabase(driver)
  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
    await signInAs(DEMO.admin.email, DEMO.admin.password)
  })

  it('throws an error whose logged form holds no session token', async () => {
    const cookie = (await nextHeadersMock.headers()).get('cookie') ?? ''
    const token = decodeURIComponent(/session_token=([^;]+)/.exec(cookie)![1]!).split('.')[0]!
    expect(token.length).toBeGreaterThanOrEqual(32)
    await t.db.execute(sql.raw('alter table "session" rename to "session_away"'))
    let thrown: unknown
    try {
      await getViewer()
    } catch (error) {
      thrown = error
    } finally {
      await t.db.execute(sql.raw('alter table "session_away" rename to "session"'))
    }
    expect(thrown).toBeInstanceOf(Error)
    const logged = inspect(thrown, { depth: 10 }) + String((thrown as Error).stack)
    expect(logged).toMatch(/session/)
    expect(logged).not.toContain(token)
  })
})

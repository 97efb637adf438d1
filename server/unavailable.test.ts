// Issue 22 item 4: which failures mean "the database is unreachable right now" (server/unavailable.ts), and the
// session service recovering once it is back.
import { afterAll, describe, expect, it, vi } from 'vitest'
import { APIError } from 'better-auth/api'
import { createTestDatabase, type TestDatabase } from '@/test/db'
import { DatabaseStartupError } from '@/db/startup-error'
import type { Db } from '@/db/connection'
import { SERVICE_UNAVAILABLE_DIGEST } from '@/lib/http/service-unavailable'
import { ServiceUnavailableError, isServiceUnavailable, rethrowAsUnavailable } from './unavailable'

const database: { db: Db | null } = { db: null }
vi.mock('@/db/client', () => ({
  getDb: async () => {
    if (database.db) return database.db
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
    throw new DatabaseStartupError('Cannot reach PostgreSQL at 127.0.0.1:5432 (connection refused).', {
      cause: refused,
    })
  },
}))

const sessionLookupFailed = (cause: unknown) =>
  APIError.from(
    'INTERNAL_SERVER_ERROR',
    { code: 'FAILED_TO_GET_SESSION', message: 'Failed to get session' },
    { cause },
  )

describe('the database unreachable', () => {
  it('better-auth’s "Failed to get session" is, whatever the driver error under it', () => {
    for (const cause of [
      Object.assign(new Error('permission denied for database "horarios"'), {
        code: '42501',
        severity: 'FATAL',
      }),
      new Error('relation "session" does not exist'),
      undefined,
    ]) {
      expect(isServiceUnavailable(sessionLookupFailed(cause))).toBe(true)
    }
    // Other better-auth answers are not: a session deleted while it was refreshed, wrong credentials.
    expect(
      isServiceUnavailable(
        APIError.from('UNAUTHORIZED', { code: 'FAILED_TO_GET_SESSION', message: 'Failed to get session' }),
      ),
    ).toBe(false)
    expect(
      isServiceUnavailable(
        APIError.from('UNAUTHORIZED', { code: 'INVALID_EMAIL_OR_PASSWORD', message: 'x' }),
      ),
    ).toBe(false)
  })

  it('so is a transient driver error; a bug is not', () => {
    expect(isServiceUnavailable(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(
      true,
    )
    expect(isServiceUnavailable(new TypeError('x is undefined'))).toBe(false)
    expect(isServiceUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false)
  })

  it('a page’s data failing so is rethrown with the digest the error page reads; anything else unchanged', () => {
    const failure = sessionLookupFailed(new Error('PGlite is closed'))
    const thrown = (() => {
      try {
        rethrowAsUnavailable(failure)
      } catch (error) {
        return error
      }
    })()
    expect(thrown).toBeInstanceOf(ServiceUnavailableError)
    expect(thrown).toMatchObject({ digest: SERVICE_UNAVAILABLE_DIGEST, cause: failure })
    const bug = new TypeError('x is undefined')
    expect(() => rethrowAsUnavailable(bug)).toThrow(bug)
  })
})

describe('the session service when the database was down at the first request', () => {
  let opened: TestDatabase | null = null
  afterAll(async () => {
    await opened?.close()
  })

  it('starts once the database is back, instead of failing for the life of the process', async () => {
    const { getAuth } = await import('./auth')
    const first = await getAuth().then(
      () => null,
      (error: unknown) => error,
    )
    expect(isServiceUnavailable(first)).toBe(true)
    opened = await createTestDatabase('pglite')
    database.db = opened.db
    const auth = await getAuth()
    expect(await auth.api.getSession({ headers: new Headers() })).toBeNull()
  })
})

// Issue 22 item 10 — PUT …/settings compares If-Match as RFC 9110 §13.1.1 says: strong comparison (a weak tag
// W/"…" never matches), `*` matches the current representation, and a comma-separated list matches when any
// member does. Closes the mutation-audit gap "accepting weak ETags → no test fails". PGlite and PostgreSQL.
import { describe, expect, it, vi } from 'vitest'
import { testDrivers } from '@/test/db'
import { apiFetch, BASE_URL } from '@/test/api-client'
import { ALL_KEY, useApiDatabase } from './api-test-setup'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const URL_ = `${BASE_URL}/api/v1/scopes/dep_aurora_turno_nocturno/settings`
const auth = { authorization: `Bearer ${ALL_KEY}` }

async function read(): Promise<{ version: number; body: { usesGeneral: boolean; config: object } }> {
  const response = await apiFetch(URL_, { headers: auth })
  const data = (await response.json()) as { version: number; usesGeneral: boolean; config: object }
  return { version: data.version, body: { usesGeneral: data.usesGeneral, config: data.config } }
}

async function put(ifMatch: string | null, body: object): Promise<Response> {
  return apiFetch(URL_, {
    method: 'PUT',
    headers: {
      ...auth,
      'content-type': 'application/json',
      ...(ifMatch === null ? {} : { 'if-match': ifMatch }),
    },
    body: JSON.stringify(body),
  })
}

describe.each(testDrivers)('PUT …/settings If-Match (%s)', (driver) => {
  useApiDatabase(driver)

  it('a weak tag never matches, not even the current version: 412 with the current ETag, nothing saved', async () => {
    const { version, body } = await read()
    for (const header of [`W/"${version}"`, `W/"${version}", "999"`]) {
      const response = await put(header, body)
      expect({ header, status: response.status }).toEqual({ header, status: 412 })
      expect(response.headers.get('etag')).toBe(`"${version}"`)
    }
    expect((await read()).version).toBe(version)
  })

  it('`*` matches the current representation and saves', async () => {
    const { version, body } = await read()
    const response = await put('*', body)
    expect(response.status).toBe(200)
    expect(response.headers.get('etag')).toBe(`"${version + 1}"`)
  })

  it('a list matches when any member matches; a list of stale tags is 412', async () => {
    const { version, body } = await read()
    const stale = await put(`"${version + 5}", "${version + 6}"`, body)
    expect(stale.status).toBe(412)
    expect((await read()).version).toBe(version)
    // Empty list members are ignored (RFC 9110 §5.6.1.2).
    const listed = await put(`"${version + 5}" ,, "${version}",W/"1",`, body)
    expect(listed.status).toBe(200)
    expect(listed.headers.get('etag')).toBe(`"${version + 1}"`)
  })

  // The weak prefix is a case-sensitive "W/"; an unquoted number is not an entity tag.
  it('a header that is not `*` or a list of entity tags is 400 naming If-Match; absent or blank is 428', async () => {
    const { version, body } = await read()
    for (const header of [
      String(version),
      `"${version}`,
      `"${version}" x`,
      '**',
      'W/ "1"',
      `w/"${version}"`,
    ]) {
      const response = await put(header, body)
      expect({ header, status: response.status }).toEqual({ header, status: 400 })
      expect(((await response.json()) as { errors: { path: string }[] }).errors).toEqual([
        { path: 'If-Match', message: expect.stringContaining('"') },
      ])
    }
    expect((await put(null, body)).status).toBe(428)
    expect((await put('  ', body)).status).toBe(428)
    expect((await read()).version).toBe(version)
  })
})

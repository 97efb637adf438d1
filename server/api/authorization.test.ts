// Issue 14 — the authorization matrix of every /api/v1 endpoint (no key, wrong key, revoked key, missing permission,
// another organization's ids) and fuzzed input (4xx problem JSON, nothing changed), on PGlite and PostgreSQL.
// Every response goes through test/api-client.ts, so each one is also validated against the OpenAPI document.
import fs from 'node:fs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { eq, sql } from 'drizzle-orm'
import { testDrivers } from '@/test/db'
import { call, ENDPOINTS, type Endpoint, type Ids } from '@/test/api-endpoints'
import { agent } from '@/db/schema'
import type { Db } from '@/db/connection'
import { API_KEY_PERMISSIONS } from '@/lib/api/api-key-schema'
import { ALL_KEY, AURORA, MONTANA, MONTANA_KEY, keyWith, useApiDatabase } from './api-test-setup'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { revokeApiKey } = await import('@/db/queries')

async function snapshot(db: Db): Promise<string> {
  const parts: string[] = []
  // api_key without last_used_at: using a key is expected to record that it was used.
  const queries = [
    ...[
      'scope_settings',
      'schedule_range',
      'schedule_override',
      'schedule_override_range',
      'assistant',
      'agent',
      'audit_log',
      'department',
    ].map((table) => `select * from "${table}" order by 1, 2`),
    'select id, organization_id, name, permissions, revoked_at from api_key order by 1',
  ]
  for (const query of queries) {
    const result = await db.execute(sql.raw(query))
    parts.push(JSON.stringify((result as { rows?: unknown[] }).rows ?? result))
  }
  return parts.join('\n')
}

describe.each(testDrivers)('API authorization matrix and fuzzing (%s)', (driver) => {
  const t = useApiDatabase(driver)
  const ids = {} as Ids
  let revoked: { secret: string }
  const lacking = new Map<string, string>()

  beforeAll(async () => {
    const [auroraAgent] = await t.db
      .select({ id: agent.id })
      .from(agent)
      .where(eq(agent.organizationId, AURORA))
      .limit(1)
    const [montanaAgent] = await t.db
      .select({ id: agent.id })
      .from(agent)
      .where(eq(agent.organizationId, MONTANA))
      .limit(1)
    ids.auroraAgent = auroraAgent!.id
    ids.montanaAgent = montanaAgent!.id
    ids.nocturnoVersion = async () => {
      const response = await call(
        'GET',
        { path: '/api/v1/scopes/dep_aurora_turno_nocturno/settings' },
        ALL_KEY,
      )
      return Number((await response.json()).version)
    }
    // A key that works, is used once (so its lookup is cached), then revoked through the app's own db/ function.
    revoked = await keyWith(t.db, [...API_KEY_PERMISSIONS])
    const created = await keyWith(t.db, [...API_KEY_PERMISSIONS])
    expect((await call('GET', { path: '/api/v1/scopes' }, created.secret)).status).toBe(200)
    expect(await revokeApiKey(AURORA, created.id, { userId: null, name: 'test' })).toBe(true)
    revoked = created
    for (const endpoint of ENDPOINTS) {
      const others = API_KEY_PERMISSIONS.filter((p) => !endpoint.needs.includes(p))
      lacking.set(endpoint.name, (await keyWith(t.db, others)).secret)
    }
  })

  async function ownRequest(endpoint: Endpoint) {
    const target = endpoint.own(ids)
    if (endpoint.name === 'PUT settings') {
      const read = await call('GET', { path: target.path }, ALL_KEY)
      const current = await read.json()
      return {
        ...target,
        body: { usesGeneral: current.usesGeneral, config: current.config },
        headers: { 'if-match': read.headers.get('etag')! },
      }
    }
    return target
  }

  it('the matrix has a row for every authenticated route handler under app/api/v1', () => {
    const handlers = fs
      .readdirSync('app/api/v1', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('route.ts'))
      .map((file) => `app/api/v1/${file}`)
      .filter((file) => fs.readFileSync(file, 'utf8').includes('apiRoute('))
      .flatMap((file) =>
        [
          ...fs.readFileSync(file, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = apiRoute/g),
        ].map((match) => `${match[1]} ${file}`),
      )
    expect(ENDPOINTS.length).toBe(handlers.length)
  })

  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.name}: 401 without a key, with a wrong key and with a revoked key; 403 without the permission`, async () => {
      const target = await ownRequest(endpoint)
      const before = await snapshot(t.db)
      for (const secret of [
        null,
        'hor_not-a-real-key-at-all-000000000000000000',
        'garbage',
        revoked.secret,
      ]) {
        const response = await call(endpoint.method, target, secret)
        expect({ secret, status: response.status }).toEqual({ secret, status: 401 })
        expect(response.headers.get('content-type')).toBe('application/problem+json')
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
      }
      const forbidden = await call(endpoint.method, target, lacking.get(endpoint.name))
      expect(forbidden.status).toBe(403)
      expect((await forbidden.json()).detail).toContain(endpoint.needs[0])
      expect(await snapshot(t.db)).toBe(before)
      // …and the right key gets through.
      const allowed = await call(endpoint.method, await ownRequest(endpoint), ALL_KEY)
      expect(allowed.status).toBe(200)
    })

    it(`${endpoint.name}: another organization's ids are not found (404, never 403), its data never shows`, async () => {
      if (endpoint.other) {
        const before = await snapshot(t.db)
        const target = endpoint.other(ids)
        const headers: Record<string, string> = endpoint.name === 'PUT settings' ? { 'if-match': '"1"' } : {}
        const body = endpoint.name === 'PUT settings' ? { usesGeneral: false, config: {} } : target.body
        const response = await call(endpoint.method, { ...target, body, headers }, ALL_KEY)
        expect(response.status).toBe(404)
        expect(await snapshot(t.db)).toBe(before)
      }
      // Whatever the endpoint, Montaña's key never sees Aurora's names, and Aurora's never sees Montaña's.
      const own = await call(endpoint.method, await ownRequest(endpoint), ALL_KEY)
      expect(await own.text()).not.toMatch(/Montaña|Pedidos|Rosa Mamani/)
      const theirs = await call('GET', { path: '/api/v1/agents' }, MONTANA_KEY)
      expect(await theirs.text()).not.toMatch(/Aurora|Camila Restrepo/)
    })
  }

  it('fuzzed bodies and queries give 4xx problem JSON and change nothing', async () => {
    const before = await snapshot(t.db)
    const version = await ids.nocturnoVersion()
    const bodyTargets = [
      { method: 'POST', path: '/api/v1/routing/decisions' },
      { method: 'POST', path: '/api/v1/routing/overflow' },
      {
        method: 'PUT',
        path: '/api/v1/scopes/dep_aurora_turno_nocturno/settings',
        headers: { 'if-match': `"${version}"` },
      },
      { method: 'PUT', path: '/api/v1/scopes/general/settings', headers: { 'if-match': '"1"' } },
      { method: 'PUT', path: `/api/v1/agents/${ids.auroraAgent}/presence` },
    ]
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...bodyTargets),
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string(),
          fc.constantFrom(
            '{',
            '[]',
            'null',
            '{"requests":[]}',
            '{"scope":null}',
            '{"presence":"busy"}',
            '{"usesGeneral":true,"config":{"business":{}}}',
          ),
        ),
        async (target, raw) => {
          const response = await call(
            target.method,
            { path: target.path, body: raw, headers: target.headers ?? {} },
            ALL_KEY,
          )
          expect(response.status).toBeGreaterThanOrEqual(400)
          expect(response.status).toBeLessThan(500)
          expect(response.headers.get('content-type')).toBe('application/problem+json')
          const problem = await response.json()
          expect(problem).toMatchObject({
            type: expect.stringMatching(/^urn:horarios:problem:/),
            status: response.status,
          })
        },
      ),
      { numRuns: 120 },
    )
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom('scope', 'at', 'agentsOnline', 'from', 'to', 'x'),
          fc.string({ maxLength: 40 }),
        ),
        fc.constantFrom('/api/v1/routing/decision', '/api/v1/scopes/general/effective-hours'),
        async (query, path) => {
          const search = new URLSearchParams(query).toString()
          const response = await call('GET', { path: `${path}?${search}` }, ALL_KEY)
          // Random input can be valid by chance (e.g. agentsOnline "7" with a scope "general"): then it answers.
          expect([200, 400, 404]).toContain(response.status)
        },
      ),
      { numRuns: 120 },
    )
    // Taken after both fuzzing runs: nothing they sent changed a row.
    expect(await snapshot(t.db)).toBe(before)
  })
})

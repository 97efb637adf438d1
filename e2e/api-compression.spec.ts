import { expect, test } from './fixtures'

// The API on `next start` (server/api/json-response.ts): a client that accepts gzip — as fetch, axios and Go's HTTP
// client do by default — gets a small answer as it is (a gzip stream per 400-byte decision costs the server more
// than it saves) and a large one compressed.
const GZIP_CLIENT = {
  authorization: 'Bearer hor_demo-tienda-aurora-2026-all-permissions',
  'accept-encoding': 'gzip, deflate, br',
}

test('a single decision is not compressed; a batch of decisions over 1 KB is', async ({ request }) => {
  const single = await request.get('/api/v1/routing/decision?scope=general', { headers: GZIP_CLIENT })
  expect(single.status()).toBe(200)
  expect(single.headers()['content-encoding']).toBeUndefined()
  expect(single.headers()['cache-control']).toBe('no-store, no-transform')
  expect(single.headers()['x-frame-options']).toBe('DENY')
  expect(await single.json()).toMatchObject({ scope: { id: 'general' } })

  const scopes = ['general', 'dep_aurora_ventas', 'dep_aurora_soporte', 'dep_aurora_facturacion']
  const batch = await request.post('/api/v1/routing/decisions', {
    headers: { ...GZIP_CLIENT, 'content-type': 'application/json' },
    data: JSON.stringify({ requests: scopes.map((scope) => ({ scope })) }),
  })
  expect(batch.status()).toBe(200)
  expect(batch.headers()['content-encoding']).toBe('gzip')
  expect(batch.headers()['cache-control']).toBe('no-store')
  // Playwright decodes the body: the decisions arrive intact.
  const body = (await batch.json()) as { decisions: { scope: { id: string } }[] }
  expect(body.decisions.map((decision) => decision.scope.id)).toEqual(scopes)
})

test('a problem answer is small and not compressed either', async ({ request }) => {
  const missing = await request.get('/api/v1/routing/decision?scope=dep_nowhere', { headers: GZIP_CLIENT })
  expect(missing.status()).toBe(404)
  expect(missing.headers()['content-type']).toBe('application/problem+json')
  expect(missing.headers()['content-encoding']).toBeUndefined()
})

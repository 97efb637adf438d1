// Issue 22 item 7 — unknown API keys are limited per client address (docs/behaviour.md §9 "Keys and errors"): at
// most KEY_LOOKUP_LIMIT.maxFailures lookups of unknown keys per address in the window, counted in the database so
// every instance shares them; then 429 problem JSON with Retry-After for every request from the address, whatever
// key it carries, until the window passes. The address is the connection's (or, behind TRUSTED_PROXIES, the
// forwarded client's) as for sign-in (server/client-address.ts, docs/decisions/010).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KEY_LOOKUP_LIMIT } from '@/db/dal/key-lookup-limit'
import { testDrivers } from '@/test/db'
import { PEER_ADDRESS_HEADER } from '@/server/client-address'
import { ALL_KEY, useApiDatabase } from './api-test-setup'
import { resetKeyCaches } from './key-auth'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { GET } = await import('@/app/api/v1/scopes/route')

const MAX = KEY_LOOKUP_LIMIT.maxFailures
let serial = 0
const unknownKey = () => `hor_unknown-${(serial++).toString().padStart(39, '0')}`

function request(secret: string, peer: string, forwardedFor?: string): Promise<Response> {
  return GET(
    new Request('http://horarios.test/api/v1/scopes', {
      headers: {
        authorization: `Bearer ${secret}`,
        [PEER_ADDRESS_HEADER]: peer,
        ...(forwardedFor && { 'x-forwarded-for': forwardedFor }),
      },
    }),
  )
}

/** Two app instances in one test process: each has its own in-memory state (key cache, learnt limits). */
type Instance = { state: unknown }
const globalKeys = globalThis as { __horariosApiKeys?: unknown }
async function on<T>(instance: Instance, run: () => Promise<T>): Promise<T> {
  const previous = globalKeys.__horariosApiKeys
  globalKeys.__horariosApiKeys = instance.state
  try {
    return await run()
  } finally {
    instance.state = globalKeys.__horariosApiKeys
    globalKeys.__horariosApiKeys = previous
  }
}

afterEach(() => {
  vi.unstubAllEnvs()
  vi.useRealTimers()
})

describe.each(testDrivers)('failed API key lookups are limited per address (%s)', (driver) => {
  const t = useApiDatabase(driver)

  it(`1,000 distinct unknown keys from one address: ${MAX} lookups, then 429 without a query`, async () => {
    resetKeyCaches()
    const peer = '198.51.100.1'
    const before = t.queries()
    const statuses: number[] = []
    let limited: Response | null = null
    for (let i = 0; i < 1000; i++) {
      const response = await request(unknownKey(), peer)
      statuses.push(response.status)
      if (response.status === 429) limited ??= response
    }
    const queries = t.queries() - before
    console.log(`1,000 unknown keys from one address: ${queries} database queries`)
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX)
    expect(statuses.slice(MAX).every((s) => s === 429)).toBe(true)
    // Per looked-up key: the counter read, the lookup, the failure's upsert; nothing after the limit.
    expect(queries).toBeLessThanOrEqual(3 * MAX)

    expect(limited!.headers.get('content-type')).toBe('application/problem+json')
    const retryAfter = Number(limited!.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(KEY_LOOKUP_LIMIT.windowMs / 1000 - 60)
    expect(retryAfter).toBeLessThanOrEqual(KEY_LOOKUP_LIMIT.windowMs / 1000)
    expect(await limited!.json()).toMatchObject({
      type: 'urn:horarios:problem:too-many-invalid-keys',
      status: 429,
      detail: expect.stringContaining(`${retryAfter} s`),
    })

    // Decided (§9): once limited, the address gets 429 for a valid key too, until the window passes…
    expect((await request(ALL_KEY, peer)).status).toBe(429)
    // …while another address is not affected.
    expect((await request(ALL_KEY, '198.51.100.2')).status).toBe(200)

    // A window after the last counted failure, the address is looked up again.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + KEY_LOOKUP_LIMIT.windowMs + 1000 })
    expect((await request(ALL_KEY, peer)).status).toBe(200)
    expect((await request(unknownKey(), peer)).status).toBe(401)
  })

  it('two instances share the count: failures on either add up, and the other learns the limit', async () => {
    resetKeyCaches()
    const a: Instance = { state: undefined }
    const b: Instance = { state: undefined }
    const peer = '198.51.100.3'
    // A valid key cached on B before the limit (B has not looked this address up since).
    expect((await on(b, () => request(ALL_KEY, peer))).status).toBe(200)
    for (let i = 0; i < MAX; i++) {
      const response = await on(i % 2 ? b : a, () => request(unknownKey(), peer))
      expect(response.status).toBe(401)
    }
    // Neither instance alone saw MAX failures; together they did.
    expect((await on(a, () => request(unknownKey(), peer))).status).toBe(429)
    expect((await on(b, () => request(unknownKey(), peer))).status).toBe(429)
    // B learnt the limit itself: its cached valid key is refused too.
    expect((await on(b, () => request(ALL_KEY, peer))).status).toBe(429)
    // A third instance that never saw the address: one counter read, no key lookup, 429.
    const c: Instance = { state: undefined }
    const before = t.queries()
    expect((await on(c, () => request(ALL_KEY, peer))).status).toBe(429)
    expect(t.queries() - before).toBe(1)
  })

  it('behind a trusted proxy the forwarded client is counted; a forged X-Forwarded-For is not believed', async () => {
    resetKeyCaches()
    vi.stubEnv('TRUSTED_PROXIES', '10.9.9.9')
    for (let i = 0; i < MAX; i++) {
      const response = await request(unknownKey(), '10.9.9.9', `203.0.113.99, 198.51.100.20`)
      expect(response.status).toBe(401)
    }
    expect((await request(ALL_KEY, '10.9.9.9', '198.51.100.20')).status).toBe(429)
    // The proxy's other clients, and the proxy itself, are not limited.
    expect((await request(ALL_KEY, '10.9.9.9', '198.51.100.21')).status).toBe(200)
    expect((await request(ALL_KEY, '10.9.9.9')).status).toBe(200)

    // Not a trusted proxy: rotating X-Forwarded-For does not make new addresses.
    for (let i = 0; i < MAX; i++) {
      const response = await request(unknownKey(), '203.0.113.50', `192.0.2.${i}`)
      expect(response.status).toBe(401)
    }
    expect((await request(ALL_KEY, '203.0.113.50', '192.0.2.250')).status).toBe(429)
  })
})

// Issue 12 items 6 and 7 — better-auth's own HTTP endpoints are closed: they bypassed our validation (an organization
// renamed to 200,000 characters, time zone "Mars/Olympus") and handed raw session tokens to JavaScript.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { eq } from 'drizzle-orm'
import { testDrivers, useTestDatabase } from '@/test/db'
import { DEMO, nextHeadersMock, seedDemoData, signInAs, useDatabase } from '@/test/action-harness'
import { organization, user } from '@/db/schema'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { authGET: GET, authPOST: POST } = await import('./auth-routes')

describe.each(testDrivers)('/api/auth/* (%s)', (driver) => {
  const t = useTestDatabase(driver)
  let cookie = ''
  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    cookie = (await nextHeadersMock.headers()).get('cookie') ?? ''
  })

  const request = (path: string, body?: unknown) =>
    new Request(`http://localhost:3000/api/auth/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { cookie, origin: 'http://localhost:3000', 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    })

  it('does not hand session tokens to JavaScript (get-session, list-sessions)', async () => {
    for (const path of ['get-session', 'list-sessions']) {
      const response = await GET(request(path))
      expect({ path, status: response.status }).toEqual({ path, status: 404 })
      expect(await response.text()).not.toMatch(/token/i)
    }
  })

  it('refuses organization and user updates that skip our validation; nothing changes', async () => {
    const [before] = await t.db.select().from(organization).where(eq(organization.id, DEMO.auroraId))
    const hostile = [
      [
        'organization/update',
        { data: { name: 'x'.repeat(200_000), timeZone: 'Mars/Olympus', country: 'ZZ' } },
      ],
      ['update-user', { name: 'y'.repeat(100_000) }],
      ['organization/create', { name: 'Otra', slug: 'otra', country: 'CO', timeZone: 'America/Bogota' }],
      ['sign-up/email', { name: 'Z', email: 'z@example.test', password: 'a-long-password' }],
      ['sign-in/email', { email: DEMO.admin.email, password: DEMO.admin.password }],
    ] as const
    for (const [path, body] of hostile) {
      const response = await POST(request(path, body))
      expect({ path, status: response.status }).toEqual({ path, status: 404 })
    }
    const [after] = await t.db.select().from(organization).where(eq(organization.id, DEMO.auroraId))
    expect(after).toEqual(before)
    const [admin] = await t.db.select({ name: user.name }).from(user).where(eq(user.email, DEMO.admin.email))
    expect(admin?.name.length).toBeLessThan(100)
  })
})

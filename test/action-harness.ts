// Runs server actions as a real signed-in member (or nobody) against a test database, the way Next would: the
// session comes from a better-auth cookie in the request headers, never from the action's arguments.
//
// Usage in a test file (the mocks must be declared in the test file itself, vi.mock is hoisted per file):
//   vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
//   vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
//   vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))
import type { Db } from '@/db/connection'
import { seedDemo } from '@/db/seed'
import { insertPasswordMember, seedDemoUsers } from '@/db/seed-users'

type Jar = Map<string, string>

const state: { db: Db | null; cookies: Jar; extraHeaders: Record<string, string> } = {
  db: null,
  cookies: new Map(),
  extraHeaders: {},
}

function cookieHeader(): string {
  return [...state.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
}

export const nextHeadersMock = {
  headers: async () =>
    new Headers({ ...state.extraHeaders, ...(state.cookies.size ? { cookie: cookieHeader() } : {}) }),
  cookies: async () => ({
    get: (name: string) => (state.cookies.has(name) ? { name, value: state.cookies.get(name)! } : undefined),
    getAll: () => [...state.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => state.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === 'object') state.cookies.set(name.name, name.value)
      else state.cookies.set(name, value ?? '')
    },
    delete: (name: string) => state.cookies.delete(name),
  }),
}

export const dbClientMock = {
  getDb: async () => {
    if (!state.db) throw new Error('action harness: no database; call useDatabase() first')
    return state.db
  },
  closeDb: async () => undefined,
  migrate: async () => undefined,
}

/** Points the app's getDb() at `db` and drops the cached better-auth instance bound to a previous database. */
export function useDatabase(db: Db) {
  state.db = db
  ;(globalThis as { horariosAuth?: unknown }).horariosAuth = undefined
}

export async function seedDemoData(db: Db, now = new Date('2026-11-26T15:00:00Z')) {
  await seedDemo(db, { now })
  await seedDemoUsers(db, { now })
}

/**
 * A member the demo seed lacks (say, a second staff member), stored through the same path as the demo accounts, so
 * `signInAs(email, password)` works for it. Returns the user id.
 */
export async function createMember(
  db: Db,
  {
    orgId,
    role,
    email,
    password,
    name = email,
  }: { orgId: string; role: 'admin' | 'staff'; email: string; password: string; name?: string },
): Promise<string> {
  return insertPasswordMember(
    db,
    { name, email, password, organizationId: orgId, role },
    { now: new Date('2026-11-26T15:00:00Z') },
  )
}

export function signOutLocally() {
  state.cookies.clear()
}

export function setRequestHeaders(headers: Record<string, string>) {
  state.extraHeaders = headers
}

/** Signs in through better-auth itself and keeps the session cookie for the following action calls. */
export async function signInAs(email: string, password: string) {
  const { getAuth } = await import('@/server/auth')
  state.cookies.clear()
  const auth = await getAuth()
  const { headers } = await auth.api.signInEmail({ body: { email, password }, returnHeaders: true })
  for (const raw of headers.getSetCookie()) {
    const [pair] = raw.split(';')
    const eq = pair!.indexOf('=')
    state.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1))
  }
}

export const DEMO = {
  admin: { email: 'admin@tienda-aurora.co', password: 'Aurora-admin-2026' },
  staff: { email: 'soporte@tienda-aurora.co', password: 'Aurora-soporte-2026' },
  otherAdmin: { email: 'admin@cafe-montana.pe', password: 'Montana-admin-2026' },
  auroraId: 'org_tienda_aurora',
  montanaId: 'org_cafe_montana',
} as const

import 'server-only'
import { betterAuth } from 'better-auth'
import { drizzleAdapter } from 'better-auth/adapters/drizzle'
import { nextCookies } from 'better-auth/next-js'
import { organization } from 'better-auth/plugins'
import { getDb } from '@/db/client'
import * as schema from '@/db/schema'
import { ac, roles } from '@/lib/auth/permissions'

function authSecret(): string {
  const secret = process.env.BETTER_AUTH_SECRET
  if (secret) return secret
  if (process.env.NODE_ENV === 'production' && process.env.DATABASE_URL) {
    throw new Error(
      'Set BETTER_AUTH_SECRET (32+ random characters) before running against a production database.',
    )
  }
  // The embedded demo database is local-only; a fixed development secret keeps sessions valid across restarts.
  return 'horarios-local-development-secret-change-me-0123456789'
}

async function createAuth() {
  const db = await getDb()
  return betterAuth({
    appName: 'Horarios',
    // Wrong passwords are expected traffic (and counted by our limiter); keep test output readable.
    logger: { disabled: process.env.NODE_ENV === 'test' },
    secret: authSecret(),
    baseURL: process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    emailAndPassword: { enabled: true, minPasswordLength: 10, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: {
      // Secure cookies whenever served over HTTPS; `next start` on localhost in tests is plain HTTP.
      useSecureCookies: (process.env.BETTER_AUTH_URL ?? '').startsWith('https://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    // Sign-in goes through our server action, which has its own database-backed limiter (per account and per IP).
    rateLimit: { enabled: false },
    plugins: [
      organization({
        ac,
        roles,
        creatorRole: 'admin',
        allowUserToCreateOrganization: true,
        schema: {
          organization: {
            additionalFields: {
              country: { type: 'string', required: true, input: true },
              timeZone: { type: 'string', required: true, input: true },
            },
          },
        },
      }),
      nextCookies(),
    ],
  })
}

export type Auth = Awaited<ReturnType<typeof createAuth>>

const globalForAuth = globalThis as unknown as { horariosAuth?: Promise<Auth> }

export function getAuth(): Promise<Auth> {
  if (!globalForAuth.horariosAuth) {
    const creating = createAuth()
    // The database unreachable when the first request comes (issue 22 item 4) must not leave every later session
    // lookup failing once it is back: a failed start is forgotten and the next call tries again.
    creating.catch(() => {
      if (globalForAuth.horariosAuth === creating) globalForAuth.horariosAuth = undefined
    })
    globalForAuth.horariosAuth = creating
  }
  return globalForAuth.horariosAuth
}

'use server'

import { headers } from 'next/headers'
import { APIError } from 'better-auth/api'
import { getAuth } from '@/server/auth'
import { SignInSchema, SignUpSchema } from '@/lib/auth/auth-schemas'
import { isKnownTimeZone } from '@/lib/schedule/time-zones'
import {
  checkSignInRateLimit,
  clearSignInFailures,
  createOrganizationForOwner,
  getMembership,
  recordSignInFailure,
} from '@/db/auth-queries'
import { definePublicAction } from '@/server/action-client'
import type { ActionResult } from './action-result'

function clientIp(h: Headers): string {
  return h.get('x-forwarded-for')?.split(',')[0]?.trim() || h.get('x-real-ip') || 'local'
}

/** validate → rate limit → sign in. Returns only what the form needs. */
export const signInAction = definePublicAction({
  schema: SignInSchema,
  run: async (input): Promise<ActionResult<{ redirectTo: string }>> => {
    const parsed = { data: input }
    const h = await headers()
    const keys = [`email:${parsed.data.email}`, `ip:${clientIp(h)}`]
    const limited = await checkSignInRateLimit(keys, new Date())
    if (limited) return { ok: false, error: 'rateLimited', retryAfterMinutes: limited.retryAfterMinutes }

    const auth = await getAuth()
    try {
      const result = await auth.api.signInEmail({ body: parsed.data, headers: h })
      await clearSignInFailures([keys[0]!])
      // The session's organization is resolved per request from the membership table (server/session.ts).
      const membership = await getMembership(result.user.id, null)
      if (!membership) {
        await auth.api.signOut({ headers: h }).catch(() => undefined)
        return { ok: false, error: 'noOrganization' }
      }
      return { ok: true, data: { redirectTo: '/settings/schedules' } }
    } catch (error) {
      if (error instanceof APIError && (error.status === 'UNAUTHORIZED' || error.status === 'BAD_REQUEST')) {
        await recordSignInFailure(keys, new Date())
        return { ok: false, error: 'invalidCredentials' }
      }
      throw error
    }
  },
})

export async function signOutAction(): Promise<void> {
  const auth = await getAuth()
  await auth.api.signOut({ headers: await headers() })
}

/**
 * First run of a real deployment: the admin account and its organization in one step, landing on Horarios with a
 * sensible General default (Mon–Fri 09:00–18:00). Organization id never comes from the client.
 */
export const signUpAction = definePublicAction({
  schema: SignUpSchema,
  run: async (input): Promise<ActionResult<{ redirectTo: string }>> => {
    const parsed = { data: input }
    if (!isKnownTimeZone(parsed.data.timeZone)) {
      return { ok: false, error: 'invalid', fieldErrors: { timeZone: 'timeZoneRequired' } }
    }
    const h = await headers()
    const limited = await checkSignInRateLimit([`ip:${clientIp(h)}`], new Date())
    if (limited) return { ok: false, error: 'rateLimited', retryAfterMinutes: limited.retryAfterMinutes }

    const auth = await getAuth()
    const { name, email, password, organizationName, country, timeZone } = parsed.data
    let userId: string
    try {
      const result = await auth.api.signUpEmail({ body: { name, email, password }, headers: h })
      userId = result.user.id
    } catch (error) {
      if (error instanceof APIError && error.status === 'UNPROCESSABLE_ENTITY') {
        return { ok: false, error: 'emailTaken', fieldErrors: { email: 'emailTaken' } }
      }
      throw error
    }
    await createOrganizationForOwner({ userId, name: organizationName, country, timeZone }, new Date())
    return { ok: true, data: { redirectTo: '/settings/schedules' } }
  },
})

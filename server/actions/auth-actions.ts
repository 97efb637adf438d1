'use server'

import { headers } from 'next/headers'
import { APIError } from 'better-auth/api'
import { getAuth } from '@/server/auth'
import { SignInSchema, SignUpSchema } from '@/lib/auth/auth-schemas'
import {
  checkSignInRateLimit,
  clearSignInFailures,
  consumeAttempt,
  createOrganizationForOwner,
  deleteAccountWithoutMembership,
  getMembership,
  recordSignInFailure,
} from '@/db/auth-queries'
import { ACCOUNT_CREATION_LIMIT, SIGN_IN_ANSWER_MS, signInKeys } from '@/db/auth-queries'
import { definePublicAction } from '@/server/action-client'
import { formActionOf } from '@/server/form-action'
import { clientAddress } from '@/server/client-address'
import { answerAtLeast } from '@/server/answer-at-least'
import type { ActionResult } from './action-result'

/** validate → rate limit ((account, address) + account ceiling + address) → sign in, in constant time. */
export const signInAction = definePublicAction({
  schema: SignInSchema,
  run: (input): Promise<ActionResult<{ redirectTo: string }>> =>
    answerAtLeast(SIGN_IN_ANSWER_MS, async () => {
      const h = await headers()
      const keys = signInKeys(input.email, clientAddress(h))
      const all = [keys.pair, keys.email, keys.ip]
      const limited = await checkSignInRateLimit(all, new Date())
      if (limited) return { ok: false, error: 'rateLimited', retryAfterMinutes: limited.retryAfterMinutes }

      const auth = await getAuth()
      try {
        const result = await auth.api.signInEmail({ body: input, headers: h })
        await clearSignInFailures([keys.pair])
        // The session's organization is resolved per request from the membership table (server/session.ts).
        const membership = await getMembership(result.user.id, null)
        if (!membership) {
          await auth.api.signOut({ headers: h }).catch(() => undefined)
          return { ok: false, error: 'noOrganization' }
        }
        return { ok: true, data: { redirectTo: '/settings/schedules' } }
      } catch (error) {
        if (
          error instanceof APIError &&
          (error.status === 'UNAUTHORIZED' || error.status === 'BAD_REQUEST')
        ) {
          await recordSignInFailure(all, new Date())
          return { ok: false, error: 'invalidCredentials' }
        }
        throw error
      }
    }),
})

/** Sign-in posted without JavaScript (issue 12 item 2): same action, redirect on success, the email kept on failure. */
export const signInFormAction = formActionOf(signInAction, ['email', 'password'], ['email'])

export async function signOutAction(): Promise<void> {
  const auth = await getAuth()
  await auth.api.signOut({ headers: await headers() })
}

/**
 * First run of a real deployment: the admin account and its organization in one step, landing on Horarios with a
 * sensible General default (Mon–Fri 09:00–18:00). Organization id never comes from the client. All or nothing: if
 * the organization cannot be created, the account just created is removed again (issue 12 item 5).
 */
export const signUpAction = definePublicAction({
  schema: SignUpSchema,
  run: async (input): Promise<ActionResult<{ redirectTo: string }>> => {
    const h = await headers()
    const limited = await consumeAttempt(`account:ip:${clientAddress(h)}`, ACCOUNT_CREATION_LIMIT, new Date())
    if (limited) return { ok: false, error: 'rateLimited', retryAfterMinutes: limited.retryAfterMinutes }

    const auth = await getAuth()
    const { name, email, password, organizationName, country, timeZone } = input
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
    try {
      await createOrganizationForOwner({ userId, name: organizationName, country, timeZone }, new Date())
    } catch (error) {
      await deleteAccountWithoutMembership(userId)
      throw error
    }
    return { ok: true, data: { redirectTo: '/settings/schedules' } }
  },
})

/** Sign-up posted without JavaScript: country and time zone are the form's defaults unless changed with it. */
export const signUpFormAction = formActionOf(
  signUpAction,
  ['name', 'email', 'password', 'organizationName', 'country', 'timeZone'],
  ['name', 'email', 'organizationName'],
)

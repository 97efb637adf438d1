'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { APIError } from 'better-auth/api'
import { getAuth } from '@/server/auth'
import { defineAction, definePublicAction } from '@/server/action-client'
import { clientAddress } from '@/server/client-address'
import { formActionOf } from '@/server/form-action'
import { ACCOUNT_CREATION_LIMIT } from '@/db/auth-queries'
import {
  acceptInvitation,
  cancelInvitation,
  consumeAttempt,
  deleteAccountWithoutMembership,
  changeMemberRole,
  createInvitation,
  findOpenInvitation,
  removeMember,
  type MemberChangeResult,
} from '@/db/auth-queries'
import {
  AcceptInvitationSchema,
  ChangeMemberRoleSchema,
  InvitationIdSchema,
  InviteMemberSchema,
  MemberIdSchema,
} from '@/lib/auth/auth-schemas'
import type { ActionResult } from './action-result'

function memberChange(result: MemberChangeResult): ActionResult {
  if (!result.ok) return { ok: false, error: result.reason }
  revalidatePath('/settings/members')
  return { ok: true, data: undefined }
}

/** The link's token is returned once, to the inviting admin. */
export const inviteMemberAction = defineAction({
  permission: { invitation: ['create'] },
  schema: InviteMemberSchema,
  run: async (input, viewer): Promise<ActionResult<{ invitationId: string }>> => {
    const result = await createInvitation(
      viewer.organizationId,
      { email: input.email, role: input.role, inviterId: viewer.userId },
      new Date(),
    )
    if (!result.ok) return { ok: false, error: 'already_member' }
    revalidatePath('/settings/members')
    return { ok: true, data: { invitationId: result.id } }
  },
})

export const changeMemberRoleAction = defineAction({
  permission: { member: ['update'] },
  schema: ChangeMemberRoleSchema,
  run: async (input, viewer) =>
    memberChange(await changeMemberRole(viewer.organizationId, input.memberId, input.role)),
})

export const removeMemberAction = defineAction({
  permission: { member: ['delete'] },
  schema: MemberIdSchema,
  run: async (input, viewer) => memberChange(await removeMember(viewer.organizationId, input.memberId)),
})

export const cancelInvitationAction = defineAction({
  permission: { invitation: ['cancel'] },
  schema: InvitationIdSchema,
  run: async (input, viewer): Promise<ActionResult> => {
    if (!(await cancelInvitation(viewer.organizationId, input.invitationId)))
      return { ok: false, error: 'not_found' }
    revalidatePath('/settings/members')
    return { ok: true, data: undefined }
  },
})

/** The invited person creates their account from the one-time link and joins with the invited role. */
export const acceptInvitationAction = definePublicAction({
  schema: AcceptInvitationSchema,
  run: async (input): Promise<ActionResult<{ redirectTo: string }>> => {
    const now = new Date()
    const h = await headers()
    const limited = await consumeAttempt(`account:ip:${clientAddress(h)}`, ACCOUNT_CREATION_LIMIT, now)
    if (limited) return { ok: false, error: 'rateLimited', retryAfterMinutes: limited.retryAfterMinutes }
    const open = await findOpenInvitation(input.invitationId, now)
    if (!open) return { ok: false, error: 'not_found' }
    const auth = await getAuth()
    let userId: string
    try {
      const result = await auth.api.signUpEmail({
        body: { name: input.name, email: open.email, password: input.password },
        headers: h,
      })
      userId = result.user.id
    } catch (error) {
      if (error instanceof APIError && error.status === 'UNPROCESSABLE_ENTITY')
        return { ok: false, error: 'emailTaken' }
      throw error
    }
    // All or nothing: an account whose invitation was used up meanwhile (or failed) does not stay behind.
    let joined = false
    try {
      joined = await acceptInvitation(open.id, userId, now)
    } finally {
      if (!joined) await deleteAccountWithoutMembership(userId)
    }
    if (!joined) return { ok: false, error: 'not_found' }
    return { ok: true, data: { redirectTo: '/settings/schedules' } }
  },
})

/** Accepting an invitation posted without JavaScript (issue 12 item 2). */
export const acceptInvitationFormAction = formActionOf(
  acceptInvitationAction,
  ['invitationId', 'name', 'password'],
  ['name'],
)

'use server'

import { revalidatePath } from 'next/cache'
import { headers } from 'next/headers'
import { APIError } from 'better-auth/api'
import { getAuth } from '@/server/auth'
import { authorize, isAuthFailure } from '@/server/session'
import {
  acceptInvitation,
  cancelInvitation,
  changeMemberRole,
  createInvitation,
  findOpenInvitation,
  removeMember,
} from '@/db/auth-queries'
import {
  AcceptInvitationSchema,
  ChangeMemberRoleSchema,
  InvitationIdSchema,
  InviteMemberSchema,
  MemberIdSchema,
} from '@/lib/auth/auth-schemas'
import { fieldErrors, type ActionResult } from './action-result'

type MemberError = ActionResult<never> | { ok: false; error: 'last_admin' | 'already_member' }

/** authenticate → authorise → validate → write. The link's token is returned once, to the inviting admin. */
export async function inviteMemberAction(
  input: unknown,
): Promise<ActionResult<{ invitationId: string }> | MemberError> {
  const viewer = await authorize({ invitation: ['create'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = InviteMemberSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const result = await createInvitation(
    viewer.organizationId,
    { email: parsed.data.email, role: parsed.data.role, inviterId: viewer.userId },
    new Date(),
  )
  if (!result.ok) return { ok: false, error: 'already_member' }
  revalidatePath('/settings/members')
  return { ok: true, data: { invitationId: result.id } }
}

export async function changeMemberRoleAction(input: unknown): Promise<ActionResult | MemberError> {
  const viewer = await authorize({ member: ['update'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = ChangeMemberRoleSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const result = await changeMemberRole(viewer.organizationId, parsed.data.memberId, parsed.data.role)
  if (!result.ok)
    return result.reason === 'not_found'
      ? { ok: false, error: 'not_found' }
      : { ok: false, error: 'last_admin' }
  revalidatePath('/settings/members')
  return { ok: true, data: undefined }
}

export async function removeMemberAction(input: unknown): Promise<ActionResult | MemberError> {
  const viewer = await authorize({ member: ['delete'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = MemberIdSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const result = await removeMember(viewer.organizationId, parsed.data.memberId)
  if (!result.ok)
    return result.reason === 'not_found'
      ? { ok: false, error: 'not_found' }
      : { ok: false, error: 'last_admin' }
  revalidatePath('/settings/members')
  return { ok: true, data: undefined }
}

export async function cancelInvitationAction(input: unknown): Promise<ActionResult> {
  const viewer = await authorize({ invitation: ['cancel'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = InvitationIdSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  if (!(await cancelInvitation(viewer.organizationId, parsed.data.invitationId)))
    return { ok: false, error: 'not_found' }
  revalidatePath('/settings/members')
  return { ok: true, data: undefined }
}

/** The invited person creates their account from the one-time link and joins with the invited role. */
export async function acceptInvitationAction(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  const parsed = AcceptInvitationSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const now = new Date()
  const open = await findOpenInvitation(parsed.data.invitationId, now)
  if (!open) return { ok: false, error: 'not_found' }
  const auth = await getAuth()
  let userId: string
  try {
    const result = await auth.api.signUpEmail({
      body: { name: parsed.data.name, email: open.email, password: parsed.data.password },
      headers: await headers(),
    })
    userId = result.user.id
  } catch (error) {
    if (error instanceof APIError && error.status === 'UNPROCESSABLE_ENTITY')
      return { ok: false, error: 'emailTaken' }
    throw error
  }
  if (!(await acceptInvitation(open.id, userId, now))) return { ok: false, error: 'not_found' }
  return { ok: true, data: { redirectTo: '/settings/schedules' } }
}

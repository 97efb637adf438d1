import 'server-only'
import { cache } from 'react'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getAuth } from './auth'
import { redactError } from './redact'
import { rethrowAsUnavailable } from './unavailable'
import { getMembership } from '@/db/auth-queries'
import { can, type Permission, type Role } from '@/lib/auth/permissions'

export type Viewer = {
  userId: string
  name: string
  email: string
  organizationId: string
  organizationName: string
  role: Role
}

/**
 * The signed-in member and their organization, from the session cookie only. The organization always comes from the
 * session's active organization and is re-checked against the member table on every call, so a removed member's
 * next request fails even while their cookie is still valid.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  // The database unreachable (issue 22 item 4) is a ServiceUnavailableError: an action answers "unavailable", a
  // page shows the translated unavailable page with a retry (app/error.tsx), not a bare 500.
  const auth = await getAuth().catch(rethrowAsUnavailable)
  // The session is looked up by its token: a failing query's error carries the token in its text and params, and
  // Next.js logs thrown errors — redacted before they leave (issue 12 item 7).
  const session = await auth.api.getSession({ headers: await headers() }).catch((error: unknown) => {
    rethrowAsUnavailable(redactError(error))
  })
  if (!session) return null
  const membership = await getMembership(session.user.id, session.session.activeOrganizationId ?? null).catch(
    rethrowAsUnavailable,
  )
  if (!membership) return null
  return {
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    organizationId: membership.organizationId,
    organizationName: membership.organizationName,
    role: membership.role,
  }
})

/** For pages: the viewer, or a redirect to sign-in (or to the first-run page when they have no organization yet). */
export async function requireViewer(permission?: Permission): Promise<Viewer> {
  const viewer = await getViewer()
  if (!viewer) redirect('/sign-in')
  if (permission && !can(viewer.role, permission)) redirect('/settings/schedules')
  return viewer
}

export type AuthFailure = { ok: false; error: 'unauthenticated' | 'forbidden' }

/** For server actions: never redirects, returns a typed failure the caller hands back to the client. */
export async function authorize(permission: Permission): Promise<Viewer | AuthFailure> {
  const viewer = await getViewer()
  if (!viewer) return { ok: false, error: 'unauthenticated' }
  if (!can(viewer.role, permission)) return { ok: false, error: 'forbidden' }
  return viewer
}

export function isAuthFailure(value: Viewer | AuthFailure): value is AuthFailure {
  return 'ok' in value && value.ok === false
}

// Issue 7 — the preview's "ahora mismo" overview, refreshed every 30 s by the page without a full reload.
// The organization comes from the session only (§7).
import { getViewer } from '@/server/session'
import { can } from '@/lib/auth/permissions'
import { loadOverview } from '@/app/(app)/preview/data'

export async function GET(): Promise<Response> {
  const viewer = await getViewer()
  if (!viewer)
    return Response.json(
      { error: 'unauthenticated' },
      { status: 401, headers: { 'cache-control': 'no-store' } },
    )
  if (!can(viewer.role, { preview: ['read'] })) {
    return Response.json({ error: 'forbidden' }, { status: 403, headers: { 'cache-control': 'no-store' } })
  }
  const now = new Date()
  const rows = await loadOverview(viewer.organizationId, now)
  return Response.json({ now: now.toISOString(), rows }, { headers: { 'cache-control': 'no-store' } })
}

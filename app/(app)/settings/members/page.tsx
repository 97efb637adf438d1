import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { requireViewer } from '@/server/session'
import { can } from '@/lib/auth/permissions'
import { AdminsOnly } from '@/components/app-shell/admins-only'
import { listMembers, listPendingInvitations } from '@/db/auth-queries'
import { MembersPanel } from '@/components/members/members-panel'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.members'))('title') }
}

export default async function MembersPage() {
  const viewer = await requireViewer()
  const t = await getTranslations('auth.members')
  // Staff who open the address (a shared link, a bookmark) are told it is for administrators, not redirected away.
  if (!can(viewer.role, { member: ['create', 'update', 'delete'] })) return <AdminsOnly title={t('title')} />
  const [members, invitations] = await Promise.all([
    listMembers(viewer.organizationId),
    listPendingInvitations(viewer.organizationId, new Date()),
  ])
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{t('title')}</h1>
        <p className="mt-1 max-w-3xl text-sm text-muted-foreground">{t('description')}</p>
      </div>
      <MembersPanel
        viewerUserId={viewer.userId}
        members={members.map((m) => ({
          id: m.id,
          userId: m.userId,
          name: m.name,
          email: m.email,
          role: m.role,
        }))}
        invitations={invitations.map((i) => ({
          id: i.id,
          email: i.email,
          role: i.role,
          expiresAt: i.expiresAt.toISOString(),
        }))}
      />
    </div>
  )
}

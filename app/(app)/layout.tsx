import { requireViewer } from '@/server/session'
import { rethrowAsUnavailable } from '@/server/unavailable'
import { AppHeader } from '@/components/app-shell/app-header'
import { OrgClockProvider } from '@/components/clock/org-clock'
import { getOrganization } from '@/db/queries'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const viewer = await requireViewer()
  // Every time on every page is shown in the organization's zone (issue 11.4).
  const organization = await getOrganization(viewer.organizationId).catch(rethrowAsUnavailable)
  return (
    <>
      <AppHeader viewer={viewer} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-6">
        <OrgClockProvider timeZone={organization?.timeZone ?? 'UTC'}>{children}</OrgClockProvider>
      </main>
    </>
  )
}

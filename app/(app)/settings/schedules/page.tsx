import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireViewer } from '@/server/session'
import { getScopeSettings, listScopes } from '@/db/queries'
import { SchedulesLayout } from '@/components/schedules/schedules-layout'
import { ScopeSummaryCard } from '@/components/schedules/scope-summary'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('schedules.page'))('title') }
}

export default async function GeneralSchedulesPage() {
  const viewer = await requireViewer({ settings: ['read'] })
  const [scopes, settings] = await Promise.all([
    listScopes(viewer.organizationId),
    getScopeSettings(viewer.organizationId, null),
  ])
  if (!settings) notFound()
  return (
    <SchedulesLayout scopes={scopes} current={null}>
      <ScopeSummaryCard settings={settings} />
    </SchedulesLayout>
  )
}

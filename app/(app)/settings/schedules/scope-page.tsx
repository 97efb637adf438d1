import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireViewer } from '@/server/session'
import { getOrganization, getRoutingInputs, listAuditEntries, listScopes } from '@/db/queries'
import { can } from '@/lib/auth/permissions'
import { historyLimit, nextHistoryLimit } from '@/lib/settings/history-window'
import { scopeHref } from '@/lib/settings/scope-href'
import { SchedulesScreen } from '@/components/schedules/schedules-screen'
import { ClientMessages } from '@/components/i18n/client-messages'
import { SCHEDULES_CLIENT_MESSAGES } from './client-messages'

export async function schedulesMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('schedules.page'))('title') }
}

/**
 * Shared by the General and department routes (departmentId null = General). The scope is looked up inside the
 * viewer's organization only: another organization's department id is simply not found.
 */
export async function SchedulesScopePage({
  departmentId,
  history: historyParam,
}: {
  departmentId: string | null
  /** `?history=N`: how many change-history entries to show (lib/settings/history-window.ts). */
  history?: string | string[]
}) {
  const viewer = await requireViewer({ settings: ['read'] })
  const renderedAt = new Date()
  const limit = historyLimit(historyParam)
  const [scopes, inputs, organization, history] = await Promise.all([
    listScopes(viewer.organizationId),
    getRoutingInputs(viewer.organizationId, departmentId),
    getOrganization(viewer.organizationId),
    // One more than shown: whether there are older entries to offer.
    listAuditEntries(viewer.organizationId, departmentId, limit + 1),
  ])
  if (!inputs) notFound()
  const more = history.length > limit ? nextHistoryLimit(limit) : null
  return (
    <ClientMessages paths={SCHEDULES_CLIENT_MESSAGES}>
      <SchedulesScreen
        scopes={scopes}
        inputs={inputs}
        canEdit={can(viewer.role, { settings: ['update'] })}
        organizationCountry={organization?.country ?? 'CO'}
        companyName={organization?.name ?? viewer.organizationName}
        renderedAt={renderedAt}
        history={history.slice(0, limit)}
        olderHistoryHref={more === null ? null : `${scopeHref(departmentId)}?history=${more}#history`}
      />
    </ClientMessages>
  )
}

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireViewer } from '@/server/session'
import { getOrganization, getRoutingInputs, getScopeVersion, listScopes } from '@/db/queries'
import { can } from '@/lib/auth/permissions'
import { SchedulesLayout } from '@/components/schedules/schedules-layout'
import { localDate } from '@/components/schedules/schedules-screen'
import { VersionScreen } from '@/components/versions/version-screen'
import { ClientMessages } from '@/components/i18n/client-messages'
import { VERSION_CLIENT_MESSAGES } from './client-messages'

type Params = { version: string }

/** "3" → 3; anything else (or a number beyond the column's range) is not a version. */
function versionNumber(raw: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return null
  const n = Number(raw)
  return n <= 2_147_483_647 ? n : null
}

export async function versionMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const version = versionNumber((await params).version) ?? 0
  return { title: (await getTranslations('schedules.versions'))('pageTitle', { version }) }
}

/**
 * One saved version of a scope (docs/behaviour.md §6 › Versions, §8), General's (departmentId null) or a
 * department's, looked up inside the viewer's organization only: another organization's department, or a version
 * the scope has not reached, is simply not found.
 */
export async function SchedulesVersionPage({
  departmentId,
  version: raw,
}: {
  departmentId: string | null
  version: string
}) {
  const viewer = await requireViewer({ settings: ['read'] })
  const version = versionNumber(raw)
  if (version === null) notFound()
  const renderedAt = new Date()
  const [scopes, inputs, organization, snapshot] = await Promise.all([
    listScopes(viewer.organizationId),
    getRoutingInputs(viewer.organizationId, departmentId),
    getOrganization(viewer.organizationId),
    getScopeVersion(viewer.organizationId, departmentId, version),
  ])
  if (!inputs || version > inputs.scope.version) notFound()
  const canEdit = can(viewer.role, { settings: ['update'] })
  const zone = inputs.scope.usesGeneral
    ? inputs.general.config.business.timeZone
    : inputs.scope.config.business.timeZone
  return (
    <ClientMessages paths={VERSION_CLIENT_MESSAGES}>
      <SchedulesLayout scopes={scopes} current={departmentId} canEdit={canEdit}>
        <VersionScreen
          inputs={inputs}
          version={version}
          snapshot={snapshot}
          canEdit={canEdit}
          today={localDate(renderedAt, snapshot?.config.business.timeZone ?? zone)}
          renderedAt={renderedAt}
          organizationCountry={organization?.country ?? 'CO'}
          companyName={organization?.name ?? viewer.organizationName}
        />
      </SchedulesLayout>
    </ClientMessages>
  )
}

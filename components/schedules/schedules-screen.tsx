import type { AuditEntry, RoutingInputs, ScopeSummary } from '@/db/queries'
import { AuditHistory } from '@/components/audit/audit-history'
import { toFormValues } from '@/lib/settings/scope-settings-values'
import { formatLocalDate } from '@/lib/schedule/time'
import { localDateOf } from '@/lib/schedule/zone'
import { SchedulesLayout } from './schedules-layout'
import { ScopeEditor } from './scope-editor'

/** "YYYY-MM-DD" of `at` in `timeZone` (the zone is validated on save; UTC if a stored one is unknown here). */
export function localDate(at: Date, timeZone: string): string {
  try {
    return formatLocalDate(localDateOf(at, timeZone))
  } catch {
    return formatLocalDate(localDateOf(at, 'UTC'))
  }
}

/** The Horarios page body for one scope: selector + editor, from data the page loaded (docs/behaviour.md §6). */
export function SchedulesScreen({
  scopes,
  inputs,
  canEdit,
  organizationCountry,
  companyName,
  renderedAt,
  history,
  olderHistoryHref,
}: {
  scopes: ScopeSummary[]
  inputs: RoutingInputs
  canEdit: boolean
  organizationCountry: string
  companyName: string
  renderedAt: Date
  history: AuditEntry[]
  /** The same page with more history entries, or null when every entry is shown. */
  olderHistoryHref: string | null
}) {
  const { scope, general, agents } = inputs
  const zone = scope.usesGeneral ? general.config.business.timeZone : scope.config.business.timeZone
  return (
    <SchedulesLayout scopes={scopes} current={scope.departmentId} canEdit={canEdit}>
      <ScopeEditor
        // A different scope is a different form (never carry one scope's edits into another).
        key={scope.departmentId ?? 'general'}
        departmentId={scope.departmentId}
        version={scope.version}
        updatedAt={scope.updatedAt.toISOString()}
        initialValues={toFormValues(scope.usesGeneral, scope.config)}
        generalConfig={general.config}
        hasOwnConfig={scope.hasOwnConfig}
        agents={agents}
        renderedAt={renderedAt.toISOString()}
        today={localDate(renderedAt, zone)}
        organizationCountry={organizationCountry}
        companyName={companyName}
        canEdit={canEdit}
        copySources={scopes
          .filter((s) => s.departmentId !== scope.departmentId && (s.departmentId === null || !s.usesGeneral))
          .map((s) => ({ departmentId: s.departmentId, name: s.name }))}
      />
      <AuditHistory entries={history} olderHref={olderHistoryHref} />
    </SchedulesLayout>
  )
}

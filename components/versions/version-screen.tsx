import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { ArrowLeft, History, Lock } from '@/components/ui/icons'
import type { RoutingInputs, ScopeVersion } from '@/db/queries'
import { restoreChanges } from '@/lib/settings/restore'
import { scopeHref } from '@/lib/settings/scope-href'
import { ChangeList } from '@/components/audit/change-lines'
import { OrgTime } from '@/components/clock/org-clock'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { RestoreVersionButton } from './restore-version-button'
import { VersionConfiguration } from './version-configuration'

/**
 * One saved version of a scope (docs/behaviour.md §6 › Versions): who saved it and when, the configuration as that
 * save left it (read-only, the editor's layout) and, for admins, its restore. A version saved before snapshots
 * existed says so and offers nothing to restore.
 */
export async function VersionScreen({
  inputs,
  version,
  snapshot,
  canEdit,
  today,
  renderedAt,
  organizationCountry,
  companyName,
}: {
  inputs: RoutingInputs
  version: number
  /** null: saved before snapshots existed. */
  snapshot: ScopeVersion | null
  canEdit: boolean
  today: string
  renderedAt: Date
  organizationCountry: string
  companyName: string
}) {
  const t = await getTranslations('schedules')
  const format = await getFormatter()
  const locale = await getLocale()
  const { scope } = inputs
  const editorHref = scopeHref(scope.departmentId)
  const scopeName = scope.departmentId === null ? t('page.general') : scope.name
  const changes = snapshot ? restoreChanges(scope, snapshot) : {}
  const isCurrent = version === scope.version

  return (
    <div className="flex flex-col gap-6">
      <Button asChild variant="outline" size="sm" className="self-start">
        <Link href={editorHref}>
          <ArrowLeft aria-hidden />
          {t('versions.back')}
        </Link>
      </Button>

      <section aria-labelledby="version-title" className="flex flex-col gap-2">
        <h3 id="version-title" className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          <History aria-hidden className="size-5 text-primary" />
          {t('versions.title', { version })}
          {isCurrent && <Badge variant="secondary">{t('versions.current')}</Badge>}
        </h3>
        {snapshot && (
          <p className="text-sm text-muted-foreground" data-testid="version-saved">
            {t('versions.savedBy', { name: snapshot.savedByName })}{' '}
            <OrgTime at={snapshot.savedAt.toISOString()} style="longDateTime" />
          </p>
        )}
        {snapshot?.restoredFrom != null && (
          <p className="text-sm text-muted-foreground">
            {t('versions.restoredFrom', { version: snapshot.restoredFrom })}
          </p>
        )}
      </section>

      {!snapshot ? (
        <Alert>
          <History aria-hidden />
          <AlertTitle>{t('versions.noSnapshotTitle')}</AlertTitle>
          <AlertDescription>{t('versions.noSnapshot')}</AlertDescription>
        </Alert>
      ) : (
        <>
          <Alert>
            <Lock aria-hidden />
            <AlertTitle>{t('versions.readOnlyTitle')}</AlertTitle>
            <AlertDescription>
              {/* Staff cannot restore or edit: tell them what the page is for, not what they cannot do. */}
              {t(canEdit ? 'versions.readOnly' : 'versions.readOnlyStaff')}
            </AlertDescription>
          </Alert>
          {canEdit && (
            <div className="flex flex-col gap-2 rounded-lg border p-4" data-testid="restore-panel">
              {Object.keys(changes).length === 0 ? (
                <p className="text-sm">{t('versions.sameAsCurrent')}</p>
              ) : (
                <>
                  <p className="text-sm">{t('versions.restoreHint')}</p>
                  <RestoreVersionButton
                    // A reload after a conflict brings a new current version: start afresh.
                    key={scope.version}
                    departmentId={scope.departmentId}
                    version={version}
                    currentVersion={scope.version}
                    scopeName={scopeName}
                    editorHref={editorHref}
                    changes={
                      <ChangeList
                        changes={changes}
                        t={t}
                        format={format}
                        locale={locale}
                        className="space-y-1 text-sm"
                      />
                    }
                  />
                </>
              )}
            </div>
          )}
          <VersionConfiguration
            departmentId={scope.departmentId}
            version={version}
            usesGeneral={snapshot.usesGeneral}
            config={snapshot.config}
            today={today}
            renderedAt={renderedAt.toISOString()}
            organizationCountry={organizationCountry}
            companyName={companyName}
          />
        </>
      )}
    </div>
  )
}

import Link from 'next/link'
import { getFormatter, getLocale, getTranslations } from 'next-intl/server'
import { History } from '@/components/ui/icons'
import type { AuditEntry } from '@/db/queries'
import { versionHref } from '@/lib/settings/scope-href'
import { OrgTime } from '@/components/clock/org-clock'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { ChangeList, type Translate } from './change-lines'

/** "Guardó cambios", "Restauró la versión 3", "Creó el departamento"… */
function actionText(entry: AuditEntry, t: Translate): string {
  if (entry.action === 'settings.restore' && entry.restoredVersion !== null)
    return t('history.restored', { version: entry.restoredVersion })
  return t.has(`history.actions.${entry.action}`)
    ? t(`history.actions.${entry.action}` as 'history.actions.settings.update')
    : entry.action
}

/** A save's entry opens its version (docs/behaviour.md §6 › Versions), or says why it cannot. */
function VersionLink({ entry, t }: { entry: AuditEntry; t: Translate }) {
  if (entry.newVersion === null || !entry.action.startsWith('settings.')) return null
  if (!entry.hasSnapshot)
    return (
      <p className="mt-1 text-xs text-muted-foreground" data-testid="no-snapshot">
        {t('history.noSnapshot')}
      </p>
    )
  return (
    <Link href={versionHref(entry.departmentId, entry.newVersion)} className="ui-history-link">
      <History aria-hidden className="size-3.5" />
      {t('history.openVersion', { version: entry.newVersion })}
    </Link>
  )
}

/**
 * "Historial de cambios" of one scope, newest first, in the reader's language with the editor's labels
 * (components/audit/change-lines). Times are the organization's clock (OrgTime).
 */
export async function AuditHistory({
  entries,
  olderHref = null,
}: {
  entries: AuditEntry[]
  /** Where "Ver cambios anteriores" leads (the same page asking for more entries); null when all are shown. */
  olderHref?: string | null
}) {
  const t = await getTranslations('schedules')
  const format = await getFormatter()
  const locale = await getLocale()
  return (
    <Card id="history" className="scroll-mt-4">
      <CardHeader>
        <CardTitle>{t('history.title')}</CardTitle>
        <CardDescription>{t('history.description')}</CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t('history.empty')}</p>
        ) : (
          <ol className="space-y-4" data-testid="audit-history">
            {entries.map((entry) => (
              <li key={entry.id} className="ui-history-entry" data-testid="audit-entry">
                <p className="text-sm">
                  <span className="font-medium">{entry.actorName}</span>{' '}
                  <span className="text-muted-foreground">
                    · <OrgTime at={entry.at.toISOString()} />
                    {entry.newVersion ? ` · ${t('history.version', { version: entry.newVersion })}` : ''}
                  </span>
                </p>
                <p className="text-sm text-muted-foreground">
                  {actionText(entry, t)} — {entry.scopeName}
                </p>
                <ChangeList changes={entry.changes} t={t} format={format} locale={locale} />
                <VersionLink entry={entry} t={t} />
              </li>
            ))}
          </ol>
        )}
        {olderHref ? (
          <Link href={olderHref} className="ui-button ui-button-outline ui-button-sm mt-4">
            {t('history.showOlder')}
          </Link>
        ) : null}
      </CardContent>
    </Card>
  )
}

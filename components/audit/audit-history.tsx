import { getFormatter, getTranslations } from 'next-intl/server'
import type { AuditEntry } from '@/db/queries'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

type Range = { start: string; end: string }
const isRange = (v: unknown): v is Range =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Range).start === 'string' &&
  typeof (v as Range).end === 'string'

function show(
  value: unknown,
  t: { (key: 'yes' | 'no' | 'closed'): string; (key: 'dates', v: { count: number }): string },
): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'boolean') return value ? t('yes') : t('no')
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return t('closed')
    if (value.every(isRange)) return value.map((r) => `${r.start}–${r.end}`).join(', ')
    return t('dates', { count: value.length })
  }
  return JSON.stringify(value)
}

/**
 * "Historial de cambios" of one scope, newest first. Every value is rendered as React text (escaped), never as HTML:
 * names and messages are user input.
 */
export async function AuditHistory({ entries, timeZone }: { entries: AuditEntry[]; timeZone: string }) {
  const t = await getTranslations('schedules.history')
  const format = await getFormatter()
  // Field paths such as "business.weekly.mon" are message keys with "_" for "." (next-intl nests on dots).
  const fieldLabel = (field: string) => {
    const key = `fields.${field.replaceAll('.', '_')}`
    return t.has(key as 'fields.name') ? t(key as 'fields.name') : field
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('title')}</CardTitle>
        <CardDescription>{t('description')}</CardDescription>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t('empty')}</p>
        ) : (
          <ol className="space-y-4" data-testid="audit-history">
            {entries.map((entry) => (
              <li key={entry.id} className="border-l-2 border-border pl-3">
                <p className="text-sm">
                  <span className="font-medium">{entry.actorName}</span>{' '}
                  <span className="text-muted-foreground">
                    · {format.dateTime(entry.at, { dateStyle: 'medium', timeStyle: 'short', timeZone })}
                    {entry.newVersion ? ` · ${t('version', { version: entry.newVersion })}` : ''}
                  </span>
                </p>
                <p className="text-sm text-muted-foreground">
                  {t.has(`actions.${entry.action}`)
                    ? t(`actions.${entry.action}` as 'actions.settings.update')
                    : entry.action}{' '}
                  — {entry.scopeName}
                </p>
                <dl className="mt-1 grid gap-x-3 gap-y-0.5 text-xs sm:grid-cols-[10rem_1fr]">
                  {Object.entries(entry.changes).map(([field, change]) => (
                    <div key={field} className="contents">
                      <dt className="font-medium">{fieldLabel(field)}</dt>
                      <dd className="min-w-0 break-words">
                        <span className="text-muted-foreground line-through">
                          {show(change.before, t as never)}
                        </span>{' '}
                        <span aria-hidden>→</span> <span className="sr-only">{t('changedTo')}</span>
                        <span>{show(change.after, t as never)}</span>
                      </dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  )
}

'use client'

import Link from 'next/link'
import { useLocale, useTranslations } from 'next-intl'
import { RefreshCwIcon } from '@/components/ui/icons'
import type { OverviewRow } from '@/lib/preview/overview'
import { Badge } from '@/components/ui/badge'
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { cn } from '@/lib/utils'
import { formatDayTime, formatTime, relativeDay } from './format'
import { ResponderBadge } from './responder-style'
import { useOrgClock } from '@/components/clock/org-clock'

export function OverviewTable({
  rows,
  selected,
  updatedAt,
  refreshing,
  failed,
  hrefFor,
}: {
  rows: OverviewRow[]
  selected: string
  updatedAt: number
  refreshing: boolean
  failed: boolean
  hrefFor: (key: string) => string
}) {
  const t = useTranslations('preview')
  const locale = useLocale()
  // "Actualizado a las …" is the organization's clock, named when the viewer's browser is elsewhere (issue 11.4).
  const clock = useOrgClock()
  const updatedLabel = clock.label(updatedAt)
  const when = (iso: string | null, tz: string) => {
    if (!iso) return t('overview.never')
    const ms = Date.parse(iso)
    const rel = relativeDay(ms, updatedAt, tz)
    return rel === 'other'
      ? formatDayTime(ms, locale, tz)
      : t(`moment.${rel}`, { time: formatTime(ms, locale, tz) })
  }
  return (
    <Card aria-labelledby="overview-title" data-testid="overview">
      <CardHeader>
        <CardTitle id="overview-title">{t('overview.title')}</CardTitle>
        <CardDescription>{t('overview.description')}</CardDescription>
        <CardAction>
          <p
            className={cn(
              'flex items-center gap-1.5 text-xs',
              failed ? 'text-destructive' : 'text-muted-foreground',
            )}
            data-testid="overview-updated"
            data-updated-at={new Date(updatedAt).toISOString()}
          >
            <RefreshCwIcon aria-hidden className={cn('size-3.5', refreshing && 'motion-safe:animate-spin')} />
            {failed
              ? t('overview.error')
              : refreshing
                ? t('overview.refreshing')
                : t('overview.updated', {
                    time: updatedLabel
                      ? `${clock.format(updatedAt, 'time')} (${updatedLabel})`
                      : clock.format(updatedAt, 'time'),
                  })}
          </p>
        </CardAction>
      </CardHeader>
      <CardContent>
        <Table containerLabel={t('overview.title')}>
          <TableHeader>
            <TableRow>
              <TableHead>{t('overview.scope')}</TableHead>
              <TableHead>{t('overview.responder')}</TableHead>
              <TableHead className="text-right">{t('overview.agents')}</TableHead>
              <TableHead className="text-right">{t('overview.load')}</TableHead>
              <TableHead>{t('overview.until')}</TableHead>
              <TableHead>
                <span className="sr-only">{t('overview.view')}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const name = row.departmentId === null ? t('controls.general') : row.name
              return (
                <TableRow
                  key={row.key}
                  data-scope={row.key}
                  data-responder={row.responder}
                  data-agents={row.agents.online}
                  aria-current={row.key === selected ? 'true' : undefined}
                  className={cn(row.key === selected && 'bg-accent/50')}
                >
                  <TableCell className="font-medium">
                    {name}
                    {row.departmentId !== null && row.source === 'general' ? (
                      <Badge variant="outline" className="ml-2 align-middle font-normal">
                        {t('overview.usesGeneral')}
                      </Badge>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <ResponderBadge responder={row.responder} label={t(`responder.${row.responder}`)} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums" data-testid="overview-agents">
                    {row.agents.online}
                  </TableCell>
                  <TableCell className="text-right tabular-nums" data-testid="overview-load">
                    {t('overview.loadValue', {
                      active: row.agents.activeChats,
                      max: row.agents.maxActiveChats,
                    })}
                  </TableCell>
                  <TableCell className="whitespace-nowrap">{when(row.until, row.timeZone)}</TableCell>
                  <TableCell className="text-right">
                    <Link
                      href={hrefFor(row.key)}
                      className="text-sm font-medium text-primary underline-offset-4 hover:underline"
                      aria-label={t('overview.viewScope', { scope: name })}
                    >
                      {t('overview.view')}
                    </Link>
                  </TableCell>
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  )
}

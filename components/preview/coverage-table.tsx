'use client'

import { useLocale, useTranslations } from 'next-intl'
import type { CoverageSegment } from '@/lib/routing'
import type { Timeline } from '@/lib/preview/timeline'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { formatDay, formatTime } from './format'
import { ResponderBadge } from './responder-style'

/** The coverage map as tables (one per agents-online case), for screen readers and exact times. */
export function CoverageTable({
  rows,
  timeline,
  endLabel,
}: {
  rows: { key: string; label: string; segments: CoverageSegment[] }[]
  timeline: Timeline
  endLabel: (end: number, start: number) => string
}) {
  const t = useTranslations('preview')
  const locale = useLocale()
  const timeZone = timeline.timeZone
  return (
    <details className="group rounded-md border px-4 py-3" data-testid="coverage-table">
      <summary className="cursor-pointer text-sm font-medium">{t('coverage.table')}</summary>
      <div className="mt-3 grid gap-6 lg:grid-cols-2">
        {rows.map((row) => (
          <Table key={row.key} data-testid={`coverage-table-${row.key}`}>
            <caption className="mb-2 text-left text-sm font-semibold">
              {t('coverage.tableCaption', { row: row.label })}
            </caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t('coverage.day')}</TableHead>
                <TableHead>{t('coverage.start')}</TableHead>
                <TableHead>{t('coverage.end')}</TableHead>
                <TableHead>{t('coverage.responder')}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {row.segments.map((s) => {
                const start = Math.max(s.start.getTime(), timeline.start)
                const end = Math.min(s.end.getTime(), timeline.end)
                return (
                  <TableRow
                    key={start}
                    data-responder={s.responder}
                    data-start={new Date(start).toISOString()}
                    data-end={new Date(end).toISOString()}
                  >
                    <TableCell className="whitespace-nowrap">{formatDay(start, locale, timeZone)}</TableCell>
                    <TableCell className="tabular-nums">{formatTime(start, locale, timeZone)}</TableCell>
                    <TableCell className="whitespace-nowrap tabular-nums">{endLabel(end, start)}</TableCell>
                    <TableCell>
                      <ResponderBadge responder={s.responder} label={t(`responder.${s.responder}`)} />
                    </TableCell>
                  </TableRow>
                )
              })}
            </TableBody>
          </Table>
        ))}
      </div>
    </details>
  )
}

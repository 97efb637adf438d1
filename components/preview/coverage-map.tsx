'use client'

import { useId, useMemo } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { AlertTriangleIcon, CheckCircle2Icon, ChevronLeftIcon, ChevronRightIcon } from 'lucide-react'
import { coverage, coverageWarnings, type CoverageWarning, type RoutingConfig } from '@/lib/routing'
import { parseLocalDate } from '@/lib/preview/time'
import { addDays, formatLocalDate, type LocalDate } from '@/lib/schedule/time'
import { buildTimeline, timelineWindow, type Timeline, type TimelineBar } from '@/lib/preview/timeline'
import { weekdayRuns } from '@/lib/preview/weekdays'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { Tooltip, TooltipContent, TooltipTrigger } from '@/components/ui/tooltip'
import { cn } from '@/lib/utils'
import { formatDay, formatLongDate, formatTime } from './format'
import {
  RESPONDERS,
  RESPONDER_STYLE,
  ResponderBadge,
  ResponderPatterns,
  patternFill,
} from './responder-style'

const DAYS = 7
const W = 1000
const HEADER = 56
const ROW_LABEL = 20
const ROW_H = 34
const ROW_GAP = 14
const ROWS = [
  { key: 'online', agents: 1, label: 'withAgents' },
  { key: 'offline', agents: 0, label: 'withoutAgents' },
] as const

export function CoverageMap({
  scopeName,
  config,
  from,
  onFromChange,
  today,
  now,
  moment,
  agentsNow,
}: {
  scopeName: string
  config: RoutingConfig
  from: LocalDate
  onFromChange: (date: LocalDate) => void
  /** Today's local date in the scope zone. */
  today: LocalDate
  now: number
  /** The chosen moment when it is not "now". */
  moment: number | null
  /** Agents online in the current simulation: picks which row is the current case. */
  agentsNow: number
}) {
  const t = useTranslations('preview')
  const locale = useLocale()
  const prefix = `cov${useId().replace(/[^a-zA-Z0-9]/g, '')}`
  const timeZone = config.business.timeZone

  const { timeline, warnings, segments } = useMemo(() => {
    const window = timelineWindow(from, DAYS, timeZone)
    const segments = ROWS.map((row) => coverage(config, window.from, window.to, row.agents))
    const timeline = buildTimeline({
      timeZone,
      from,
      days: DAYS,
      rows: ROWS.map((row, i) => ({ key: row.key, segments: segments[i] ?? [] })),
      now,
      overrides: config.business.overrides,
    })
    return { timeline, warnings: coverageWarnings(config, window.from, window.to), segments }
  }, [config, from, timeZone, now])

  const fromMs = timeline.start
  const fromIso = formatLocalDate(from)
  const rowOf = agentsNow > 0 ? 'online' : 'offline'

  /** "HH:MM", or "24:00" when an instant is the end of the local day `dayStartMs` starts. */
  const endLabel = (end: number, start: number) => {
    const day = timeline.days.find((d) => start >= d.start && start < d.end)
    if (day && end === day.end) return '24:00'
    const sameDay = day && end > day.start && end <= day.end
    return sameDay
      ? formatTime(end, locale, timeZone)
      : `${formatDay(end, locale, timeZone)}, ${formatTime(end, locale, timeZone)}`
  }
  const segmentText = (bar: { start: number; end: number; responder: TimelineBar['responder'] }) =>
    t('coverage.segment', {
      responder: t(`responder.${bar.responder}`),
      from: `${formatDay(bar.start, locale, timeZone)}, ${formatTime(bar.start, locale, timeZone)}`,
      to: endLabel(bar.end, bar.start),
    })

  const height = HEADER + ROWS.length * (ROW_LABEL + ROW_H + ROW_GAP)
  const x = (f: number) => f * W
  const momentX =
    moment !== null && moment >= timeline.start && moment < timeline.end
      ? (moment - timeline.start) / (timeline.end - timeline.start)
      : null

  return (
    <Card aria-labelledby="coverage-title" data-testid="coverage">
      <CardHeader>
        <CardTitle id="coverage-title">{t('coverage.title')}</CardTitle>
        <CardDescription>
          {t('coverage.description', { date: formatLongDate(fromMs, locale, timeZone), zone: timeZone })}
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <div className="flex flex-wrap items-end gap-2">
          <Button variant="outline" size="sm" onClick={() => onFromChange(addDays(from, -DAYS))}>
            <ChevronLeftIcon aria-hidden />
            {t('coverage.previous')}
          </Button>
          <div className="grid gap-1">
            <Label htmlFor={`${prefix}-from`}>{t('coverage.from')}</Label>
            <Input
              id={`${prefix}-from`}
              type="date"
              className="h-9 w-44"
              value={fromIso}
              onChange={(e) => {
                const d = parseLocalDate(e.currentTarget.value)
                if (d) onFromChange(d)
              }}
            />
          </div>
          <Button variant="outline" size="sm" onClick={() => onFromChange(addDays(from, DAYS))}>
            {t('coverage.next')}
            <ChevronRightIcon aria-hidden />
          </Button>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => onFromChange(today)}
            disabled={formatLocalDate(today) === fromIso}
          >
            {t('coverage.today')}
          </Button>
        </div>

        <div className="overflow-x-auto">
          <svg
            viewBox={`0 0 ${W} ${height}`}
            className="block h-auto w-full min-w-[720px] select-none"
            role="group"
            aria-label={t('coverage.mapLabel', {
              scope: scopeName,
              date: formatLongDate(fromMs, locale, timeZone),
            })}
            data-testid="coverage-map"
            data-from={new Date(timeline.start).toISOString()}
            data-to={new Date(timeline.end).toISOString()}
          >
            <ResponderPatterns prefix={prefix} />
            <defs>
              <pattern
                id={`${prefix}-holiday`}
                width="6"
                height="6"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="6" height="6" fill="#fef3c7" />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#f59e0b" strokeOpacity="0.45" strokeWidth="2" />
              </pattern>
            </defs>
            <Days timeline={timeline} height={height} prefix={prefix} />
            {ROWS.map((row, i) => {
              const top = HEADER + i * (ROW_LABEL + ROW_H + ROW_GAP)
              const bars = timeline.rows[i]?.bars ?? []
              return (
                <g key={row.key}>
                  <text
                    x={4}
                    y={top + 14}
                    className="fill-foreground text-[13px] font-semibold"
                    aria-hidden="true"
                    stroke="#fff"
                    strokeWidth={4}
                    strokeLinejoin="round"
                    paintOrder="stroke"
                  >
                    {t(`coverage.${row.label}`)}
                    {row.key === rowOf ? (
                      <tspan className="fill-muted-foreground font-normal">{` · ${t('coverage.current')}`}</tspan>
                    ) : null}
                  </text>
                  <g
                    data-testid={`coverage-row-${row.key}`}
                    role="list"
                    aria-label={t(`coverage.${row.label}`)}
                  >
                    {bars.map((bar) => {
                      const text = segmentText(bar)
                      return (
                        <Tooltip key={bar.index}>
                          <TooltipTrigger asChild>
                            <rect
                              role="listitem"
                              tabIndex={0}
                              aria-label={text}
                              data-segment
                              data-responder={bar.responder}
                              data-start={new Date(bar.start).toISOString()}
                              data-end={new Date(bar.end).toISOString()}
                              x={x(bar.x)}
                              y={top + ROW_LABEL}
                              width={Math.max(x(bar.width), 0.5)}
                              height={ROW_H}
                              fill={patternFill(prefix, bar.responder)}
                              stroke="#fff"
                              strokeWidth={1}
                              className="cursor-default outline-none transition-opacity hover:opacity-85 focus-visible:stroke-[#0f172a] focus-visible:[stroke-width:3]"
                            />
                          </TooltipTrigger>
                          <TooltipContent>{text}</TooltipContent>
                        </Tooltip>
                      )
                    })}
                  </g>
                </g>
              )
            })}
            {momentX !== null ? (
              <Marker x={x(momentX)} height={height} label={t('coverage.moment')} color="#0f172a" dashed />
            ) : null}
            {timeline.now !== null ? (
              <Marker x={x(timeline.now)} height={height} label={t('coverage.now')} color="#b91c1c" />
            ) : null}
          </svg>
        </div>

        <Legend prefix={prefix} />

        <Warnings warnings={warnings} />

        <details className="group rounded-md border px-4 py-3" data-testid="coverage-table">
          <summary className="cursor-pointer text-sm font-medium">{t('coverage.table')}</summary>
          <div className="mt-3 grid gap-6 lg:grid-cols-2">
            {ROWS.map((row, i) => (
              <Table key={row.key} data-testid={`coverage-table-${row.key}`}>
                <caption className="mb-2 text-left text-sm font-semibold">
                  {t('coverage.tableCaption', { row: t(`coverage.${row.label}`) })}
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
                  {(segments[i] ?? []).map((s) => {
                    const start = Math.max(s.start.getTime(), timeline.start)
                    const end = Math.min(s.end.getTime(), timeline.end)
                    return (
                      <TableRow
                        key={start}
                        data-responder={s.responder}
                        data-start={new Date(start).toISOString()}
                        data-end={new Date(end).toISOString()}
                      >
                        <TableCell className="whitespace-nowrap">
                          {formatDay(start, locale, timeZone)}
                        </TableCell>
                        <TableCell className="tabular-nums">{formatTime(start, locale, timeZone)}</TableCell>
                        <TableCell className="whitespace-nowrap tabular-nums">
                          {endLabel(end, start)}
                        </TableCell>
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
      </CardContent>
    </Card>
  )
}

function Days({ timeline, height, prefix }: { timeline: Timeline; height: number; prefix: string }) {
  const t = useTranslations('preview')
  const locale = useLocale()
  return (
    <g aria-hidden="true">
      {timeline.days.map((day, i) => {
        const x0 = day.x * W
        const width = day.width * W
        const label = formatDay(day.start, locale, timeline.timeZone)
        const sub = day.override
          ? `${day.override.closed ? t('coverage.holiday') : t('coverage.special')}${day.override.label ? `: ${day.override.label}` : ''}`
          : day.hours !== 24
            ? t('coverage.hours', { hours: day.hours })
            : null
        const maxChars = Math.floor(width / 6.2)
        return (
          <g
            key={day.date}
            data-day={day.date}
            data-hours={day.hours}
            data-holiday={day.override?.closed ? 'true' : undefined}
          >
            {day.override ? (
              <rect
                x={x0}
                y={0}
                width={width}
                height={height}
                fill={`url(#${prefix}-holiday)`}
                opacity={0.7}
              />
            ) : i % 2 === 1 ? (
              <rect x={x0} y={0} width={width} height={height} fill="#f8fafc" />
            ) : null}
            <text
              x={x0 + width / 2}
              y={16}
              textAnchor="middle"
              className="fill-foreground text-[13px] font-semibold"
            >
              {label}
            </text>
            {sub ? (
              <text
                x={x0 + width / 2}
                y={31}
                textAnchor="middle"
                className={cn('text-[11px]', day.override ? 'fill-amber-900' : 'fill-muted-foreground')}
              >
                {sub.length > maxChars ? `${sub.slice(0, Math.max(maxChars - 1, 1))}…` : sub}
                <title>{sub}</title>
              </text>
            ) : null}
            {i > 0 ? <line x1={x0} x2={x0} y1={0} y2={height} stroke="#94a3b8" strokeWidth={1} /> : null}
            {day.ticks.map((tick) => (
              <g key={tick.label}>
                <text
                  x={tick.x * W}
                  y={HEADER - 8}
                  textAnchor="middle"
                  className="fill-muted-foreground text-[10px] tabular-nums"
                >
                  {tick.label.slice(0, 2)}
                </text>
                <line
                  x1={tick.x * W}
                  x2={tick.x * W}
                  y1={HEADER - 4}
                  y2={height}
                  stroke="#cbd5e1"
                  strokeDasharray="2 3"
                />
              </g>
            ))}
          </g>
        )
      })}
    </g>
  )
}

function Marker({
  x,
  height,
  label,
  color,
  dashed,
}: {
  x: number
  height: number
  label: string
  color: string
  dashed?: boolean
}) {
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid={dashed ? 'coverage-moment' : 'coverage-now'}>
      <line
        x1={x}
        x2={x}
        y1={HEADER - 4}
        y2={height}
        stroke={color}
        strokeWidth={2}
        strokeDasharray={dashed ? '4 3' : undefined}
      />
      <circle cx={x} cy={HEADER - 4} r={3.5} fill={color} />
      <text
        x={Math.min(Math.max(x, 30), W - 30)}
        y={height - 2}
        textAnchor="middle"
        className="text-[10px] font-semibold"
        fill={color}
      >
        {label}
      </text>
    </g>
  )
}

function Legend({ prefix }: { prefix: string }) {
  const t = useTranslations('preview')
  return (
    <div
      className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm"
      role="list"
      aria-label={t('coverage.legend')}
    >
      {RESPONDERS.map((r) => (
        <span key={r} role="listitem" className="inline-flex items-center gap-2">
          <svg width="28" height="14" aria-hidden="true" className="rounded-sm">
            <rect width="28" height="14" fill={patternFill(prefix, r)} stroke={RESPONDER_STYLE[r].fill} />
          </svg>
          {t(`responder.${r}`)}
        </span>
      ))}
      <span role="listitem" className="inline-flex items-center gap-2">
        <svg width="28" height="14" aria-hidden="true">
          <rect width="28" height="14" fill={`url(#${prefix}-holiday)`} stroke="#f59e0b" />
        </svg>
        {t('coverage.holiday')}
      </span>
      <span role="listitem" className="inline-flex items-center gap-2">
        <svg width="14" height="14" aria-hidden="true">
          <line x1="7" x2="7" y1="0" y2="14" stroke="#b91c1c" strokeWidth="2" />
        </svg>
        {t('coverage.now')}
      </span>
    </div>
  )
}

function Warnings({ warnings }: { warnings: CoverageWarning[] }) {
  const t = useTranslations('preview')
  const days = (w: CoverageWarning) =>
    weekdayRuns(w.weekdays)
      .map(([a, b]) => (a === b ? t(`weekday.${a}`) : `${t(`weekdayShort.${a}`)}–${t(`weekdayShort.${b}`)}`))
      .join(', ')
  return (
    <section aria-labelledby="coverage-warnings-title" data-testid="coverage-warnings">
      <h3 id="coverage-warnings-title" className="mb-2 text-base font-semibold">
        {t('coverage.warnings')}
      </h3>
      {warnings.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-success">
          <CheckCircle2Icon aria-hidden className="size-4" />
          {t('coverage.noWarnings')}
        </p>
      ) : (
        <ul className="grid gap-2">
          {warnings.map((w) => (
            <li
              key={`${w.code}-${w.start}-${w.end}-${w.weekdays.join()}`}
              data-code={w.code}
              className={cn(
                'flex items-start gap-2 rounded-md border px-3 py-2 text-sm',
                w.code === 'no_one_outside_hours'
                  ? 'border-warning/40 bg-warning-soft text-warning'
                  : 'bg-muted/50',
              )}
            >
              <AlertTriangleIcon aria-hidden className="mt-0.5 size-4 shrink-0" />
              <span>
                <span className="font-medium" data-testid="warning-text">
                  {t(w.code === 'no_one_outside_hours' ? 'coverage.noOne' : 'coverage.queue', {
                    days: days(w),
                    start: w.start,
                    end: w.end,
                  })}
                </span>
                <span className="block text-xs opacity-90">
                  {t(w.code === 'no_one_outside_hours' ? 'coverage.noOneHint' : 'coverage.queueHint')}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

'use client'

import { useId, useMemo } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { ChevronLeftIcon, ChevronRightIcon } from '@/components/ui/icons'
import { agentCounts, coverage, coverageWarnings, type AgentsInput, type RoutingConfig } from '@/lib/routing'
import { parseLocalDate } from '@/lib/preview/time'
import { addDays, formatLocalDate, type LocalDate } from '@/lib/schedule/time'
import { buildTimeline, timelineWindow, type TimelineBar } from '@/lib/preview/timeline'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Tooltip, TooltipContent, TooltipTrigger } from '@/components/ui/tooltip'
import { zoneName } from '@/lib/clock/zone-name'
import { formatDay, formatLongDate, formatTime } from './format'
import { patternFill } from './responder-style'
import { Days, Legend, MAP_HEADER as HEADER, MAP_WIDTH as W, MapPatterns, Marker } from './coverage-map-parts'
import { CoverageDays } from './coverage-days'
import { CoverageTable } from './coverage-table'
import { Warnings } from './coverage-warnings'

const DAYS = 7
const ROW_LABEL = 20
const ROW_H = 34
const ROW_GAP = 14
const ROWS = [
  { key: 'online', agents: 1, label: 'withAgents' },
  { key: 'offline', agents: 0, label: 'withoutAgents' },
] as const

export function CoverageMap({
  scopeName,
  assistantName,
  config,
  from,
  onFromChange,
  today,
  now,
  moment,
  agentsNow,
}: {
  scopeName: string
  assistantName: string | null
  config: RoutingConfig
  from: LocalDate
  onFromChange: (date: LocalDate) => void
  /** Today's local date in the scope zone. */
  today: LocalDate
  now: number
  /** The chosen moment when it is not "now". */
  moment: number | null
  /** Agents online in the current simulation: picks which row is the current case. */
  agentsNow: AgentsInput
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
  // The current case: agents who can take a chat (online with room, §5) or not.
  const rowOf = agentCounts(agentsNow).available > 0 ? 'online' : 'offline'

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

  const mapLabel = t('coverage.mapLabel', {
    scope: scopeName,
    date: formatLongDate(fromMs, locale, timeZone),
  })
  const height = HEADER + ROWS.length * (ROW_LABEL + ROW_H + ROW_GAP)
  const x = (f: number) => f * W
  const bands = ROWS.map((_, i) => {
    const top = HEADER + i * (ROW_LABEL + ROW_H + ROW_GAP) + ROW_LABEL
    return [top, top + ROW_H] as const
  })
  const momentX =
    moment !== null && moment >= timeline.start && moment < timeline.end
      ? (moment - timeline.start) / (timeline.end - timeline.start)
      : null

  return (
    <Card aria-labelledby="coverage-title" data-testid="coverage">
      <CardHeader>
        <CardTitle id="coverage-title">{t('coverage.title')}</CardTitle>
        <CardDescription>
          {t('coverage.description', {
            date: formatLongDate(fromMs, locale, timeZone),
            zone: zoneName(timeZone, locale, fromMs),
          })}
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

        <MapPatterns prefix={prefix} />
        <CoverageDays
          timeline={timeline}
          rows={ROWS.map((row) => ({
            key: row.key,
            label: t(`coverage.${row.label}`),
            current: row.key === rowOf,
          }))}
          prefix={prefix}
          label={mapLabel}
          segmentText={segmentText}
          moment={momentX}
        />
        {/* From md up: the week as one continuous time axis. */}
        <div className="hidden overflow-x-auto md:block">
          <svg
            viewBox={`0 0 ${W} ${height}`}
            className="block h-auto w-full min-w-[720px] select-none"
            role="group"
            aria-label={mapLabel}
            data-testid="coverage-map"
            data-from={new Date(timeline.start).toISOString()}
            data-to={new Date(timeline.end).toISOString()}
          >
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
              <Marker
                x={x(momentX)}
                height={height}
                bands={bands}
                label={t('coverage.moment')}
                color="#0f172a"
                dashed
              />
            ) : null}
            {timeline.now !== null ? (
              <Marker
                x={x(timeline.now)}
                height={height}
                bands={bands}
                label={t('coverage.now')}
                color="#b91c1c"
              />
            ) : null}
          </svg>
        </div>

        <Legend prefix={prefix} moment={momentX !== null} />

        <Warnings warnings={warnings} assistantName={config.assistant?.active ? assistantName : null} />

        <CoverageTable
          rows={ROWS.map((row, i) => ({
            key: row.key,
            label: t(`coverage.${row.label}`),
            segments: segments[i] ?? [],
          }))}
          timeline={timeline}
          endLabel={endLabel}
        />
      </CardContent>
    </Card>
  )
}

'use client'
// The coverage map on a phone (issue 11 item 10): one local day per row, each with a 24-hour bar per agents case,
// so all 7 days are on screen at 390 px instead of 2.5 days of a wide map scrolled sideways.
import { useLocale, useTranslations } from 'next-intl'
import type { Timeline, TimelineBar } from '@/lib/preview/timeline'
import { cn } from '@/lib/utils'
import { formatDay } from './format'
import { daySubtitle } from './coverage-map-parts'
import { patternFill } from './responder-style'

const BAR_W = 240
const BAR_H = 16
const AXIS = [0, 6, 12, 18, 24] as const

export function CoverageDays({
  timeline,
  rows,
  prefix,
  label,
  segmentText,
  moment,
}: {
  timeline: Timeline
  rows: readonly { key: string; label: string; current: boolean }[]
  prefix: string
  label: string
  segmentText: (bar: TimelineBar) => string
  /** The chosen moment as a fraction of the week (null: none, or outside it). */
  moment: number | null
}) {
  const t = useTranslations('preview')
  const locale = useLocale()
  return (
    <div className="flex flex-col gap-2 md:hidden" data-testid="coverage-days">
      <div className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-2" aria-hidden="true">
        <span />
        <span className="relative h-4 text-[10px] tabular-nums text-muted-foreground">
          {AXIS.map((h) => (
            <span
              key={h}
              className={cn('absolute top-0', h === 0 ? 'left-0' : h === 24 ? 'right-0' : '-translate-x-1/2')}
              style={h === 0 || h === 24 ? undefined : { left: `${(h / 24) * 100}%` }}
            >
              {String(h).padStart(2, '0')}
            </span>
          ))}
        </span>
      </div>
      <ol className="flex flex-col" aria-label={label}>
        {timeline.days.map((day) => {
          const sub = daySubtitle(day, t)
          const dayEnd = day.x + day.width
          return (
            <li
              key={day.date}
              data-date={day.date}
              className={cn('flex flex-col gap-1 border-t px-1 py-2', day.override && 'bg-amber-50')}
            >
              <p className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
                <span className="font-semibold first-letter:uppercase">
                  {formatDay(day.start, locale, timeline.timeZone)}
                </span>
                {sub ? (
                  <span className={cn('text-xs', day.override ? 'text-amber-900' : 'text-muted-foreground')}>
                    {sub}
                  </span>
                ) : null}
              </p>
              {rows.map((row, i) => {
                const bars = (timeline.rows[i]?.bars ?? []).filter(
                  (b) => b.x < dayEnd && b.x + b.width > day.x,
                )
                const local = (f: number) =>
                  ((Math.min(Math.max(f, day.x), dayEnd) - day.x) / day.width) * BAR_W
                const now =
                  timeline.now !== null && timeline.now >= day.x && timeline.now < dayEnd
                    ? local(timeline.now)
                    : null
                const chosen = moment !== null && moment >= day.x && moment < dayEnd ? local(moment) : null
                return (
                  <div key={row.key} className="grid grid-cols-[6.5rem_minmax(0,1fr)] items-center gap-2">
                    <span
                      className={cn(
                        'text-[11px] leading-tight',
                        row.current ? 'font-semibold' : 'text-muted-foreground',
                      )}
                    >
                      {row.label}
                    </span>
                    <svg
                      viewBox={`0 0 ${BAR_W} ${BAR_H}`}
                      preserveAspectRatio="none"
                      className="block h-4 w-full rounded-sm bg-muted"
                      role="img"
                      aria-label={`${row.label}: ${bars.map(segmentText).join('; ')}`}
                      data-testid={`coverage-day-${row.key}`}
                    >
                      {bars.map((bar) => (
                        <rect
                          key={bar.index}
                          x={local(bar.x)}
                          width={Math.max(local(bar.x + bar.width) - local(bar.x), 0.5)}
                          y={0}
                          height={BAR_H}
                          fill={patternFill(prefix, bar.responder)}
                          data-responder={bar.responder}
                        />
                      ))}
                      {[6, 12, 18].map((h) => (
                        <line
                          key={h}
                          x1={(h / 24) * BAR_W}
                          x2={(h / 24) * BAR_W}
                          y1={0}
                          y2={BAR_H}
                          stroke="#fff"
                          strokeOpacity={0.8}
                          strokeWidth={1}
                        />
                      ))}
                      {now !== null ? (
                        <rect x={now - 1} width={2} y={0} height={BAR_H} fill="#b91c1c" />
                      ) : null}
                      {chosen !== null ? (
                        // A dark bar with a white edge: visible on every fill (issue 22: it had no size here).
                        <rect
                          data-testid="coverage-day-moment"
                          x={chosen - 1.5}
                          width={3}
                          y={0}
                          height={BAR_H}
                          fill="#0f172a"
                          stroke="#fff"
                          strokeWidth={0.75}
                        />
                      ) : null}
                    </svg>
                  </div>
                )
              })}
            </li>
          )
        })}
      </ol>
    </div>
  )
}

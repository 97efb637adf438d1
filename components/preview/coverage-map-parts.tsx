'use client'
// The SVG pieces of the coverage map: day columns with hour ticks, the now/moment markers and the legend.
import { useLocale, useTranslations } from 'next-intl'
import type { Timeline, TimelineDay } from '@/lib/preview/timeline'
import { cn } from '@/lib/utils'
import { formatDay } from './format'
import { RESPONDERS, RESPONDER_STYLE, ResponderPatterns, patternFill } from './responder-style'

export const MAP_WIDTH = 1000
export const MAP_HEADER = 56
const W = MAP_WIDTH
const HEADER = MAP_HEADER

/** "Festivo: Navidad", "Fecha especial", "23 h" on a DST day, or nothing for an ordinary 24-hour day. */
export function daySubtitle(
  day: TimelineDay,
  t: (key: 'coverage.holiday' | 'coverage.special' | 'coverage.hours', values?: { hours: number }) => string,
): string | null {
  if (day.override)
    return `${day.override.closed ? t('coverage.holiday') : t('coverage.special')}${day.override.label ? `: ${day.override.label}` : ''}`
  return day.hours !== 24 ? t('coverage.hours', { hours: day.hours }) : null
}

/**
 * The fills the map, its phone version and the legend share, in an SVG of their own: patterns inside an SVG hidden
 * with display:none (the wide map on a phone) do not paint anywhere.
 */
export function MapPatterns({ prefix }: { prefix: string }) {
  return (
    <svg aria-hidden="true" width="0" height="0" className="absolute">
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
    </svg>
  )
}

export function Days({ timeline, height, prefix }: { timeline: Timeline; height: number; prefix: string }) {
  const t = useTranslations('preview')
  const locale = useLocale()
  return (
    <g aria-hidden="true">
      {timeline.days.map((day, i) => {
        const x0 = day.x * W
        const width = day.width * W
        const label = formatDay(day.start, locale, timeline.timeZone)
        const sub = daySubtitle(day, t)
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

export function Marker({
  x,
  height,
  bands,
  label,
  color,
  dashed,
}: {
  x: number
  height: number
  /** The rows' bars, [top, bottom]: the line is drawn across them only, never through the row labels above. */
  bands: readonly (readonly [number, number])[]
  label: string
  color: string
  dashed?: boolean
}) {
  const last = bands[bands.length - 1]
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid={dashed ? 'coverage-moment' : 'coverage-now'}>
      {bands.map(([top, bottom]) => (
        <line
          key={top}
          x1={x}
          x2={x}
          y1={top - 3}
          y2={bottom + 3}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={dashed ? '4 3' : undefined}
        />
      ))}
      {last ? <line x1={x} x2={x} y1={last[1] + 3} y2={height - 12} stroke={color} strokeWidth={1} /> : null}
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

export function Legend({ prefix, moment }: { prefix: string; moment: boolean }) {
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
      {moment ? (
        <span role="listitem" className="inline-flex items-center gap-2">
          <svg width="14" height="14" aria-hidden="true">
            <line x1="7" x2="7" y1="0" y2="14" stroke="#0f172a" strokeWidth="2" strokeDasharray="4 3" />
          </svg>
          {t('coverage.moment')}
        </span>
      ) : null}
    </div>
  )
}

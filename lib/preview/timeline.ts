// Coverage → timeline geometry (pure view-model for the coverage map).
//
// The map is one continuous time axis over N local days of the scope's zone: x is proportional to elapsed time,
// so a DST day is drawn 23 or 25 hours long, and a zone whose DST starts at midnight (America/Santiago) has a day
// that begins at 01:00. Day boundaries and hour ticks are wall-clock instants resolved on their own date (docs/behaviour.md §4),
// never "local midnight + N hours". Each coverage segment maps to exactly one bar (it may span day boundaries).
import type { Responder } from '../routing/types'
import { WEEKDAYS, type DateOverride, type Weekday } from '../schedule/types'
import {
  addDays,
  daysOfLocalDate,
  formatLocalDate,
  formatMinutes,
  weekdayIndex,
  type LocalDate,
} from '../schedule/time'
import { dayStart, localTime, wallToInstant } from '../schedule/zone'

export type TimelineDay = {
  /** Local date "YYYY-MM-DD". */
  date: string
  weekday: Weekday
  /** Instants (ms) the local day starts and ends. */
  start: number
  end: number
  /** Elapsed hours in the day: 24, or 23/25 on DST days. */
  hours: number
  /** Wall-clock time the day starts at ("00:00", or "01:00" when DST starts at midnight). */
  startsAt: string
  /** Position and width as fractions (0..1) of the whole axis. */
  x: number
  width: number
  /** Hour ticks (06:00, 12:00, 18:00 on the wall clock) as fractions of the whole axis. */
  ticks: { label: string; x: number }[]
  /** A holiday / special date of the business hours on this date. */
  override: { label: string | null; closed: boolean } | null
}

export type TimelineBar = {
  /** Index of the coverage segment this bar draws. */
  index: number
  start: number
  end: number
  responder: Responder
  x: number
  width: number
}

export type Timeline = {
  timeZone: string
  start: number
  end: number
  days: TimelineDay[]
  rows: { key: string; bars: TimelineBar[] }[]
  /** Position of `now` as a fraction of the axis, or null when outside it. */
  now: number | null
}

export type TimelineInput = {
  timeZone: string
  /** First local date of the axis. */
  from: LocalDate
  days: number
  rows: { key: string; segments: readonly { start: Date; end: Date; responder: Responder }[] }[]
  now?: Date | number | null
  overrides?: readonly DateOverride[]
}

const HOUR_MS = 3_600_000
const TICK_HOURS = [6, 12, 18] as const

/** [from, to) instants of `days` local days starting at `from` in `timeZone`. */
export function timelineWindow(from: LocalDate, days: number, timeZone: string): { from: Date; to: Date } {
  return { from: new Date(dayStart(from, timeZone)), to: new Date(dayStart(addDays(from, days), timeZone)) }
}

export function buildTimeline(input: TimelineInput): Timeline {
  const { timeZone } = input
  const { from, to } = timelineWindow(input.from, input.days, timeZone)
  const start = from.getTime()
  const end = to.getTime()
  const total = Math.max(1, end - start)
  const frac = (ms: number) => (Math.min(Math.max(ms, start), end) - start) / total
  const overrides = new Map((input.overrides ?? []).map((o) => [o.date, o]))

  const days: TimelineDay[] = []
  for (let i = 0; i < input.days; i++) {
    const date = addDays(input.from, i)
    const dayBegin = dayStart(date, timeZone)
    const dayEnd = dayStart(addDays(date, 1), timeZone)
    const wall = localTime(dayBegin, timeZone)
    const ticks = TICK_HOURS.map((h) => ({
      label: formatMinutes(h * 60),
      x: frac(wallToInstant(date, h * 60, timeZone)),
    }))
    const iso = formatLocalDate(date)
    const override = overrides.get(iso)
    days.push({
      date: iso,
      weekday: WEEKDAYS[weekdayIndex(daysOfLocalDate(date))] as Weekday,
      start: dayBegin,
      end: dayEnd,
      hours: (dayEnd - dayBegin) / HOUR_MS,
      startsAt: wall.day === date.day ? formatMinutes(wall.hour * 60 + wall.minute) : '00:00',
      x: frac(dayBegin),
      width: frac(dayEnd) - frac(dayBegin),
      ticks,
      override: override ? { label: override.label ?? null, closed: override.ranges.length === 0 } : null,
    })
  }

  const rows = input.rows.map((row) => ({
    key: row.key,
    bars: row.segments.flatMap((segment, index) => {
      const s = Math.max(segment.start.getTime(), start)
      const e = Math.min(segment.end.getTime(), end)
      if (!(s < e)) return []
      return [{ index, start: s, end: e, responder: segment.responder, x: frac(s), width: frac(e) - frac(s) }]
    }),
  }))

  const nowMs =
    input.now === null || input.now === undefined
      ? null
      : typeof input.now === 'number'
        ? input.now
        : input.now.getTime()
  return {
    timeZone,
    start,
    end,
    days,
    rows,
    now: nowMs !== null && nowMs >= start && nowMs < end ? frac(nowMs) : null,
  }
}

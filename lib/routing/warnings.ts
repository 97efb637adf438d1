import { WEEKDAYS, type Weekday } from '../schedule/types'
import { sweep } from './coverage'
import { modeOf, tableFor } from './outcomes'
import type { Responder, RoutingConfig } from './types'
import { addDays, formatLocalDate, formatMinutes, type LocalDate } from '../schedule/time'
import { dayStart, localTime } from '../schedule/zone'

/**
 * `no_one_outside_hours`: `closed` even with agents online — business closed and the assistant off.
 * `queue_without_agents`: `queue` when no agent is online — business open, the assistant off, conversations wait.
 */
export type CoverageWarningCode = 'no_one_outside_hours' | 'queue_without_agents'

/**
 * One window pattern in which a customer gets nobody, e.g. "Domingo 00:00–08:00". Windows are cut at local
 * midnight in the business zone, then grouped by (code, start, end) across days, so a nightly gap reads
 * "Lun–Vie 18:00–24:00" + "Mar–Sáb 00:00–08:00" and a whole closed day reads "Domingo 00:00–24:00".
 */
export type CoverageWarning = {
  code: CoverageWarningCode
  /** The business zone the wall-clock fields are expressed in. */
  timeZone: string
  /** Weekdays on which the window occurs, Monday first. */
  weekdays: Weekday[]
  /** Local wall-clock "HH:MM" the window starts (a day's start is "00:00", even on a DST day that begins at 01:00). */
  start: string
  /** Local wall-clock "HH:MM" the window ends; "24:00" = until the end of that day. */
  end: string
  /** Local dates (YYYY-MM-DD) of each occurrence, ascending; lets the UI spot one-off dates such as holidays. */
  dates: string[]
  /** The instants of each occurrence, ascending, half-open. */
  segments: { start: Date; end: Date }[]
}

const CODE_ORDER: readonly CoverageWarningCode[] = ['no_one_outside_hours', 'queue_without_agents']
// Date.getUTCDay() order.
const BY_UTC_DAY: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

type Piece = { date: LocalDate; start: number; end: number; startLabel: string; endLabel: string }

/** dayStart memoised per call: consecutive pieces share their day boundaries. */
function dayStarts(timeZone: string): (date: LocalDate) => number {
  const memo = new Map<string, number>()
  return (date) => {
    const key = formatLocalDate(date)
    let start = memo.get(key)
    if (start === undefined) {
      start = dayStart(date, timeZone)
      memo.set(key, start)
    }
    return start
  }
}

function splitByLocalDay(
  start: number,
  end: number,
  timeZone: string,
  startOf: (date: LocalDate) => number,
): Piece[] {
  const pieces: Piece[] = []
  let s = start
  while (s < end) {
    const wall = localTime(s, timeZone)
    let date: LocalDate = { year: wall.year, month: wall.month, day: wall.day }
    let begin = startOf(date)
    let next = startOf(addDays(date, 1))
    // A zone whose clocks fall back across midnight shows the previous date for a while after the next day
    // has begun; the day is decided by day starts, not by the wall date.
    while (next <= s) {
      date = addDays(date, 1)
      begin = next
      next = startOf(addDays(date, 1))
    }
    const e = Math.min(end, next)
    const endWall = localTime(e, timeZone)
    pieces.push({
      date,
      start: s,
      end: e,
      startLabel: s === begin ? '00:00' : formatMinutes(wall.hour * 60 + wall.minute),
      endLabel: e === next ? '24:00' : formatMinutes(endWall.hour * 60 + endWall.minute),
    })
    s = e
  }
  return pieces
}

function weekdayOf(date: LocalDate): Weekday {
  return BY_UTC_DAY[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()] ?? 'mon'
}

function windowsWhere(
  config: RoutingConfig,
  from: number,
  to: number,
  agentsOnline: number,
  responder: Responder,
): { start: number; end: number }[] {
  return sweep(config, tableFor(modeOf(config), agentsOnline), from, to).filter(
    (s) => s.responder === responder,
  )
}

/**
 * The windows in [from, to) in which a customer gets nobody (see CoverageWarningCode), as data for the UI.
 * Derived from `coverage` with one agent online (→ `closed`) and with none (→ `queue`).
 */
export function coverageWarnings(config: RoutingConfig, from: Date, to: Date): CoverageWarning[] {
  const f = from.getTime()
  const t = to.getTime()
  if (!Number.isFinite(f) || !Number.isFinite(t)) throw new RangeError('routing: invalid coverage range')
  const timeZone = config.business.timeZone
  const sources: Record<CoverageWarningCode, { start: number; end: number }[]> = {
    no_one_outside_hours: windowsWhere(config, f, t, 1, 'closed'),
    queue_without_agents: windowsWhere(config, f, t, 0, 'queue'),
  }
  const startOf = dayStarts(timeZone)
  const warnings: CoverageWarning[] = []
  for (const code of CODE_ORDER) {
    const groups = new Map<string, CoverageWarning>()
    for (const window of sources[code]) {
      for (const piece of splitByLocalDay(window.start, window.end, timeZone, startOf)) {
        const key = `${piece.startLabel}-${piece.endLabel}`
        let group = groups.get(key)
        if (group === undefined) {
          group = {
            code,
            timeZone,
            weekdays: [],
            start: piece.startLabel,
            end: piece.endLabel,
            dates: [],
            segments: [],
          }
          groups.set(key, group)
        }
        const weekday = weekdayOf(piece.date)
        if (!group.weekdays.includes(weekday)) group.weekdays.push(weekday)
        group.dates.push(formatLocalDate(piece.date))
        group.segments.push({ start: new Date(piece.start), end: new Date(piece.end) })
      }
    }
    const sorted = [...groups.values()]
    for (const group of sorted) group.weekdays.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
    sorted.sort(
      (a, b) =>
        WEEKDAYS.indexOf(a.weekdays[0] ?? 'mon') - WEEKDAYS.indexOf(b.weekdays[0] ?? 'mon') ||
        a.start.localeCompare(b.start) ||
        a.end.localeCompare(b.end),
    )
    warnings.push(...sorted)
  }
  return warnings
}

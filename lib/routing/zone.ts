// Wall-clock helpers for labelling coverage warnings in the business zone. Everything goes through
// Intl with an explicit zone and UTC arithmetic, so results never depend on the process's TZ.

export type LocalDate = { year: number; month: number; day: number }
export type LocalTime = LocalDate & { hour: number; minute: number; second: number }

const HOUR_MS = 3_600_000
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

export function localTime(ms: number, timeZone: string): LocalTime {
  const out: LocalTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type === 'literal' || part.type === 'dayPeriod' || part.type === 'era') continue
    const value = Number(part.value)
    if (part.type === 'year') out.year = value
    else if (part.type === 'month') out.month = value
    else if (part.type === 'day') out.day = value
    else if (part.type === 'hour') out.hour = value
    else if (part.type === 'minute') out.minute = value
    else if (part.type === 'second') out.second = value
  }
  return out
}

/** Zone offset (local − UTC) in ms at an instant. */
function offsetAt(ms: number, timeZone: string): number {
  const l = localTime(ms, timeZone)
  const wholeSecond = Math.floor(ms / 1000) * 1000
  return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, l.second) - wholeSecond
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

export function compareDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

/**
 * The instant local date `date` begins: the first instant whose wall clock reads ≥ date 00:00. Matches §4's
 * rule for skipped wall times (Santiago's DST day begins at 01:00) and for repeated ones (first occurrence).
 */
export function dayStart(date: LocalDate, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day)
  // Instants whose wall clock can read `wall` lie within [wall − 15h, wall + 13h] (offsets −12h…+14h).
  const lo = wall - 15 * HOUR_MS
  const hi = wall + 13 * HOUR_MS
  const early = offsetAt(lo, timeZone)
  const late = offsetAt(hi, timeZone)
  if (early === late) return wall - early
  // One offset transition inside the window (zones never change twice within a day): find it.
  let a = lo
  let b = hi
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2)
    if (offsetAt(mid, timeZone) === early) a = mid
    else b = mid
  }
  const transition = b
  const beforeTransition = wall - early
  if (beforeTransition < transition) return beforeTransition
  return Math.max(transition, wall - late)
}

export function formatDate(date: LocalDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`
}

export function formatHm(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

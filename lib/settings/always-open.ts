// docs/behaviour.md §6 — "required when business hours are not 24/7": a pure wall-clock check of whether a schedule's ranges
// cover every minute of every day (weekly hours AND every special date), counting overnight spill-over.
import { MINUTES_PER_DAY, parseDate, parseTime, weekdayIndex } from '../schedule/time'
import { WEEKDAYS, type Weekday } from '../schedule/types'

type Placed = { start: number; end: number }

function placeAll(ranges: unknown): Placed[] {
  if (!Array.isArray(ranges)) return []
  const out: Placed[] = []
  for (const range of ranges) {
    if (typeof range !== 'object' || range === null) continue
    const { start, end } = range as Record<string, unknown>
    const s = parseTime(start)
    const e = parseTime(end, true)
    if (s === null || e === null || s === e) continue
    out.push({ start: s, end: e > s ? e : e + MINUTES_PER_DAY })
  }
  return out
}

/** How far past midnight a day's overnight ranges run into the next day (0 = not at all). */
function spill(ranges: unknown): number {
  return placeAll(ranges).reduce((max, r) => Math.max(max, r.end - MINUTES_PER_DAY), 0)
}

/** True when the day's own ranges plus the previous day's spill-over cover [00:00, 24:00). */
function coversDay(ranges: unknown, spillFromPrevious: number): boolean {
  const parts = placeAll(ranges).map((r) => ({ start: r.start, end: Math.min(r.end, MINUTES_PER_DAY) }))
  if (spillFromPrevious > 0) parts.push({ start: 0, end: spillFromPrevious })
  parts.sort((a, b) => a.start - b.start)
  let reached = 0
  for (const part of parts) {
    if (part.start > reached) return false
    reached = Math.max(reached, part.end)
  }
  return reached >= MINUTES_PER_DAY
}

/**
 * True when the schedule is open 24/7: every weekday fully covered and no special date that reduces it (a closed
 * holiday, or other hours, makes it not 24/7). Tolerates malformed input (returns false for what it cannot read).
 */
export function isAlwaysOpen(schedule: unknown): boolean {
  if (typeof schedule !== 'object' || schedule === null) return false
  const { weekly, overrides } = schedule as { weekly?: unknown; overrides?: unknown }
  if (typeof weekly !== 'object' || weekly === null) return false
  const week = weekly as Partial<Record<Weekday, unknown>>
  const weeklyOk = WEEKDAYS.every((day, i) => coversDay(week[day], spill(week[WEEKDAYS[(i + 6) % 7]!])))
  if (!weeklyOk) return false
  if (!Array.isArray(overrides) || overrides.length === 0) return true
  const byDay = new Map<number, unknown>()
  for (const o of overrides) {
    const day = typeof o === 'object' && o !== null ? parseDate((o as { date?: unknown }).date) : null
    if (day !== null && !byDay.has(day)) byDay.set(day, (o as { ranges?: unknown }).ranges)
  }
  const rangesOn = (day: number): unknown =>
    byDay.has(day) ? byDay.get(day) : week[WEEKDAYS[weekdayIndex(day)]!]
  for (const day of byDay.keys()) {
    if (!coversDay(rangesOn(day), spill(rangesOn(day - 1)))) return false
    if (!coversDay(rangesOn(day + 1), spill(rangesOn(day)))) return false
  }
  return true
}

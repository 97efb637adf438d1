// docs/behaviour.md §4.1 — business time: how much open time lies between two instants, and the instant a given
// amount of open time after one (Salesforce BusinessHours.diff/add; the clock of an SLA that pauses outside hours).
// Built on the engine's openIntervals, so special dates, overnight ranges and DST are exactly as in §4; the work is
// one walk over the open intervals of the span, in windows so that a long span never allocates them all at once.
// Pure: every instant is an argument.
import { openIntervals } from './engine'
import type { Schedule } from './types'

const DAY_MS = 86_400_000
/** Both functions look at most this far from their first instant (about ten years): the span `add` searches, and the longest span `between` measures. */
export const BUSINESS_TIME_HORIZON_DAYS = 3653
export const BUSINESS_TIME_HORIZON_MS = BUSINESS_TIME_HORIZON_DAYS * DAY_MS
/** Windows of the walk: about two months of intervals at a time. */
const WINDOW_MS = 64 * DAY_MS

function msOf(value: Date, name: string): number {
  const ms = value.getTime()
  if (!Number.isFinite(ms)) throw new RangeError(`business time: ${name} is not a valid date`)
  return ms
}

/** Open time in [a, b), a ≤ b. */
function openMillis(schedule: Schedule, a: number, b: number): number {
  let total = 0
  for (let start = a; start < b; start += WINDOW_MS) {
    const end = Math.min(b, start + WINDOW_MS)
    for (const interval of openIntervals(schedule, new Date(start), new Date(end))) {
      total += interval.end.getTime() - interval.start.getTime()
    }
  }
  return total
}

/**
 * §4.1: the open time, in ms, between `from` and `to` (the half-open span [from, to)). Antisymmetric: when `to` is
 * before `from` the answer is minus the open time of [to, from), so diff(a, b) + diff(b, c) = diff(a, c) always.
 * Throws RangeError for an invalid date or a span longer than BUSINESS_TIME_HORIZON_DAYS.
 */
export function businessMillisBetween(schedule: Schedule, from: Date, to: Date): number {
  const a = msOf(from, 'from')
  const b = msOf(to, 'to')
  if (Math.abs(b - a) > BUSINESS_TIME_HORIZON_MS) {
    throw new RangeError(`business time: from and to more than ${BUSINESS_TIME_HORIZON_DAYS} days apart`)
  }
  // 0 − x, not −x: no −0 for an empty span.
  return b >= a ? openMillis(schedule, a, b) : 0 - openMillis(schedule, b, a)
}

/**
 * §4.1: the first instant t ≥ `at` at which the schedule is open and `ms` of open time have elapsed since `at`
 * (businessMillisBetween(at, t) = ms). So counting starts at the next opening when `at` is closed; ms = 0 gives `at`
 * itself when open, else the next opening; and time that runs out exactly at a closing gives the next opening (the
 * first instant the clock runs again) — which makes add(at, diff(at, t)) = t for every open t.
 * null when that instant is not before `searchUntil` (default: BUSINESS_TIME_HORIZON_DAYS after `at`; never later).
 * Throws RangeError for an invalid date or a negative or non-finite `ms`.
 */
export function addBusinessMillis(schedule: Schedule, at: Date, ms: number, searchUntil?: Date): Date | null {
  const start = msOf(at, 'at')
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('business time: ms must be a finite number ≥ 0')
  const horizon = start + BUSINESS_TIME_HORIZON_MS
  const limit = searchUntil === undefined ? horizon : Math.min(horizon, msOf(searchUntil, 'searchUntil'))
  let left = ms
  for (let from = start; from < limit; from += WINDOW_MS) {
    const to = Math.min(limit, from + WINDOW_MS)
    for (const interval of openIntervals(schedule, new Date(from), new Date(to))) {
      const s = interval.start.getTime()
      const e = interval.end.getTime()
      // An interval clipped at the window's end may go on in the next window: only a remainder strictly inside
      // it (or zero) ends here; one that reaches its end carries over to the next opening, whichever window it is in.
      if (left < e - s) return new Date(s + left)
      left -= e - s
    }
  }
  return null
}

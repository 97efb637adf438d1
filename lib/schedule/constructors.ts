// Small helpers for building schedules (UI defaults, tests, routing fixtures).
import type { Schedule, TimeRange, Weekday } from './types'

/** A week with no ranges (closed every day). */
export function emptyWeek(): Record<Weekday, TimeRange[]> {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }
}

/** Every weekday with the same ranges (fresh arrays, safe to edit). */
export function sameEveryDay(ranges: readonly TimeRange[]): Record<Weekday, TimeRange[]> {
  const copy = () => ranges.map((r) => ({ ...r }))
  return { mon: copy(), tue: copy(), wed: copy(), thu: copy(), fri: copy(), sat: copy(), sun: copy() }
}

/** Open 24/7 in `timeZone` (every day 00:00–24:00; consecutive days touch and merge). */
export function alwaysOpen(timeZone = 'UTC'): Schedule {
  return { timeZone, weekly: sameEveryDay([{ start: '00:00', end: '24:00' }]), overrides: [] }
}

/** Never open. */
export function alwaysClosed(timeZone = 'UTC'): Schedule {
  return { timeZone, weekly: emptyWeek(), overrides: [] }
}

import type { Weekday } from '../schedule/types'
import { WEEKDAYS } from '../schedule/types'

/**
 * Groups weekdays (Monday first) into runs of consecutive days, so a warning reads "Lun–Vie" instead of
 * "Lun, Mar, Mié, Jue, Vie": [['mon','fri']], or [['sat','sat'], ['mon','mon']] for scattered days.
 */
export function weekdayRuns(days: readonly Weekday[]): [Weekday, Weekday][] {
  const sorted = [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b))
  const runs: [Weekday, Weekday][] = []
  for (const day of sorted) {
    const last = runs[runs.length - 1]
    if (last !== undefined && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last[1]) + 1) last[1] = day
    else runs.push([day, day])
  }
  return runs
}

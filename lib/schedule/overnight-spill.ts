// docs/behaviour.md §4 "Special dates": a range of the previous day that crosses midnight still runs until its end
// on a special date — closing a date does not cut last night's shift short. The editor says so on that date's row.
import { formatDate, formatMinutes, parseDate, parseTime, weekdayIndex } from './time'
import { WEEKDAYS, type Schedule, type TimeRange } from './types'

/**
 * When the previous day's hours cross midnight into `date`, the time ("06:00") they end on `date`; null otherwise.
 * The previous day's hours are its own special date's when it has one, else its weekday's. A range ending at
 * "00:00" ends exactly at midnight and does not run into `date`; malformed ranges are ignored.
 */
export function previousNightSpill(
  schedule: Pick<Schedule, 'weekly' | 'overrides'>,
  date: string,
): string | null {
  const days = parseDate(date)
  if (days === null) return null
  const previous = formatDate(days - 1)
  const special = schedule.overrides.find((o) => o.date === previous)
  const ranges: readonly TimeRange[] =
    special?.ranges ?? schedule.weekly[WEEKDAYS[weekdayIndex(days - 1)]!] ?? []
  let end: number | null = null
  for (const range of ranges) {
    const s = parseTime(range?.start)
    const e = parseTime(range?.end)
    if (s === null || e === null || e >= s || e === 0) continue
    end = Math.max(end ?? 0, e)
  }
  return end === null ? null : formatMinutes(end)
}

// docs/behaviour.md §4 "Special dates" / issue 11 item 9 — which public holidays the import offers: never a date
// before today (in the schedule's zone, given by the caller: lib never reads the clock), by default the next 12
// months, or the rest of a chosen year.
import { daysFromCivil, formatDate, parseDate } from '../schedule/time'
import type { HolidayPreview } from './countries'

/** The next 12 months from today (the default), or one calendar year. */
export type ImportPeriod = 'next12' | number

/** The last day of the 12 months that start `today` ("2026-11-28" → "2027-11-27"; 29 Feb → 28 Feb next year). */
export function twelveMonthsEnd(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number]
  // The same day next year (29 Feb rolls over to 1 Mar), minus one day.
  return formatDate(daysFromCivil(year + 1, month, day) - 1)
}

/** The calendar years whose holidays a period needs. */
export function periodYears(period: ImportPeriod, today: string): number[] {
  if (period !== 'next12') return [period]
  const year = Number(today.slice(0, 4))
  return today.slice(5) === '01-01' ? [year] : [year, year + 1]
}

/** The years the dialog offers besides "next 12 months": this year and the next two (earlier ones are all past). */
export function selectableYears(today: string): number[] {
  const year = Number(today.slice(0, 4))
  return [year, year + 1, year + 2]
}

/**
 * The holidays to offer for `period`: from `today` on (a past date is never offered, so never preselected), up to
 * the end of the period; one entry per date, by date. `holidays` may hold several years' lists.
 */
export function offeredHolidays(
  holidays: readonly HolidayPreview[],
  period: ImportPeriod,
  today: string,
): HolidayPreview[] {
  if (parseDate(today) === null) return []
  const last = period === 'next12' ? twelveMonthsEnd(today) : `${String(period).padStart(4, '0')}-12-31`
  const first = period === 'next12' ? today : `${String(period).padStart(4, '0')}-01-01`
  const byDate = new Map<string, HolidayPreview>()
  for (const holiday of holidays) {
    if (holiday.date < today || holiday.date < first || holiday.date > last) continue
    if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday)
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

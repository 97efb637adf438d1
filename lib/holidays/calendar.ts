// A country's public holidays (docs/behaviour.md §4 "Special dates"), from the `date-holidays` package. Used by the
// editor's import preview (server action) and the demo seed; the browser never loads it (the data is large): the
// dialog gets the list from the server action.
import Holidays from 'date-holidays'
import type { HolidayPreview } from './countries'

/**
 * Public holidays only (not observances, bank or optional holidays), one entry per date — two holidays on one date
 * become one entry with the names joined by " / " — sorted by date. `languages`: preferred name languages, first
 * match wins (default: the country's own language).
 */
export function publicHolidays(country: string, year: number, languages?: string[]): HolidayPreview[] {
  const calendar = languages ? new Holidays(country, { languages }) : new Holidays(country)
  return collectPublicHolidays(calendar.getHolidays(year) || [])
}

/** The rule of publicHolidays over date-holidays' raw list (dates as "YYYY-MM-DD hh:mm:ss" local to the country). */
export function collectPublicHolidays(
  holidays: readonly { date: string; name: string; type: string }[],
): HolidayPreview[] {
  const byDate = new Map<string, string>()
  for (const holiday of holidays) {
    if (holiday.type !== 'public') continue
    const date = holiday.date.slice(0, 10)
    const name = byDate.get(date)
    byDate.set(date, name ? `${name} / ${holiday.name}` : holiday.name)
  }
  return [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, name]) => ({ date, name }))
}

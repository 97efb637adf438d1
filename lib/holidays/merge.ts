// Adding imported holidays to a schedule's special dates (docs/behaviour.md §4 "Special dates").
import { MAX_LABEL_LENGTH } from '../schedule/limits'
import type { DateOverride } from '../schedule/types'
import type { HolidayPreview } from './countries'

/**
 * `current` plus each holiday as a date closed all day, labelled with its name (cut to the label limit). A date
 * already present keeps its own entry: an admin's special hours are never overwritten by an import. Sorted by date.
 */
export function mergeHolidays(
  current: readonly DateOverride[],
  holidays: readonly HolidayPreview[],
): { overrides: DateOverride[]; added: number } {
  const taken = new Set(current.map((o) => o.date))
  const added = holidays
    .filter((h) => !taken.has(h.date))
    .map((h) => ({ date: h.date, ranges: [], label: h.name.slice(0, MAX_LABEL_LENGTH) }))
  const overrides = [...current, ...added].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return { overrides, added: added.length }
}

// Special dates as the editor lists them (issue 11 item 10): upcoming dates by year, in date order, and past dates
// apart (collapsed on screen). Pure: `today` is the scope's local date, passed in.

export type OverrideGroups<T> = {
  /** Dates from today on, one group per year, years ascending, dates ascending inside each. */
  upcoming: { year: string; items: T[] }[]
  /** Dates before today, ascending. */
  past: T[]
}

/**
 * Groups items by their "YYYY-MM-DD" date. An item whose date is not a valid date yet (being typed) counts as upcoming
 * and sorts last in a group of its own key, so a row never disappears while it is edited.
 */
export function groupOverrides<T>(
  items: readonly T[],
  dateOf: (item: T) => string,
  today: string,
): OverrideGroups<T> {
  const valid = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d)
  const sorted = [...items].sort((a, b) => {
    const da = dateOf(a)
    const db = dateOf(b)
    if (valid(da) !== valid(db)) return valid(da) ? -1 : 1
    return da < db ? -1 : da > db ? 1 : 0
  })
  const past: T[] = []
  const upcoming: { year: string; items: T[] }[] = []
  for (const item of sorted) {
    const date = dateOf(item)
    if (valid(date) && date < today) {
      past.push(item)
      continue
    }
    const year = valid(date) ? date.slice(0, 4) : ''
    const last = upcoming.at(-1)
    if (last && last.year === year) last.items.push(item)
    else upcoming.push({ year, items: [item] })
  }
  return { upcoming, past }
}

// Range helpers the weekly editor uses (docs/behaviour.md §4 "Ranges"). Times go through time.ts's parseTime /
// formatMinutes, the same parser the schema and the engine use, so the editor can never call "overnight" a range
// the schema rejects.
import { formatMinutes, MINUTES_PER_DAY, parseTime } from './time'
import type { TimeRange } from './types'

/** A sensible next range for a day: an hour after the last one ends (3 h long, up to 24:00), else 09:00–18:00. */
export function nextRange(existing: readonly TimeRange[]): TimeRange {
  if (existing.length === 0) return { start: '09:00', end: '18:00' }
  const ends = existing.map((r) => {
    const s = parseTime(r.start)
    const e = parseTime(r.end, true)
    // Malformed and overnight ranges count as running to the end of the day.
    return s === null || e === null || e <= s ? MINUTES_PER_DAY : e
  })
  const last = Math.max(...ends)
  if (last + 60 <= 22 * 60) {
    const start = last + 60
    return { start: formatMinutes(start), end: formatMinutes(Math.min(start + 180, MINUTES_PER_DAY)) }
  }
  return { start: '06:00', end: '07:00' }
}

/** True when a valid range crosses midnight (end < start; "24:00" is the same day's end). */
export function isOvernight(range: { start?: unknown; end?: unknown } | undefined): boolean {
  if (!range) return false
  const s = parseTime(range.start)
  const e = parseTime(range.end)
  return s !== null && e !== null && e < s
}

export function cloneRanges(ranges: readonly TimeRange[] | undefined): TimeRange[] {
  return (ranges ?? []).map((r) => ({ start: r.start, end: r.end }))
}

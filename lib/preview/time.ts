// The preview's URL parameters (docs/behaviour.md §4): a moment is entered as a date + time in the scope's zone and
// resolved with the schedule engine's own rule (skipped wall time → the instant the clocks jump; repeated → first).
// Every conversion is lib/schedule's (time.ts, zone.ts); this file only adds the parameters' own limits.
import {
  formatLocalDate,
  formatMinutes,
  parseLocalDate as parseDate,
  parseTime,
  type LocalDate,
} from '../schedule/time'
import { localTime, wallToInstant } from '../schedule/zone'

const AT_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/
/** Years the preview accepts in its URL: far enough either way, and never the two-digit-year range. */
const MIN_YEAR = 1971
const MAX_YEAR = 2200

/** "YYYY-MM-DD" → a real calendar date within the preview's years (1971–2200), else null. */
export function parseLocalDate(value: string | null | undefined): LocalDate | null {
  const date = parseDate(value)
  return date === null || date.year < MIN_YEAR || date.year > MAX_YEAR ? null : date
}

/** The wall-clock date ("YYYY-MM-DD") and time ("HH:MM") of an instant in `timeZone`. */
export function instantToWall(at: Date | number, timeZone: string): { date: string; time: string } {
  const l = localTime(typeof at === 'number' ? at : at.getTime(), timeZone)
  return { date: formatLocalDate(l), time: formatMinutes(l.hour * 60 + l.minute) }
}

/** `at` search param ("YYYY-MM-DDTHH:MM", wall clock in the scope zone) → instant, or null when absent/invalid. */
export function parseAtParam(value: string | null | undefined, timeZone: string): Date | null {
  if (!value) return null
  const m = AT_RE.exec(value)
  if (!m) return null
  const date = parseLocalDate(m[1])
  const minutes = parseTime(m[2])
  if (date === null || minutes === null) return null
  return new Date(wallToInstant(date, minutes, timeZone))
}

/** The `at` search param for an instant, in the scope zone. */
export function formatAtParam(at: Date | number, timeZone: string): string {
  const { date, time } = instantToWall(at, timeZone)
  return `${date}T${time}`
}

/** `agents` search param → a what-if number of agents online (0–999), or null for "live". */
export function parseAgentsParam(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^\d{1,3}$/.test(value)) return null
  return Number(value)
}

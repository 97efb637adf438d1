// Wall-clock helpers for the preview (docs/behaviour.md §4): a moment is entered as a date + time in the scope's zone and
// resolved with the schedule engine's own rule (skipped wall time → the instant the clocks jump; repeated → first).
import { getZone, resolveWall } from '../schedule/zone'
import { addDays, dayStart, formatDate, formatHm, localTime, type LocalDate } from '../routing/zone'

export type { LocalDate }

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/
const AT_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/

/** "YYYY-MM-DD" → a valid calendar date, else null. */
export function parseLocalDate(value: string | null | undefined): LocalDate | null {
  if (!value) return null
  const m = DATE_RE.exec(value)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (year < 1971 || year > 2200 || month < 1 || month > 12 || day < 1) return null
  const check = new Date(Date.UTC(year, month - 1, day))
  if (check.getUTCMonth() !== month - 1) return null
  return { year, month, day }
}

/** "HH:MM" (00:00–23:59) → minutes since midnight, else null. */
export function parseLocalTime(value: string | null | undefined): number | null {
  if (!value) return null
  const m = TIME_RE.exec(value)
  if (!m) return null
  return Number(m[1]) * 60 + Number(m[2])
}

/** The instant a wall-clock date + time in `timeZone` refers to (docs/behaviour.md §4 resolution rules). */
export function wallToInstant(date: LocalDate, minutes: number, timeZone: string): Date {
  const local = Date.UTC(date.year, date.month - 1, date.day) + minutes * 60_000
  return new Date(resolveWall(getZone(timeZone), local))
}

/** The wall-clock date ("YYYY-MM-DD") and time ("HH:MM") of an instant in `timeZone`. */
export function instantToWall(at: Date | number, timeZone: string): { date: string; time: string } {
  const l = localTime(typeof at === 'number' ? at : at.getTime(), timeZone)
  return { date: formatDate(l), time: formatHm(l.hour, l.minute) }
}

/** Today's local date in `timeZone` at instant `at`. */
export function localDateOf(at: Date | number, timeZone: string): LocalDate {
  const l = localTime(typeof at === 'number' ? at : at.getTime(), timeZone)
  return { year: l.year, month: l.month, day: l.day }
}

/** `at` search param ("YYYY-MM-DDTHH:MM", wall clock in the scope zone) → instant, or null when absent/invalid. */
export function parseAtParam(value: string | null | undefined, timeZone: string): Date | null {
  if (!value) return null
  const m = AT_RE.exec(value)
  if (!m) return null
  const date = parseLocalDate(m[1])
  const minutes = parseLocalTime(m[2])
  if (date === null || minutes === null) return null
  return wallToInstant(date, minutes, timeZone)
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

export { addDays, dayStart, formatDate }

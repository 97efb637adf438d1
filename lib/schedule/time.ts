// docs/behaviour.md §4 — wall-clock helpers shared by the engine, the schema and the UI. Pure arithmetic: no Date, no Intl.

export const MINUTE_MS = 60_000
export const DAY_MS = 86_400_000
export const MINUTES_PER_DAY = 1440

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

/** "HH:MM" (00:00..23:59) → minutes since midnight; with `allow24`, "24:00" → 1440. null when malformed. */
export function parseTime(value: unknown, allow24 = false): number | null {
  if (typeof value !== 'string') return null
  if (allow24 && value === '24:00') return MINUTES_PER_DAY
  const m = TIME_RE.exec(value)
  if (m === null) return null
  return Number(m[1]) * 60 + Number(m[2])
}

/**
 * "HH:MM" → HH × 60 + MM with no range check ("25:00" → 1500); null unless two digits, a colon, two digits. For
 * the storage layer only: it leaves the range to the database's own CHECK constraints, so a bad value that slipped
 * past validation fails the whole transaction there instead of being silently "corrected" here.
 */
export function parseClockDigits(value: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(value)
  return m === null ? null : Number(m[1]) * 60 + Number(m[2])
}

/** Minutes since midnight (0..1440) → "HH:MM" ("24:00" for 1440). */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian civil date (H. Hinnant's days_from_civil). Pure arithmetic so
 * that it never depends on the process time zone nor on Date.UTC's two-digit-year quirk.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Inverse of daysFromCivil. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day }
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** "YYYY-MM-DD" (a real calendar date) → days since 1970-01-01; null when malformed or not a real date. */
export function parseDate(value: unknown): number | null {
  if (typeof value !== 'string') return null
  const m = DATE_RE.exec(value)
  if (m === null) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  return daysFromCivil(year, month, day)
}

/** Days since 1970-01-01 → "YYYY-MM-DD". */
export function formatDate(days: number): string {
  const { year, month, day } = civilFromDays(days)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Weekday index of a day number, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayIndex(days: number): number {
  return (((days + 3) % 7) + 7) % 7
}

/** A calendar date on some zone's wall clock (which zone is the caller's context). */
export type LocalDate = { year: number; month: number; day: number }

export function localDateFromDays(days: number): LocalDate {
  return civilFromDays(days)
}

export function daysOfLocalDate(date: LocalDate): number {
  return daysFromCivil(date.year, date.month, date.day)
}

/** `date` moved by `days` calendar days (negative = back). */
export function addDays(date: LocalDate, days: number): LocalDate {
  return civilFromDays(daysOfLocalDate(date) + days)
}

/** LocalDate → "YYYY-MM-DD". */
export function formatLocalDate(date: LocalDate): string {
  return formatDate(daysOfLocalDate(date))
}

/** "YYYY-MM-DD" (a real calendar date) → LocalDate; null when malformed or not a real date. */
export function parseLocalDate(value: unknown): LocalDate | null {
  const days = parseDate(value)
  return days === null ? null : civilFromDays(days)
}

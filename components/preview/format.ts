// Locale + zone aware formatting for the preview. Always an explicit time zone, so the server render and the
// browser agree (hydration) whatever the process or browser zone is.
import { localDateOf } from '@/lib/schedule/zone'

type Cache = Map<string, Intl.DateTimeFormat>
const cache: Cache = new Map()

function dtf(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, ...options })
    cache.set(key, f)
  }
  return f
}

export function formatTime(ms: number, locale: string, timeZone: string): string {
  return dtf(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(ms)
}

/** "lun 23 nov" */
export function formatDay(ms: number, locale: string, timeZone: string): string {
  return dtf(locale, timeZone, { weekday: 'short', day: 'numeric', month: 'short' }).format(ms)
}

/** "lunes, 23 de noviembre de 2026" */
export function formatLongDate(ms: number, locale: string, timeZone: string): string {
  return dtf(locale, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(ms)
}

/** "lun 23 nov, 18:00" */
export function formatDayTime(ms: number, locale: string, timeZone: string): string {
  return `${formatDay(ms, locale, timeZone)}, ${formatTime(ms, locale, timeZone)}`
}

/** Which relative day an instant falls on, compared with `now`, in `timeZone`. */
export function relativeDay(
  ms: number,
  now: number,
  timeZone: string,
): 'today' | 'tomorrow' | 'yesterday' | 'other' {
  const a = localDateOf(ms, timeZone)
  const b = localDateOf(now, timeZone)
  const diff = Math.round(
    (Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000,
  )
  return diff === 0 ? 'today' : diff === 1 ? 'tomorrow' : diff === -1 ? 'yesterday' : 'other'
}

/** Short GMT offset of a zone at an instant: "GMT-5". */
export function zoneOffset(ms: number, locale: string, timeZone: string): string {
  const parts = dtf(locale, timeZone, { timeZoneName: 'shortOffset' }).formatToParts(ms)
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? ''
}

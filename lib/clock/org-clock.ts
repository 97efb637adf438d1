// Issue 11.4 — one clock: every time on screen is shown in the organization's time zone, and labelled with that
// zone when the viewer's browser is in another one ("22:38 (hora estándar de Colombia, GMT-5)"). The server formats the
// text (so the first paint is already right and the browser never re-formats it differently); the browser only
// decides whether the zone label is needed, since only it knows its own zone.
import { zoneName } from './zone-name'

export type ClockStyle = 'dateTime' | 'longDateTime' | 'date' | 'time'

// One clock in every language: the 24-hour one, as the editor's HH:MM fields and the preview use ("en" would
// otherwise mix "2:30 PM" here with "14:30" there).
const OPTIONS: Record<ClockStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' },
  longDateTime: { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' },
  date: { dateStyle: 'medium' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone })
    formatters.set(key, f)
  }
  return f
}

/** `at` as wall-clock text in `timeZone` (the organization's), in the viewer's language. */
export function formatInZone(at: Date | number, locale: string, timeZone: string, style: ClockStyle): string {
  return formatter(locale, timeZone, OPTIONS[style]).format(at)
}

/** How the zone is named next to a time: "hora estándar de Colombia, GMT-5" / "Colombia Standard Time, GMT-5" (at
 * `at`, for DST); localized in the browser too (lib/clock/zone-name.ts). */
export function zoneLabel(at: Date | number, locale: string, timeZone: string): string {
  const offset =
    formatter(locale, timeZone, { timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? ''
  const name = zoneName(timeZone, locale, at)
  // Zones without a name of their own come back as their offset: say it once.
  return /^(GMT|UTC)/.test(name) ? offset || name : offset ? `${name}, ${offset}` : name
}

function canonical(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone
  } catch {
    return timeZone
  }
}

/** Whether a viewer whose browser is in `viewerZone` needs the zone label (aliases such as Asia/Calcutta count as
 * the same zone; unknown viewer zone = no label, as in the server render). */
export function needsZoneLabel(orgZone: string, viewerZone: string | null): boolean {
  return !!viewerZone && canonical(viewerZone) !== canonical(orgZone)
}

// Issue 14 — effective hours: a scope's business hours and its assistant's hours as concrete intervals over a range
// of local dates, after special dates, DST-exact (the counterpart of Amazon Connect's
// GetEffectiveHoursOfOperations). Pure: built on lib/schedule's openIntervals and zone tables.
import { openIntervals } from '../schedule/engine'
import { DAY_MS, formatDate, parseDate } from '../schedule/time'
import { getZone, offsetAt, resolveWall } from '../schedule/zone'
import type { RoutingConfig } from '../routing/types'

export const MAX_EFFECTIVE_HOURS_DAYS = 92

export type EffectiveInterval = {
  /** UTC instants, half-open [start, end). */
  start: string
  end: string
  /** The same instants on the scope's wall clock, "YYYY-MM-DDTHH:mm" (an interval ending at midnight ends at 00:00 of the next day). */
  localStart: string
  localEnd: string
}

export type EffectiveHours = {
  timeZone: string
  from: string
  to: string
  business: EffectiveInterval[]
  /** null when the scope has no assistant; [] when it is switched off. */
  assistant: EffectiveInterval[] | null
}

export type DateRangeError = 'invalid_from' | 'invalid_to' | 'to_before_from' | 'range_too_long'

/** Validates a from/to pair of local dates ("YYYY-MM-DD", both inclusive, at most 92 days). */
export function checkDateRange(from: string, to: string): DateRangeError | null {
  const a = parseDate(from)
  const b = parseDate(to)
  if (a === null) return 'invalid_from'
  if (b === null) return 'invalid_to'
  if (b < a) return 'to_before_from'
  if (b - a + 1 > MAX_EFFECTIVE_HOURS_DAYS) return 'range_too_long'
  return null
}

function localIso(zoneName: string, ms: number): string {
  const zone = getZone(zoneName)
  const local = ms + offsetAt(zone, ms)
  const days = Math.floor(local / DAY_MS)
  const minutes = Math.floor((local - days * DAY_MS) / 60_000)
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0')
  const mm = String(minutes % 60).padStart(2, '0')
  return `${formatDate(days)}T${hh}:${mm}`
}

/** Throws RangeError when the dates are invalid (call checkDateRange first). */
export function effectiveHours(config: RoutingConfig, from: string, to: string): EffectiveHours {
  const error = checkDateRange(from, to)
  if (error) throw new RangeError(`effectiveHours: ${error}`)
  const timeZone = config.business.timeZone
  const zone = getZone(timeZone)
  // From the first instant of `from` to the first instant of the day after `to`, on the scope's wall clock.
  const start = new Date(resolveWall(zone, parseDate(from)! * DAY_MS))
  const end = new Date(resolveWall(zone, (parseDate(to)! + 1) * DAY_MS))
  const toIntervals = (list: { start: Date; end: Date }[]): EffectiveInterval[] =>
    list.map((interval) => ({
      start: interval.start.toISOString(),
      end: interval.end.toISOString(),
      localStart: localIso(timeZone, interval.start.getTime()),
      localEnd: localIso(timeZone, interval.end.getTime()),
    }))
  const assistant = config.assistant
  return {
    timeZone,
    from,
    to,
    business: toIntervals(openIntervals(config.business, start, end)),
    assistant:
      assistant === null
        ? null
        : !assistant.active
          ? []
          : toIntervals(
              assistant.schedule === null ? [{ start, end }] : openIntervals(assistant.schedule, start, end),
            ),
  }
}

// The wall clock of an instant in a zone, through the schedule engine's own offset tables (lib/schedule/zone), so
// the message names days and times exactly as the engine evaluates them.
import { civilFromDays, DAY_MS, MINUTE_MS, weekdayIndex } from '../schedule/time'
import { getZone, offsetAt } from '../schedule/zone'
import type { WallDay } from './phrases'

export type WallClock = WallDay & {
  /** Days since 1970-01-01 of the local date. */
  dayNumber: number
  /** Minutes since local midnight (0..1439). */
  minutes: number
}

export function wallClock(at: Date | number, timeZone: string): WallClock {
  const ms = typeof at === 'number' ? at : at.getTime()
  const local = ms + offsetAt(getZone(timeZone), ms)
  const dayNumber = Math.floor(local / DAY_MS)
  const minutes = Math.floor((local - dayNumber * DAY_MS) / MINUTE_MS)
  return { ...civilFromDays(dayNumber), weekday: weekdayIndex(dayNumber), dayNumber, minutes }
}

export function wallDay(dayNumber: number): WallDay {
  return { ...civilFromDays(dayNumber), weekday: weekdayIndex(dayNumber) }
}

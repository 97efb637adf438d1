// docs/behaviour.md §4 — local dates and wall-clock times outside the engine (preview, coverage warnings) now go
// through lib/schedule/zone.ts. Until issue 13 they had their own copy (lib/routing/zone.ts) that asked Intl per
// instant and found a day's start by bisection. These tests pin which behaviour was kept and that it agrees.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, formatLocalDate, parseLocalDate } from './time'
import { dayStart, localDateOf, localTime, wallToInstant } from './zone'
import { TEST_ZONES } from './test-arbitraries'

const HOUR_MS = 3_600_000

/** The removed implementation's wall clock: Intl's reading of `ms` in `timeZone` (the independent reference). */
function intlWall(ms: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(ms))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

/** The removed implementation's dayStart: bisect the offset change around local midnight, via Intl. */
function bisectedDayStart(date: { year: number; month: number; day: number }, timeZone: string): number {
  const offsetAt = (ms: number) => {
    const l = intlWall(ms, timeZone)
    const s = new Date(ms).getUTCSeconds()
    return Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute, s) - Math.floor(ms / 1000) * 1000
  }
  const wall = Date.UTC(date.year, date.month - 1, date.day)
  const lo = wall - 15 * HOUR_MS
  const hi = wall + 13 * HOUR_MS
  const early = offsetAt(lo)
  const late = offsetAt(hi)
  if (early === late) return wall - early
  let a = lo
  let b = hi
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2)
    if (offsetAt(mid) === early) a = mid
    else b = mid
  }
  const beforeTransition = wall - early
  if (beforeTransition < b) return beforeTransition
  return Math.max(b, wall - late)
}

describe('§4 local dates through lib/schedule/zone.ts', () => {
  it('§4 Santiago: the day DST starts at midnight begins at 01:00 (00:00 does not exist); the day before is 24 h', () => {
    const sunday = { year: 2024, month: 9, day: 8 }
    const start = dayStart(sunday, 'America/Santiago')
    expect(new Date(start).toISOString()).toBe('2024-09-08T04:00:00.000Z')
    expect(localTime(start, 'America/Santiago')).toMatchObject({ day: 8, hour: 1, minute: 0 })
    expect(start - dayStart(addDays(sunday, -1), 'America/Santiago')).toBe(24 * HOUR_MS)
    // 09:00 on that Sunday is still 09:00 (each wall time resolved on its own date).
    expect(localTime(wallToInstant(sunday, 9 * 60, 'America/Santiago'), 'America/Santiago')).toMatchObject({
      hour: 9,
      minute: 0,
    })
  })

  it('§4 kept: the engine rule (resolveWall) for day starts — equal to the removed bisection for every zone and date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEST_ZONES), fc.integer({ min: 0, max: 365 * 60 }), (zone, offset) => {
        const date = addDays({ year: 1990, month: 1, day: 1 }, offset)
        expect(dayStart(date, zone)).toBe(bisectedDayStart(date, zone))
      }),
      { numRuns: 300 },
    )
  })

  it('§4 the wall clock of an instant matches Intl (the removed implementation asked Intl directly)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TEST_ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2050, 0, 1) }),
        (zone, ms) => {
          const { year, month, day, hour, minute } = localTime(ms, zone)
          expect({ year, month, day, hour, minute }).toEqual(intlWall(ms, zone))
          expect(localDateOf(ms, zone)).toEqual({ year, month, day })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('kept: calendar arithmetic without Date.UTC, so years 0–99 are not read as 1900–1999 (the removed addDays did)', () => {
    expect(formatLocalDate(addDays({ year: 50, month: 12, day: 31 }, 1))).toBe('0051-01-01')
    expect(formatLocalDate(addDays({ year: 2024, month: 3, day: 1 }, -1))).toBe('2024-02-29')
    expect(parseLocalDate('2023-02-29')).toBeNull()
    expect(parseLocalDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
  })
})

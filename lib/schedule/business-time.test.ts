// docs/behaviour.md §4.1 — business time, against a brute-force count minute by minute (isOpen of every minute) on
// random schedules around DST transitions, and the round trip add(at, diff(at, t)) = t for open t.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addBusinessMillis,
  BUSINESS_TIME_HORIZON_DAYS,
  BUSINESS_TIME_HORIZON_MS,
  businessMillisBetween,
} from './business-time'
import { alwaysClosed, alwaysOpen, emptyWeek, sameEveryDay } from './constructors'
import { isOpen } from './engine'
import { quarterHourRangeArb } from './test-arbitraries'
import type { Schedule, TimeRange, Weekday } from './types'
import { WEEKDAYS } from './types'

const MIN = 60_000
const DAY = 86_400_000
const H = 60 * MIN

const ZONES = [
  'America/Santiago', // DST at local midnight
  'Europe/Madrid',
  'America/New_York',
  'Australia/Lord_Howe', // 30-minute DST
  'Pacific/Chatham', // 45-minute offsets
  'UTC',
] as const

// The days of 2026 on which each zone's UTC offset changes (a daily Intl scan), as UTC day numbers.
const offsetFormat = new Map<string, Intl.DateTimeFormat>()
function offsetName(zone: string, ms: number): string {
  let f = offsetFormat.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    offsetFormat.set(zone, f)
  }
  return f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')!.value
}
const transitionDays = new Map<string, number[]>()
function transitionsOf(zone: string): number[] {
  const hit = transitionDays.get(zone)
  if (hit) return hit
  const days = [Date.UTC(2026, 5, 15) / DAY] // an ordinary day too (and the only one for UTC)
  const first = Date.UTC(2026, 0, 1) / DAY
  for (let day = first + 1; day < first + 365; day++) {
    if (offsetName(zone, day * DAY) !== offsetName(zone, (day - 1) * DAY)) days.push(day - 1)
  }
  transitionDays.set(zone, days)
  return days
}

const dayArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant([] as TimeRange[]) },
  { weight: 3, arbitrary: fc.array(quarterHourRangeArb, { maxLength: 3 }) },
)
const weeklyArb = fc.record(
  Object.fromEntries(WEEKDAYS.map((d) => [d, dayArb])) as Record<Weekday, typeof dayArb>,
)

/** A random schedule in a DST zone, special dates near a transition, and a window of whole minutes around it. */
const caseArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    weekly: weeklyArb,
    pick: fc.nat(),
    overrideDays: fc.array(
      fc.record({
        delta: fc.integer({ min: -2, max: 2 }),
        ranges: fc.array(quarterHourRangeArb, { maxLength: 2 }),
      }),
      { maxLength: 2 },
    ),
    // Minutes from (transition day − 1) to `from`, and the length of the window; both within 3 days in all.
    startMinute: fc.integer({ min: 0, max: 2 * 1440 }),
    lengthMinutes: fc.integer({ min: 0, max: 1440 }),
  })
  .map(({ zone, weekly, pick, overrideDays, startMinute, lengthMinutes }) => {
    const list = transitionsOf(zone)
    const day = list[pick % list.length]!
    const seen = new Set<string>()
    const overrides = overrideDays
      .map(({ delta, ranges }) => ({
        date: new Date((day + delta) * DAY).toISOString().slice(0, 10),
        ranges,
      }))
      .filter((o) => !seen.has(o.date) && seen.add(o.date))
    const schedule: Schedule = { timeZone: zone, weekly, overrides }
    const from = (day - 1) * DAY + startMinute * MIN
    return { schedule, from, to: from + lengthMinutes * MIN }
  })

/** The brute force: open minutes in [from, to), by isOpen of each minute (boundaries are on whole minutes). */
function bruteMinutes(schedule: Schedule, from: number, to: number): number {
  let count = 0
  for (let m = from; m < to; m += MIN) if (isOpen(schedule, new Date(m))) count++
  return count
}

/** The brute force of add: the first open minute t ≥ at with n open minutes in [at, t); null if not by `limit`. */
function bruteAdd(schedule: Schedule, at: number, n: number, limit: number): number | null {
  let count = 0
  for (let m = at; m < limit; m += MIN) {
    const open = isOpen(schedule, new Date(m))
    if (open && count === n) return m
    if (open) count++
  }
  return null
}

describe('§4.1 business time vs a minute-by-minute count, DST days included', () => {
  it('§4.1 businessMillisBetween equals the open minutes of [from, to), and minus that when swapped', () => {
    fc.assert(
      fc.property(caseArb, ({ schedule, from, to }) => {
        const expected = bruteMinutes(schedule, from, to) * MIN
        expect(businessMillisBetween(schedule, new Date(from), new Date(to))).toBe(expected)
        expect(businessMillisBetween(schedule, new Date(to), new Date(from))).toBe(0 - expected)
      }),
      { numRuns: 150 },
    )
  })

  it('§4.1 addBusinessMillis equals the brute-force walk (closed starts and closings included)', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 900 }), ({ schedule, from, to }, n) => {
        // Search only up to the window's end, where the brute force stops too.
        const limit = to + 1440 * MIN
        const result = addBusinessMillis(schedule, new Date(from), n * MIN, new Date(limit))
        expect(result?.getTime() ?? null).toBe(bruteAdd(schedule, from, n, limit))
      }),
      { numRuns: 150 },
    )
  })

  it('§4.1 time that runs out exactly at a closing gives the next opening, as the brute-force walk does', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ schedule, from, to }, pick) => {
        // The open minutes before each closing in [from, to): amounts that end exactly at a closing.
        const amounts: number[] = []
        let count = 0
        for (let m = from; m < to; m += MIN) {
          const open = isOpen(schedule, new Date(m))
          if (!open && count > 0 && isOpen(schedule, new Date(m - MIN))) amounts.push(count)
          if (open) count++
        }
        fc.pre(amounts.length > 0)
        const n = amounts[pick % amounts.length]!
        const limit = to + 1440 * MIN
        const result = addBusinessMillis(schedule, new Date(from), n * MIN, new Date(limit))
        expect(result?.getTime() ?? null).toBe(bruteAdd(schedule, from, n, limit))
      }),
      { numRuns: 150 },
    )
  })

  it('§4.1 add(at, diff(at, t)) = t for every t inside business hours', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 59_999 }), ({ schedule, from, to }, ms) => {
        const t = to + (to > from ? -ms : ms) // also off the minute grid
        fc.pre(isOpen(schedule, new Date(t)))
        const at = new Date(Math.min(from, t))
        const diff = businessMillisBetween(schedule, at, new Date(t))
        expect(addBusinessMillis(schedule, at, diff)?.getTime()).toBe(t)
      }),
      { numRuns: 200 },
    )
  })
})

const weekdays9to17 = (): Schedule => ({
  timeZone: 'Europe/Madrid',
  weekly: { ...sameEveryDay([{ start: '09:00', end: '17:00' }]), sat: [], sun: [] },
  overrides: [],
})
/** A wall time in Madrid in winter 2026 (+01:00). */
const madrid = (iso: string) => new Date(`${iso}+01:00`)

describe('§4.1 business time — cases', () => {
  it('counts only the open part of each day, and is antisymmetric', () => {
    const s = weekdays9to17()
    // Friday 2026-11-27 16:00 → Monday 2026-11-30 10:00: 1 h on Friday + 1 h on Monday.
    expect(businessMillisBetween(s, madrid('2026-11-27T16:00'), madrid('2026-11-30T10:00'))).toBe(2 * H)
    expect(businessMillisBetween(s, madrid('2026-11-30T10:00'), madrid('2026-11-27T16:00'))).toBe(-2 * H)
    expect(businessMillisBetween(s, madrid('2026-11-28T10:00'), madrid('2026-11-28T12:00'))).toBe(0)
  })

  it('adds across closed nights and weekends; a closed start counts from the next opening', () => {
    const s = weekdays9to17()
    expect(addBusinessMillis(s, madrid('2026-11-27T16:00'), 2 * H)).toEqual(madrid('2026-11-30T10:00'))
    expect(addBusinessMillis(s, madrid('2026-11-28T12:00'), 30 * MIN)).toEqual(madrid('2026-11-30T09:30'))
  })

  it('minutes = 0 is `at` when open, else the next opening; time running out at closing gives the next opening', () => {
    const s = weekdays9to17()
    expect(addBusinessMillis(s, madrid('2026-11-30T11:00'), 0)).toEqual(madrid('2026-11-30T11:00'))
    expect(addBusinessMillis(s, madrid('2026-11-30T17:00'), 0)).toEqual(madrid('2026-12-01T09:00'))
    expect(addBusinessMillis(s, madrid('2026-11-30T09:00'), 8 * H)).toEqual(madrid('2026-12-01T09:00'))
    expect(addBusinessMillis(s, madrid('2026-11-30T09:00'), 8 * H - 1)).toEqual(
      new Date(madrid('2026-11-30T17:00').getTime() - 1),
    )
  })

  it('special dates: a closed day is skipped, a day with other hours counts those', () => {
    const s: Schedule = {
      ...weekdays9to17(),
      overrides: [
        { date: '2026-12-08', ranges: [] }, // Tuesday, closed
        { date: '2026-12-09', ranges: [{ start: '10:00', end: '12:00' }] },
      ],
    }
    expect(businessMillisBetween(s, madrid('2026-12-07T00:00'), madrid('2026-12-10T00:00'))).toBe(10 * H)
    expect(addBusinessMillis(s, madrid('2026-12-07T16:00'), 2 * H)).toEqual(madrid('2026-12-09T11:00'))
    expect(addBusinessMillis(s, madrid('2026-12-07T16:00'), 3 * H)).toEqual(madrid('2026-12-10T09:00'))
  })

  it('overnight ranges count across midnight', () => {
    const s: Schedule = {
      timeZone: 'UTC',
      weekly: { ...emptyWeek(), fri: [{ start: '22:00', end: '06:00' }] },
      overrides: [],
    }
    const fri = Date.UTC(2026, 10, 27) // a Friday
    expect(businessMillisBetween(s, new Date(fri), new Date(fri + 7 * DAY))).toBe(8 * H)
    expect(addBusinessMillis(s, new Date(fri), 5 * H)).toEqual(new Date(fri + DAY + 3 * H))
  })

  it('24/7 is wall time; the spring-forward day has 23 hours', () => {
    const s = alwaysOpen('Europe/Madrid')
    const a = new Date('2026-03-29T00:00:00+01:00')
    const b = new Date('2026-03-30T00:00:00+02:00')
    expect(businessMillisBetween(s, a, b)).toBe(23 * H)
    expect(addBusinessMillis(s, a, 90 * MIN)).toEqual(new Date(a.getTime() + 90 * MIN))
  })

  it('a never-open schedule has no business time and add is null', () => {
    const s = alwaysClosed('America/Santiago')
    const at = new Date('2026-04-04T12:00:00Z')
    expect(businessMillisBetween(s, at, new Date(at.getTime() + 30 * DAY))).toBe(0)
    expect(addBusinessMillis(s, at, 0)).toBeNull()
    expect(addBusinessMillis(s, at, MIN)).toBeNull()
  })

  it('add is null when the time is not used up within the horizon or by searchUntil', () => {
    const s: Schedule = {
      timeZone: 'UTC',
      weekly: emptyWeek(),
      overrides: [{ date: '2026-12-01', ranges: [{ start: '09:00', end: '10:00' }] }],
    }
    const at = new Date('2026-11-01T00:00:00Z')
    expect(addBusinessMillis(s, at, 30 * MIN)).toEqual(new Date('2026-12-01T09:30:00Z'))
    expect(addBusinessMillis(s, at, H)).toBeNull() // runs out at the closing, and it never opens again
    expect(addBusinessMillis(s, at, 30 * MIN, new Date('2026-12-01T09:00:00Z'))).toBeNull()
    const beforeHorizon = new Date(Date.UTC(2026, 11, 1, 9) - BUSINESS_TIME_HORIZON_MS - 1)
    expect(addBusinessMillis(s, beforeHorizon, 0)).toBeNull()
  })

  it('rejects spans past the horizon, negative amounts and invalid dates', () => {
    const s = alwaysOpen()
    const a = new Date('2026-01-01T00:00:00Z')
    const far = new Date(a.getTime() + BUSINESS_TIME_HORIZON_MS)
    expect(businessMillisBetween(s, a, far)).toBe(BUSINESS_TIME_HORIZON_DAYS * DAY)
    expect(() => businessMillisBetween(s, a, new Date(far.getTime() + 1))).toThrow(RangeError)
    expect(() => businessMillisBetween(s, new Date(NaN), a)).toThrow(RangeError)
    expect(() => addBusinessMillis(s, a, -1)).toThrow(RangeError)
    expect(() => addBusinessMillis(s, a, Infinity)).toThrow(RangeError)
  })
})

// docs/behaviour.md §4 — the day table behind isOpen and nextChange (engine.ts): per UTC day, the state at the day's start and
// its first flips. Checked against the chunk scan it is filled from (and falls back to) and against the general
// path: busy days (more flips than a slot holds), UTC day edges (where the hot path's multiply-and-truncate guess
// of the day can be off), instants before 1970 and at the ends of the Date range, slot collisions, and the
// freshness of the returned Dates.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunksForTests as chunks, generalPathForTests as general } from './engine'
import {
  emptyWeek,
  isOpen,
  nextChange,
  openIntervals,
  sameEveryDay,
  type Schedule,
  type TimeRange,
} from './index'
import { WEEKDAYS } from './types'
import { quarterHourRangeArb, TEST_ZONES } from './test-arbitraries'

const DAY = 86_400_000
const HOUR = 3_600_000
const D = (s: string) => new Date(s)
const { MAX_FLIPS, TABLE_DAYS } = chunks

/** Fast path = chunk scan = general path, for isOpen and nextChange at `ms`. */
function expectConsistent(schedule: Schedule, ms: number) {
  const at = new Date(ms)
  const open = isOpen(schedule, at)
  expect(open).toBe(chunks.isOpenByChunk(schedule, at))
  expect(open).toBe(general.isOpen(schedule, at))
  const next = nextChange(schedule, at)
  expect(next).toEqual(chunks.nextChangeByChunk(schedule, at))
  expect(next).toEqual(general.nextChange(schedule, at))
}

/** A day with `n` one-hour ranges, every other hour from 01:00: 2n flips. */
const hourly = (n: number): TimeRange[] =>
  Array.from({ length: n }, (_, i) => ({
    start: `${String(1 + 2 * i).padStart(2, '0')}:00`,
    end: `${String(2 + 2 * i).padStart(2, '0')}:00`,
  }))

describe('§4 day table', () => {
  it('§4 a day with more flips than a slot holds is answered by the chunk scan, right at every flip', () => {
    // UTC, so UTC days are local days: 4 ranges = 8 flips (busy), 3 ranges = 6 flips (fits exactly).
    expect(2 * 4).toBeGreaterThan(MAX_FLIPS)
    expect(2 * 3).toBeLessThanOrEqual(MAX_FLIPS)
    const s: Schedule = {
      timeZone: 'UTC',
      weekly: { ...emptyWeek(), mon: hourly(4), tue: hourly(3) },
      overrides: [],
    }
    for (const date of ['2026-03-02', '2026-03-03']) {
      const dayStart = Date.parse(`${date}T00:00Z`)
      for (let h = 0; h <= 24; h++) {
        for (const delta of [-1, 0, 1]) expectConsistent(s, dayStart + h * HOUR + delta)
      }
    }
    expect(isOpen(s, D('2026-03-02T07:30Z'))).toBe(true) // Monday's 4th range
    expect(nextChange(s, D('2026-03-02T07:30Z'))).toEqual(D('2026-03-02T08:00Z'))
    expect(nextChange(s, D('2026-03-02T08:00Z'))).toEqual(D('2026-03-03T01:00Z'))
    expect(nextChange(s, D('2026-03-03T06:00Z'))).toEqual(D('2026-03-09T01:00Z')) // after Tuesday's 6th flip
  })

  it('§4 instants at and next to UTC day edges, before 1970 and near the ends of the Date range', () => {
    const s: Schedule = {
      timeZone: 'UTC',
      // A flip exactly at the first instant of every UTC day, and one a millisecond-worth of rounding away from it.
      weekly: sameEveryDay([
        { start: '00:00', end: '00:01' },
        { start: '12:00', end: '24:00' },
      ]),
      overrides: [],
    }
    expect(isOpen(s, D('2026-05-05T00:00Z'))).toBe(true)
    expect(isOpen(s, new Date(Date.parse('2026-05-05T00:00Z') - 1))).toBe(true) // 12:00–24:00 touches 00:00–00:01
    expect(nextChange(s, D('2026-05-04T23:00Z'))).toEqual(D('2026-05-05T00:01Z'))
    const days = [
      -100_000_000, -99_999_999, -719_528, -25_567, -2, -1, 0, 1, 20_000, 20_513, 2_932_896, 99_999_599,
    ]
    for (const day of days) {
      for (const delta of [-DAY / 2, -1, 0, 1, 60_000, DAY / 2]) {
        const ms = day * DAY + delta
        if (Math.abs(ms) > 8.64e15) continue
        const at = new Date(ms)
        // The fast path is the chunk scan's answer, whatever the day…
        expect(isOpen(s, at)).toBe(chunks.isOpenByChunk(s, at))
        expect(nextChange(s, at)).toEqual(chunks.nextChangeByChunk(s, at))
        // … and the general path's too wherever the Date range leaves room for the 400-day horizon.
        if (Math.abs(ms) < 8.6e15) expectConsistent(s, ms)
      }
    }
  })

  it(`§4 days ${TABLE_DAYS} apart share a table slot: each one is refilled, not confused with the other`, () => {
    const s: Schedule = {
      timeZone: 'Europe/Dublin',
      weekly: { ...emptyWeek(), mon: [{ start: '09:00', end: '21:30' }] },
      overrides: [],
    }
    const t = Date.parse('2026-03-30T08:30Z') // a Monday, the day after Dublin's spring-forward
    const probes = [t, t + TABLE_DAYS * DAY, t, t - TABLE_DAYS * DAY, t + 2 * TABLE_DAYS * DAY, t]
    for (const ms of probes) {
      for (const delta of [0, HOUR, 12 * HOUR]) expectConsistent(s, ms + delta)
    }
  })

  it('§4 results are fresh Dates: mutating one changes no later answer', () => {
    const s: Schedule = {
      timeZone: 'America/Bogota',
      weekly: sameEveryDay([{ start: '22:00', end: '06:00' }]),
      overrides: [],
    }
    const at = D('2026-07-01T12:00Z')
    const a = nextChange(s, at)!
    const b = nextChange(s, at)!
    expect(a).not.toBe(b)
    a.setTime(0)
    expect(nextChange(s, at)).toEqual(b)
    const to = new Date(at.getTime() + 3 * DAY)
    const first = openIntervals(s, at, to)
    first[0]!.start.setTime(0)
    first[0]!.end.setTime(0)
    expect(openIntervals(s, at, to)).toEqual(general.openIntervals(s, at, to))
    expect(openIntervals(s, at, to)[0]!.start).not.toBe(openIntervals(s, at, to)[0]!.start)
  })

  const rangeArb = quarterHourRangeArb
  const zoneArb = fc.constantFrom(...TEST_ZONES, 'Asia/Kolkata', 'Pacific/Kiritimati')

  it('§4 random schedules (up to 5 ranges a day) and instants 1900–2100: day table = chunk scan = general path', () => {
    fc.assert(
      fc.property(
        zoneArb,
        fc.array(fc.array(rangeArb, { maxLength: 5 }), { minLength: 7, maxLength: 7 }),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.array(fc.integer({ min: -3 * DAY, max: 3 * DAY }), { minLength: 1, maxLength: 6 }),
        fc.option(fc.integer({ min: -2, max: 2 })),
        (timeZone, perDay, base, offsets, overrideDelta) => {
          const weekly = Object.fromEntries(WEEKDAYS.map((d, i) => [d, perDay[i]!])) as Schedule['weekly']
          const overrides =
            overrideDelta === null
              ? []
              : [{ date: new Date(base + overrideDelta * DAY).toISOString().slice(0, 10), ranges: [] }]
          const schedule: Schedule = { timeZone, weekly, overrides }
          for (const offset of offsets) expectConsistent(schedule, base + offset)
          // Day edges around the base instant: where the hot path's guess of the day can be off by one.
          const edge = Math.floor(base / DAY) * DAY
          for (const ms of [edge - 1, edge, edge + 1, edge + DAY - 1]) expectConsistent(schedule, ms)
        },
      ),
      { numRuns: 300 },
    )
  })
})

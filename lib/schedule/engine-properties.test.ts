// docs/behaviour.md §4 — property tests of the engine against a slow, obviously-correct reference that asks Intl for the
// wall clock of every single minute, and against its own invariants.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isOpen, nextChange, openIntervals, type Schedule, type TimeRange, type Weekday } from './index'
import { generalPathForTests as general } from './engine'
import { WEEKDAYS } from './types'

const MIN = 60_000
const DAY = 86_400_000

const ZONES = [
  'America/Santiago',
  'America/New_York',
  'Europe/London',
  'America/Havana',
  'America/Asuncion',
  'America/Bogota',
  'Australia/Lord_Howe', // 30-minute DST
  'Pacific/Chatham', // +12:45 / +13:45
  'America/St_Johns', // −03:30 / −02:30
  'Asia/Kolkata', // +05:30, no DST
  'Pacific/Kiritimati', // +14
  'Europe/Dublin', // "negative DST" in tzdata
  'UTC',
] as const

// ── Reference implementation ───────────────────────────────────────────────────────────────────────────────
// Wall clock of a UTC minute, straight from Intl (one call per minute; only the formatter is reused). Parses the
// "M/D/YYYY, HH:MM" rendering, which is what en-US with these options produces.
const formatters = new Map<string, Intl.DateTimeFormat>()
function wallMinutes(zone: string, utcMinute: number): number {
  let f = formatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
    formatters.set(zone, f)
  }
  const m = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+)$/.exec(f.format(new Date(utcMinute * MIN)))
  if (!m) throw new Error('unexpected Intl rendering')
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5])) / MIN
}

/**
 * For a window of UTC minutes [lo, hi): the wall clock of every minute, and the reference evaluation:
 * a wall time W resolves to the first minute whose wall clock reads ≥ W (docs/behaviour.md §4: first instant at or after it);
 * a range of local date D is open on every minute in [resolve(D start), resolve(its end)).
 * Valid because every offset change in these zones happens on a whole minute.
 */
type Reference = { lo: number; hi: number; wall: Float64Array; prefixMax: Float64Array }
const references = new Map<string, Reference>()
function reference(zone: string, lo: number, hi: number): Reference {
  const key = `${zone}|${lo}|${hi}`
  const hit = references.get(key)
  if (hit) return hit
  const wall = new Float64Array(hi - lo)
  const prefixMax = new Float64Array(hi - lo)
  let max = -Infinity
  for (let i = 0; i < wall.length; i++) {
    wall[i] = wallMinutes(zone, lo + i)
    max = Math.max(max, wall[i]!)
    prefixMax[i] = max
  }
  const ref = { lo, hi, wall, prefixMax }
  references.set(key, ref)
  return ref
}

function resolveRef(ref: Reference, wallMinute: number): number {
  // First index with prefixMax ≥ wallMinute (prefixMax is non-decreasing: binary search is just a speed-up).
  let a = 0
  let b = ref.prefixMax.length
  while (a < b) {
    const mid = (a + b) >> 1
    if (ref.prefixMax[mid]! >= wallMinute) b = mid
    else a = mid + 1
  }
  return ref.lo + a
}

function minutesOf(time: string): number {
  return time === '24:00' ? 1440 : Number(time.slice(0, 2)) * 60 + Number(time.slice(3))
}

/** Open flag of each UTC minute in the reference window. */
function openMinutes(schedule: Schedule, ref: Reference): Uint8Array {
  const open = new Uint8Array(ref.hi - ref.lo)
  const firstDay = Math.floor(Math.min(...ref.wall) / 1440) - 1
  const lastDay = Math.floor(Math.max(...ref.wall) / 1440) + 1
  for (let day = firstDay; day <= lastDay; day++) {
    const date = new Date(day * DAY).toISOString().slice(0, 10)
    const weekday = WEEKDAYS[(new Date(day * DAY).getUTCDay() + 6) % 7]!
    const override = schedule.overrides.find((o) => o.date === date)
    const ranges = override ? override.ranges : schedule.weekly[weekday]
    for (const range of ranges) {
      const s = minutesOf(range.start)
      const e = minutesOf(range.end)
      const startWall = day * 1440 + s
      const endWall = e > s ? day * 1440 + e : (day + 1) * 1440 + e
      const from = resolveRef(ref, startWall)
      const to = resolveRef(ref, endWall)
      for (let m = from; m < to; m++) open[m - ref.lo] = 1
    }
  }
  return open
}

// ── Generators ──────────────────────────────────────────────────────────────────────────────────────────────
// Times cluster where transitions happen (00:00–03:00, 23:00, 24:00) but any minute can appear.
const hot = [
  '00:00',
  '00:15',
  '00:30',
  '00:45',
  '01:00',
  '01:30',
  '02:00',
  '02:30',
  '03:00',
  '22:00',
  '23:00',
  '23:30',
]
const anyMinute = fc
  .integer({ min: 0, max: 1439 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`)
const startTime = fc.oneof(fc.constantFrom(...hot), anyMinute)
const endTime = fc.oneof(fc.constantFrom(...hot, '24:00'), anyMinute)
// Ranges need start ≠ end; overlaps are allowed here on purpose (the engine must merge whatever it is given).
const rangeArb: fc.Arbitrary<TimeRange> = fc
  .tuple(startTime, endTime)
  .filter(([s, e]) => s !== e && !(s === '00:00' && e === '00:00'))
  .map(([start, end]) => ({ start, end }))
const dayArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant([] as TimeRange[]) },
  { weight: 3, arbitrary: fc.array(rangeArb, { maxLength: 3 }) },
)
const weeklyArb = fc.record(
  Object.fromEntries(WEEKDAYS.map((d) => [d, dayArb])) as Record<Weekday, typeof dayArb>,
)

/**
 * Instants that matter: within a day after each transition of the zone in 2026 (daily Intl scan), plus two
 * ordinary days. Kept to a few windows per zone because the reference costs one Intl call per minute; the
 * invariant tests below cover random instants across 2025–2027.
 */
const anchors = new Map<string, number[]>()
function anchorsOf(zone: string): number[] {
  const hit = anchors.get(zone)
  if (hit) return hit
  const list: number[] = [Date.UTC(2025, 5, 15) / MIN, Date.UTC(2027, 7, 2, 5) / MIN]
  const offset = (m: number) => wallMinutes(zone, m) - m
  let prev = offset(Date.UTC(2026, 0, 1) / MIN)
  for (let m = Date.UTC(2026, 0, 1) / MIN + 1440; m < Date.UTC(2027, 0, 1) / MIN; m += 1440) {
    const o = offset(m)
    if (o !== prev) list.push(m)
    prev = o
  }
  anchors.set(zone, list)
  return list
}

const caseArb = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    weekly: weeklyArb,
    anchorPick: fc.nat(),
    // Offset of the probed instant from the anchor, in ms: within −2 … +1 days (the anchor is up to a day after
    // the transition), usually a whole minute.
    offsetMs: fc.oneof(
      fc.integer({ min: -2 * 1440, max: 1440 }).map((m) => m * MIN),
      fc.integer({ min: -2 * DAY, max: DAY }),
    ),
    overrideDays: fc.array(
      fc.record({ delta: fc.integer({ min: -3, max: 3 }), ranges: fc.array(rangeArb, { maxLength: 2 }) }),
      { maxLength: 2 },
    ),
  })
  .map(({ zone, weekly, anchorPick, offsetMs, overrideDays }) => {
    const list = anchorsOf(zone)
    const anchor = list[anchorPick % list.length]!
    const anchorDay = Math.floor(anchor / 1440)
    const seen = new Set<string>()
    const overrides = overrideDays
      .map(({ delta, ranges }) => ({
        date: new Date((anchorDay + delta) * DAY).toISOString().slice(0, 10),
        ranges,
      }))
      .filter((o) => !seen.has(o.date) && seen.add(o.date))
    const schedule: Schedule = { timeZone: zone, weekly, overrides }
    return { schedule, anchor, at: anchor * MIN + offsetMs }
  })

// ── Properties ─────────────────────────────────────────────────────────────────────────────────────────────
describe('§4 engine vs reference (Intl per minute), dense around DST transitions', () => {
  it('§4 isOpen, nextChange and openIntervals match the per-minute reference', () => {
    fc.assert(
      fc.property(caseArb, ({ schedule, anchor, at }) => {
        // Reference window: anchor − 3 … + 3 days. Every range instance touching it is enumerated, so the open flags
        // are exact over the whole window (its first hour aside, which no probe reaches).
        const ref = reference(schedule.timeZone, anchor - 3 * 1440, anchor + 3 * 1440)
        const open = openMinutes(schedule, ref)
        const minute = Math.floor(at / MIN)
        const state = open[minute - ref.lo] === 1
        expect(isOpen(schedule, new Date(at))).toBe(state)

        // nextChange: first minute after `at`'s minute whose flag differs (checked while inside the window).
        const horizon = ref.hi
        let flip = minute + 1
        while (flip < horizon && (open[flip - ref.lo] === 1) === state) flip++
        const next = nextChange(schedule, new Date(at))
        if (flip < horizon) expect(next?.getTime()).toBe(flip * MIN)
        else expect(next === null || next.getTime() >= horizon * MIN).toBe(true)

        // openIntervals over the next 36 hours = the reference's runs of open minutes, clipped.
        const to = Math.min(at + 1.5 * DAY, ref.hi * MIN)
        const expected: [number, number][] = []
        for (let m = minute; m * MIN < to; m++) {
          if (open[m - ref.lo] !== 1) continue
          const s = Math.max(m * MIN, at)
          const e = Math.min((m + 1) * MIN, to)
          const last = expected[expected.length - 1]
          if (last && last[1] === s) last[1] = e
          else expected.push([s, e])
        }
        const got = openIntervals(schedule, new Date(at), new Date(to)).map((i) => [
          i.start.getTime(),
          i.end.getTime(),
        ])
        expect(got).toEqual(expected)
      }),
      { numRuns: 150 },
    )
  })
})

const instantArb = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) })
const scheduleArb: fc.Arbitrary<Schedule> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weekly: weeklyArb,
  overrides: fc.constant([]),
})

describe('§4 engine invariants over random schedules, zones and instants (2025–2027)', () => {
  it('§4 openIntervals are sorted, disjoint, non-adjacent, non-empty and clipped to [from, to)', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, fc.integer({ min: 0, max: 8 * DAY }), (schedule, from, span) => {
        const list = openIntervals(schedule, new Date(from), new Date(from + span))
        let prevEnd = -Infinity
        for (const { start, end } of list) {
          expect(start.getTime()).toBeGreaterThanOrEqual(from)
          expect(end.getTime()).toBeLessThanOrEqual(from + span)
          expect(end.getTime()).toBeGreaterThan(start.getTime())
          expect(start.getTime()).toBeGreaterThan(prevEnd) // strictly: touching intervals must have merged
          prevEnd = end.getTime()
        }
      }),
      { numRuns: 200 },
    )
  })

  it('§4 isOpen(t) ⇔ t lies in one of openIntervals; nextChange(t) is the next interval boundary after t', () => {
    fc.assert(
      fc.property(scheduleArb, instantArb, (schedule, t) => {
        const list = openIntervals(schedule, new Date(t - 3 * DAY), new Date(t + 10 * DAY))
        const inside = list.some((i) => i.start.getTime() <= t && t < i.end.getTime())
        expect(isOpen(schedule, new Date(t))).toBe(inside)
        const boundaries = list
          .flatMap((i) => [i.start.getTime(), i.end.getTime()])
          .filter((b) => b > t && b < t + 10 * DAY)
        const next = nextChange(schedule, new Date(t))
        if (boundaries.length > 0) expect(next?.getTime()).toBe(boundaries[0])
        else expect(next === null || next.getTime() >= t + 10 * DAY).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('§4 isOpen is constant on [t, nextChange(t)) and differs at nextChange(t)', () => {
    fc.assert(
      fc.property(
        scheduleArb,
        instantArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
        (schedule, t, fractions) => {
          const state = isOpen(schedule, new Date(t))
          const next = nextChange(schedule, new Date(t))
          if (next === null) {
            for (const f of fractions)
              expect(isOpen(schedule, new Date(t + Math.floor(f * 30 * DAY)))).toBe(state)
            return
          }
          expect(next.getTime()).toBeGreaterThan(t)
          for (const f of fractions) {
            const probe = t + Math.floor(f * (next.getTime() - t - 1))
            expect(isOpen(schedule, new Date(probe))).toBe(state)
          }
          expect(isOpen(schedule, new Date(next.getTime() - 1))).toBe(state)
          expect(isOpen(schedule, next)).toBe(!state)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('§4 fast path (constant offset, week table) agrees with the general path', () => {
  const withOverrides: fc.Arbitrary<{ schedule: Schedule; t: number }> = fc
    .record({
      timeZone: fc.constantFrom(...ZONES),
      weekly: weeklyArb,
      t: instantArb,
      overrideDays: fc.array(
        fc.record({ delta: fc.integer({ min: -12, max: 12 }), ranges: fc.array(rangeArb, { maxLength: 2 }) }),
        { maxLength: 3 },
      ),
    })
    .map(({ timeZone, weekly, t, overrideDays }) => {
      const seen = new Set<string>()
      const overrides = overrideDays
        .map(({ delta, ranges }) => ({ date: new Date(t + delta * DAY).toISOString().slice(0, 10), ranges }))
        .filter((o) => !seen.has(o.date) && seen.add(o.date))
      return { schedule: { timeZone, weekly, overrides }, t }
    })
  it('§4 isOpen, nextChange and 9-day openIntervals are identical on both paths', () => {
    fc.assert(
      fc.property(withOverrides, ({ schedule, t }) => {
        const at = new Date(t)
        expect(isOpen(schedule, at)).toBe(general.isOpen(schedule, at))
        expect(nextChange(schedule, at)).toEqual(general.nextChange(schedule, at))
        const to = new Date(t + 9 * DAY)
        const reference = general.openIntervals(schedule, at, to)
        expect(openIntervals(schedule, at, to)).toEqual(reference)
        // Right at and around the boundaries, where an off-by-a-bit fast path would show.
        for (const { start, end } of reference.slice(0, 4)) {
          for (const probe of [
            start.getTime() - 1,
            start.getTime(),
            end.getTime() - 1,
            end.getTime(),
            start.getTime() - 30_000,
          ]) {
            expect(isOpen(schedule, new Date(probe))).toBe(general.isOpen(schedule, new Date(probe)))
            expect(nextChange(schedule, new Date(probe))).toEqual(
              general.nextChange(schedule, new Date(probe)),
            )
          }
        }
      }),
      { numRuns: 200 },
    )
  })
})

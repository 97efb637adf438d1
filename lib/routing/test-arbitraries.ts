// fast-check arbitraries shared by the routing property tests (not a test file itself).
import fc from 'fast-check'
import { ScheduleSchema } from '../schedule'
import type { DateOverride, Schedule, TimeRange, Weekday } from '../schedule/types'
import type { RoutingConfig } from './types'

export const DAY = 86_400_000
const QUARTER = 15 * 60_000
export const YEAR_START = Date.UTC(2026, 0, 1)
export const YEAR_END = Date.UTC(2027, 0, 1)
const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const ZONES = ['America/Bogota', 'America/New_York', 'America/Santiago'] as const

const hm = (quarters: number) =>
  `${String(Math.floor(quarters / 4)).padStart(2, '0')}:${String((quarters % 4) * 15).padStart(2, '0')}`

/** Sorted distinct quarter-hour points paired into ranges; 96 → "24:00". */
const dayRanges = (min: number) =>
  fc.uniqueArray(fc.integer({ min, max: 96 }), { maxLength: 4 }).map((points) => {
    const sorted = [...points].sort((a, b) => a - b)
    const ranges: TimeRange[] = []
    for (let i = 0; i + 1 < sorted.length; i += 2)
      ranges.push({ start: hm(sorted[i] ?? 0), end: hm(sorted[i + 1] ?? 0) })
    return ranges
  })

const quarterOf = (time: string) => Number(time.slice(0, 2)) * 4 + Number(time.slice(3)) / 15

/**
 * Valid §4 schedules: up to two ranges a day, an optional overnight range that stays clear of the next day's
 * ranges (ending ≤ 08:00 while override ranges start ≥ 08:00), and a few closed/other-hours dates in 2026.
 */
export const randomScheduleArb: fc.Arbitrary<Schedule> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(dayRanges(0), { minLength: 7, maxLength: 7 }),
    overnight: fc.array(
      fc.option(fc.record({ start: fc.integer({ min: 64, max: 95 }), end: fc.integer({ min: 0, max: 32 }) })),
      {
        minLength: 7,
        maxLength: 7,
      },
    ),
    overrides: fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 364 }), ranges: dayRanges(32) }), {
      maxLength: 3,
      selector: (o) => o.day,
    }),
  })
  .map(({ timeZone, days, overnight, overrides }) => {
    const weekly = {} as Record<Weekday, TimeRange[]>
    DAYS.forEach((day, i) => {
      weekly[day] = [...(days[i] ?? [])]
    })
    DAYS.forEach((day, i) => {
      const night = overnight[i]
      if (night === null || night === undefined) return
      const own = weekly[day]
      const next = weekly[DAYS[(i + 1) % 7] ?? 'mon']
      const lastEnd = Math.max(0, ...own.map((r) => (r.end === '24:00' ? 96 : quarterOf(r.end))))
      const nextStart = Math.min(96, ...next.map((r) => quarterOf(r.start)))
      if (night.start >= lastEnd && night.end <= nextStart && night.end < night.start) {
        own.push({ start: hm(night.start), end: hm(night.end) })
      }
    })
    const dated: DateOverride[] = overrides.map((o) => ({
      date: new Date(YEAR_START + o.day * DAY).toISOString().slice(0, 10),
      ranges: o.ranges,
    }))
    return { timeZone, weekly, overrides: dated }
  })
  .filter((s) => ScheduleSchema.safeParse(s).success)

const ALL_DAY: TimeRange[] = [{ start: '00:00', end: '24:00' }]
const OFFICE: TimeRange[] = [{ start: '09:00', end: '18:00' }]
/** Shapes admins actually configure: 24/7, office hours, every night, never — each with a few holidays. */
const SHAPES: Record<string, (day: Weekday) => TimeRange[]> = {
  always: () => ALL_DAY,
  office: (day) => (day === 'sat' || day === 'sun' ? [] : OFFICE),
  nights: () => [{ start: '20:00', end: '07:00' }],
  never: () => [],
}

const typicalScheduleArb: fc.Arbitrary<Schedule> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    shape: fc.constantFrom(...Object.keys(SHAPES)),
    holidays: fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 364 }), open: fc.boolean() }), {
      maxLength: 3,
      selector: (h) => h.day,
    }),
  })
  .map(({ timeZone, shape, holidays }) => {
    const pick = SHAPES[shape] ?? SHAPES.never
    const weekly = {} as Record<Weekday, TimeRange[]>
    for (const day of DAYS) weekly[day] = pick ? pick(day) : []
    const overrides: DateOverride[] = holidays.map((h) => ({
      date: new Date(YEAR_START + h.day * DAY).toISOString().slice(0, 10),
      ranges: h.open ? [{ start: '10:00', end: '14:00' }] : [],
    }))
    return { timeZone, weekly, overrides }
  })
  .filter((s) => ScheduleSchema.safeParse(s).success)

export const scheduleArb: fc.Arbitrary<Schedule> = fc.oneof(randomScheduleArb, typicalScheduleArb)

export const configArb: fc.Arbitrary<RoutingConfig> = fc.record({
  business: scheduleArb,
  assistant: fc.oneof(
    fc.constant(null),
    fc.record({ active: fc.boolean(), schedule: fc.constant(null) }),
    fc.record({ active: fc.boolean(), schedule: scheduleArb }),
  ),
  priority: fc.constantFrom('agents' as const, 'assistant' as const),
})

/** Instants in 2026, half of them on quarter-hours so they land exactly on range boundaries. */
export const instantArb = fc.oneof(
  fc.integer({ min: YEAR_START, max: YEAR_END - 1 }),
  fc.integer({ min: 0, max: (YEAR_END - YEAR_START) / QUARTER - 1 }).map((q) => YEAR_START + q * QUARTER),
)
/** A bare count (all with room) or online/available counts, with agents at capacity (available < online). */
export const agentsArb = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc
    .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }))
    .map(([online, full]) => ({ online, available: Math.max(0, online - full) })),
)
export const fractionsArb = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
  minLength: 1,
  maxLength: 8,
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isOpen, ScheduleSchema } from '../schedule'
import type { DateOverride, Schedule, TimeRange, Weekday } from '../schedule/types'
import { coverage, decide, overflow } from './index'
import type { Decision, RoutingConfig } from './types'

const DAY = 86_400_000
const QUARTER = 15 * 60_000
const YEAR_START = Date.UTC(2026, 0, 1)
const YEAR_END = Date.UTC(2027, 0, 1)
const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
const ZONES = ['America/Bogota', 'America/New_York', 'America/Santiago'] as const

const hm = (quarters: number) =>
  `${String(Math.floor(quarters / 4)).padStart(2, '0')}:${String((quarters % 4) * 15).padStart(2, '0')}`

/** Sorted distinct quarter-hour points paired into ranges; 96 → "24:00". */
const dayRanges = (min: number) =>
  fc.uniqueArray(fc.integer({ min, max: 96 }), { maxLength: 4 }).map((points) => {
    const sorted = [...points].sort((a, b) => a - b)
    const ranges: TimeRange[] = []
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push({ start: hm(sorted[i] ?? 0), end: hm(sorted[i + 1] ?? 0) })
    return ranges
  })

const quarterOf = (time: string) => Number(time.slice(0, 2)) * 4 + Number(time.slice(3)) / 15

/**
 * Valid §4 schedules: up to two ranges a day, an optional overnight range that stays clear of the next day's
 * ranges (ending ≤ 08:00 while override ranges start ≥ 08:00), and a few closed/other-hours dates in 2026.
 */
const scheduleArb: fc.Arbitrary<Schedule> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    days: fc.array(dayRanges(0), { minLength: 7, maxLength: 7 }),
    overnight: fc.array(fc.option(fc.record({ start: fc.integer({ min: 64, max: 95 }), end: fc.integer({ min: 0, max: 32 }) })), {
      minLength: 7,
      maxLength: 7,
    }),
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

const configArb: fc.Arbitrary<RoutingConfig> = fc.record({
  business: scheduleArb,
  assistant: fc.oneof(
    fc.constant(null),
    fc.record({ active: fc.boolean(), schedule: fc.constant(null) }),
    fc.record({ active: fc.boolean(), schedule: scheduleArb }),
  ),
  priority: fc.constantFrom('agents' as const, 'assistant' as const),
})

/** Instants in 2026, half of them on quarter-hours so they land exactly on range boundaries. */
const instantArb = fc.oneof(
  fc.integer({ min: YEAR_START, max: YEAR_END - 1 }),
  fc.integer({ min: 0, max: (YEAR_END - YEAR_START) / QUARTER - 1 }).map((q) => YEAR_START + q * QUARTER),
)
const agentsArb = fc.integer({ min: 0, max: 3 })
const fractionsArb = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 1, maxLength: 8 })

const same = (a: Decision, b: Decision) => a.responder === b.responder && a.reason === b.reason
const RUNS = { numRuns: 300 }

/** Checks `until` for one evaluator: constant on [at, until) at sampled instants, different at `until`. */
function checkUntil(
  evaluate: (c: RoutingConfig, at: Date, agents: number) => Decision,
  c: RoutingConfig,
  t: number,
  agents: number,
  fractions: number[],
) {
  const d = evaluate(c, new Date(t), agents)
  const end = d.until === null ? t + 400 * DAY : d.until.getTime()
  expect(end).toBeGreaterThan(t)
  for (const sample of [t, end - 1, ...fractions.map((f) => t + Math.floor(f * (end - t)))]) {
    const s = evaluate(c, new Date(sample), agents)
    expect(s.responder, new Date(sample).toISOString()).toBe(d.responder)
    expect(s.reason, new Date(sample).toISOString()).toBe(d.reason)
  }
  if (d.until !== null) expect(same(evaluate(c, d.until, agents), d)).toBe(false)
}

describe('SPEC §5 properties (fast-check)', () => {
  it('§5 decide never throws and follows the table inputs for valid configs', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, (c, t, agents) => {
        const d = decide(c, new Date(t), agents)
        const businessOpen = isOpen(c.business, new Date(t))
        const assistantOn =
          c.assistant !== null &&
          c.assistant.active &&
          (c.assistant.schedule === null || isOpen(c.assistant.schedule, new Date(t)))
        expect(d.businessOpen).toBe(businessOpen)
        expect(d.assistantOn).toBe(assistantOn)
        // Who can answer at all: agents need business open + someone online; the assistant needs to be on.
        if (d.responder === 'agents') expect(businessOpen && agents >= 1).toBe(true)
        if (d.responder === 'assistant') expect(assistantOn).toBe(true)
        if (d.responder === 'queue') expect(businessOpen && !assistantOn && agents === 0).toBe(true)
        if (d.responder === 'closed') expect(!businessOpen && !assistantOn).toBe(true)
      }),
      RUNS,
    )
  })

  it('§5 decide is constant on [at, until) and differs at until', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, fractionsArb, (c, t, agents, fractions) =>
        checkUntil(decide, c, t, agents, fractions),
      ),
      RUNS,
    )
  })

  it('§5 overflow is constant on [at, until), differs at until, and never hands back to the assistant', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, fractionsArb, (c, t, agents, fractions) => {
        checkUntil(overflow, c, t, agents, fractions)
        expect(overflow(c, new Date(t), agents).responder).not.toBe('assistant')
      }),
      RUNS,
    )
  })

  it('§5 nextOpening is set exactly for closed decisions and is the next business opening', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, (c, t, agents) => {
        const d = decide(c, new Date(t), agents)
        if (d.responder !== 'closed') {
          expect(d.nextOpening).toBeNull()
          return
        }
        if (d.nextOpening === null) {
          expect(isOpen(c.business, new Date(t + 400 * DAY))).toBe(false)
          return
        }
        const opening = d.nextOpening.getTime()
        expect(isOpen(c.business, d.nextOpening)).toBe(true)
        expect(isOpen(c.business, new Date(opening - 1))).toBe(false)
        expect(d.until !== null && d.until.getTime() <= opening).toBe(true)
      }),
      RUNS,
    )
  })

  it('§5 coverage agrees with decide at sampled instants and is well formed', () => {
    fc.assert(
      fc.property(
        configArb,
        instantArb,
        fc.integer({ min: 1, max: 10 * DAY }),
        agentsArb,
        fractionsArb,
        (c, t, length, agents, fractions) => {
          const from = new Date(t)
          const to = new Date(t + length)
          const segments = coverage(c, from, to, agents)
          expect(segments[0]?.start).toEqual(from)
          expect(segments.at(-1)?.end).toEqual(to)
          segments.forEach((s, i) => {
            expect(s.end.getTime()).toBeGreaterThan(s.start.getTime())
            const previous = segments[i - 1]
            if (previous) {
              expect(s.start).toEqual(previous.end)
              expect(s.responder).not.toBe(previous.responder)
            }
            // Both edges of every segment, plus random instants.
            expect(decide(c, s.start, agents).responder).toBe(s.responder)
            expect(decide(c, new Date(s.end.getTime() - 1), agents).responder).toBe(s.responder)
          })
          for (const f of fractions) {
            const sample = t + Math.floor(f * length)
            const segment = segments.find((s) => s.start.getTime() <= sample && sample < s.end.getTime())
            expect(segment?.responder).toBe(decide(c, new Date(sample), agents).responder)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})

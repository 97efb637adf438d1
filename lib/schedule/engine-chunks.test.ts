// docs/behaviour.md §4 — the boundary chunks behind the hot path (engine.ts): chunk edges, intervals spanning them, the state
// carried from one chunk to the next, the 400-day horizon across many chunks, and cache-slot collisions. Every
// answer is checked against the general path (local days resolved one by one), which the property tests in
// engine-properties.test.ts check against a per-minute Intl reference.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chunksForTests, generalPathForTests as general } from './engine'
import {
  alwaysOpen,
  emptyWeek,
  isOpen,
  nextChange,
  openIntervals,
  sameEveryDay,
  type Schedule,
} from './index'
import { WEEKDAYS } from './types'
import { quarterHourRangeArb, TEST_ZONES } from './test-arbitraries'

const DAY = 86_400_000
const HOUR = 3_600_000
const { CHUNK_MS } = chunksForTests
const D = (s: string) => new Date(s)

/** Index of the chunk containing `ms`. */
const chunkOf = (ms: number) => Math.floor(ms / CHUNK_MS)

function expectSameAsGeneral(schedule: Schedule, ms: number, windowMs = 9 * DAY) {
  const at = new Date(ms)
  expect(isOpen(schedule, at)).toBe(general.isOpen(schedule, at))
  expect(nextChange(schedule, at)).toEqual(general.nextChange(schedule, at))
  const to = new Date(ms + windowMs)
  expect(openIntervals(schedule, at, to)).toEqual(general.openIntervals(schedule, at, to))
}

describe('§4 boundary chunks', () => {
  it('§4 chunks are well formed and each one starts in the state the previous one ends in', () => {
    const schedules: Schedule[] = [
      {
        timeZone: 'America/Santiago',
        weekly: sameEveryDay([{ start: '22:00', end: '02:00' }]),
        overrides: [],
      },
      {
        timeZone: 'America/New_York',
        weekly: sameEveryDay([{ start: '01:00', end: '02:30' }]),
        overrides: [],
      },
      {
        timeZone: 'Europe/London',
        weekly: { ...emptyWeek(), mon: [{ start: '09:00', end: '17:00' }] },
        overrides: [],
      },
      { ...alwaysOpen('Australia/Lord_Howe'), overrides: [{ date: '2026-04-05', ranges: [] }] },
    ]
    const first = chunkOf(Date.parse('2025-12-01T00:00Z'))
    for (const schedule of schedules) {
      let state = chunksForTests.chunk(schedule, first).parity
      for (let k = first; k < first + 30; k++) {
        const chunk = chunksForTests.chunk(schedule, k)
        expect(chunk.index).toBe(k)
        expect(chunk.start).toBe(k * CHUNK_MS)
        expect(chunk.parity).toBe(state)
        const bounds = [...chunk.bounds]
        expect(bounds[bounds.length - 1]).toBe(Infinity)
        const flips = bounds.slice(0, -1)
        for (let i = 0; i < flips.length; i++) {
          expect(flips[i]).toBeGreaterThanOrEqual(chunk.start)
          expect(flips[i]).toBeLessThan(chunk.start + CHUNK_MS)
          if (i > 0) expect(flips[i]).toBeGreaterThan(flips[i - 1]!)
          // Every bound is a real flip of isOpen.
          expect(general.isOpen(schedule, new Date(flips[i]! - 1))).not.toBe(
            general.isOpen(schedule, new Date(flips[i]!)),
          )
        }
        state = (state + flips.length) & 1
      }
    }
  })

  it('§4 touching ranges that meet exactly at a chunk edge stay one interval', () => {
    // In UTC, local midnight of a day whose number is a multiple of the chunk length is a chunk start.
    const edge = (chunkOf(Date.parse('2026-06-01T00:00Z')) + 1) * CHUNK_MS
    const s: Schedule = {
      timeZone: 'UTC',
      weekly: sameEveryDay([
        { start: '00:00', end: '06:00' },
        { start: '18:00', end: '24:00' },
      ]),
      overrides: [],
    }
    expect(isOpen(s, new Date(edge - 1))).toBe(true)
    expect(isOpen(s, new Date(edge))).toBe(true)
    expect(nextChange(s, new Date(edge - 2 * HOUR))).toEqual(new Date(edge + 6 * HOUR))
    expect(openIntervals(s, new Date(edge - 12 * HOUR), new Date(edge + 12 * HOUR))).toEqual([
      { start: new Date(edge - 6 * HOUR), end: new Date(edge + 6 * HOUR) },
    ])
    // A flip exactly at the edge: closed from the edge on (an override closes that date).
    const date = new Date(edge).toISOString().slice(0, 10)
    const closed: Schedule = {
      ...s,
      weekly: sameEveryDay([{ start: '18:00', end: '24:00' }]),
      overrides: [{ date, ranges: [] }],
    }
    expect(isOpen(closed, new Date(edge - 1))).toBe(true)
    expect(isOpen(closed, new Date(edge))).toBe(false)
    expect(nextChange(closed, new Date(edge - HOUR))).toEqual(new Date(edge))
    expect(nextChange(closed, new Date(edge))).toEqual(new Date(edge + 18 * HOUR + DAY))
  })

  it('§4 an interval spanning several chunks (24/7 with a holiday) is found and clipped across them', () => {
    const s: Schedule = { ...alwaysOpen('America/Santiago'), overrides: [{ date: '2026-12-25', ranges: [] }] }
    const from = D('2026-09-01T00:00Z')
    const to = D('2027-02-01T00:00Z')
    expect(to.getTime() - from.getTime()).toBeGreaterThan(5 * CHUNK_MS)
    expect(openIntervals(s, from, to)).toEqual(general.openIntervals(s, from, to))
    expect(openIntervals(s, from, to)).toHaveLength(2)
    expect(nextChange(s, from)).toEqual(general.nextChange(s, from))
  })

  it('§4 the 400-day horizon is exact when the change lies many chunks ahead', () => {
    const at = D('2026-03-01T17:00Z') // Santiago 14:00, DST changes in between
    for (const delta of [398, 399, 400, 401]) {
      const date = new Date(at.getTime() + delta * DAY).toISOString().slice(0, 10)
      const s: Schedule = {
        timeZone: 'America/Santiago',
        weekly: emptyWeek(),
        overrides: [{ date, ranges: [{ start: '14:00', end: '15:00' }] }],
      }
      expect(nextChange(s, at)).toEqual(general.nextChange(s, at))
      const last = general.nextChange(s, at)
      if (delta <= 399) expect(last).not.toBeNull()
      if (delta >= 401) expect(last).toBeNull()
    }
  })

  it('§4 chunks that share a cache slot are rebuilt, not confused', () => {
    const s: Schedule = {
      timeZone: 'Europe/Dublin',
      weekly: sameEveryDay([{ start: '09:00', end: '21:30' }]),
      overrides: [],
    }
    const t = Date.parse('2026-03-29T08:30Z')
    // 256 slots × 16-day chunks: the same slot 4096 days (≈ 11.2 years) later; check a few multiples.
    const probes = [t, t + 256 * CHUNK_MS, t, t - 256 * CHUNK_MS, t + 512 * CHUNK_MS, t]
    for (const ms of probes) expectSameAsGeneral(s, ms)
  })

  const rangeArb = quarterHourRangeArb
  const zoneArb = fc.constantFrom(...TEST_ZONES)

  it('§4 around chunk edges, isOpen, nextChange and openIntervals match the general path', () => {
    fc.assert(
      fc.property(
        zoneArb,
        fc.array(rangeArb, { maxLength: 2 }),
        fc.integer({
          min: chunkOf(Date.parse('2025-06-01T00:00Z')),
          max: chunkOf(Date.parse('2027-06-01T00:00Z')),
        }),
        fc.integer({ min: -2 * DAY, max: 2 * DAY }),
        fc.option(fc.integer({ min: -3, max: 3 })),
        (timeZone, ranges, k, offset, overrideDelta) => {
          const edge = k * CHUNK_MS
          // One day a week without hours, so that something changes; overlapping ranges are fine (merged).
          const weekly = Object.fromEntries(
            WEEKDAYS.map((d) => [d, d === 'wed' ? [] : ranges]),
          ) as Schedule['weekly']
          const overrides =
            overrideDelta === null
              ? []
              : [{ date: new Date(edge + overrideDelta * DAY).toISOString().slice(0, 10), ranges: [] }]
          const schedule: Schedule = { timeZone, weekly, overrides }
          for (const ms of [edge - 1, edge, edge + 1, edge + offset])
            expectSameAsGeneral(schedule, ms, 3 * CHUNK_MS)
        },
      ),
      { numRuns: 150 },
    )
  })
})

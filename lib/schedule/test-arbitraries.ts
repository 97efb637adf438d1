// Shared fast-check generators for the engine's tests (not part of the library).
import fc from 'fast-check'
import type { TimeRange } from './types'

/** A range on the quarter-hour grid, overnight and "24:00" ends included (start ≠ end). */
export const quarterHourRangeArb: fc.Arbitrary<TimeRange> = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 96 }))
  .map(([a, len]) => {
    const fmt = (q: number) =>
      `${String(Math.floor(q / 4) % 24).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`
    const endQ = (a + len) % 96
    return { start: fmt(a), end: endQ === 0 && a + len === 96 ? '24:00' : fmt(endQ) }
  })
  .filter((r) => r.start !== r.end)

/** Zones with DST at midnight, half-hour and 45-minute offsets, and one without DST. */
export const TEST_ZONES = [
  'America/Santiago',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
] as const

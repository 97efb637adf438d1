// docs/behaviour.md §4 "Ranges" — the editor's range helpers. They had their own "HH:MM" parser
// (components/schedules/form-types.ts, /^\d\d:\d\d$/) until issue 13; they now use time.ts's parseTime.
import { describe, expect, it } from 'vitest'
import { cloneRanges, isOvernight, nextRange } from './ranges'
import { parseClockDigits, parseTime } from './time'

describe('§4 editor range helpers', () => {
  it('§4 overnight = end before start; "24:00" and touching ends are not overnight', () => {
    expect(isOvernight({ start: '22:00', end: '02:00' })).toBe(true)
    expect(isOvernight({ start: '18:00', end: '24:00' })).toBe(false)
    expect(isOvernight({ start: '09:00', end: '18:00' })).toBe(false)
    expect(isOvernight(undefined)).toBe(false)
    expect(isOvernight({ start: 9, end: '01:00' })).toBe(false)
  })

  it('kept: the schema\'s parser — an out-of-range time ("25:00", "12:60") is invalid, not "overnight"', () => {
    // The removed parser read "25:00" as minute 1500, so 25:00–01:00 showed "until 01:00 the next day" next to
    // the schema's "invalid time" message. An invalid range is now only invalid.
    expect(isOvernight({ start: '25:00', end: '01:00' })).toBe(false)
    expect(isOvernight({ start: '12:60', end: '01:00' })).toBe(false)
  })

  it('a new range starts an hour after the last one ends, 3 h long, capped at 24:00', () => {
    expect(nextRange([])).toEqual({ start: '09:00', end: '18:00' })
    expect(nextRange([{ start: '09:00', end: '13:00' }])).toEqual({ start: '14:00', end: '17:00' })
    expect(nextRange([{ start: '09:00', end: '20:00' }])).toEqual({ start: '21:00', end: '24:00' })
    expect(nextRange([{ start: '09:00', end: '22:00' }])).toEqual({ start: '06:00', end: '07:00' })
    expect(nextRange([{ start: '22:00', end: '02:00' }])).toEqual({ start: '06:00', end: '07:00' })
    expect(nextRange([{ start: 'x', end: '10:00' }])).toEqual({ start: '06:00', end: '07:00' })
  })

  it('cloneRanges copies each range', () => {
    const ranges = [{ start: '09:00', end: '10:00' }]
    const copy = cloneRanges(ranges)
    expect(copy).toEqual(ranges)
    expect(copy[0]).not.toBe(ranges[0])
    expect(cloneRanges(undefined)).toEqual([])
  })
})

describe('storage parse (db/schedule-rows.ts) — kept lenient on purpose', () => {
  it('parseClockDigits reads any two-digit "HH:MM" and leaves the range to the database constraints', () => {
    // db/scopes.test.ts "§6 atomic" relies on this: a "25:00" that slipped past validation must reach the
    // database and fail the whole save there, leaving the previous configuration intact.
    expect(parseClockDigits('25:00')).toBe(1500)
    expect(parseClockDigits('24:00')).toBe(1440)
    expect(parseClockDigits('9:00')).toBeNull()
    expect(parseTime('25:00', true)).toBeNull()
  })
})

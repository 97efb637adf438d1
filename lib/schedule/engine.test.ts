// docs/behaviour.md §4 — engine behaviour outside DST: the 400-day horizon, 24/7, overrides, caching, bad inputs.
import { describe, expect, it } from 'vitest'
import {
  alwaysClosed,
  alwaysOpen,
  emptyWeek,
  isOpen,
  nextChange,
  openIntervals,
  sameEveryDay,
  type Schedule,
} from './index'

const D = (s: string) => new Date(s)
const DAY = 86_400_000

describe('§4 nextChange horizon (null if none within 400 days)', () => {
  it('§4 a schedule with no ranges is never open and never changes', () => {
    const s = alwaysClosed('America/Bogota')
    expect(isOpen(s, D('2026-05-01T12:00Z'))).toBe(false)
    expect(nextChange(s, D('2026-05-01T12:00Z'))).toBeNull()
    expect(openIntervals(s, D('2026-05-01T00:00Z'), D('2026-06-01T00:00Z'))).toEqual([])
  })

  it('§4 24/7 is always open, never changes, and openIntervals is the whole window', () => {
    const s = alwaysOpen('America/Santiago')
    const from = D('2026-09-05T00:00Z')
    const to = D('2026-09-08T00:00Z')
    expect(isOpen(s, D('2026-09-06T04:00Z'))).toBe(true)
    expect(nextChange(s, D('2026-09-06T03:59Z'))).toBeNull()
    expect(openIntervals(s, from, to)).toEqual([{ start: from, end: to }])
  })

  it('§4 24/7 written as two ranges a day (00:00–12:00, 12:00–24:00) across DST is still one interval', () => {
    const s: Schedule = {
      timeZone: 'America/New_York',
      weekly: sameEveryDay([
        { start: '00:00', end: '12:00' },
        { start: '12:00', end: '24:00' },
      ]),
      overrides: [],
    }
    expect(nextChange(s, D('2026-03-08T06:30Z'))).toBeNull()
    const from = D('2026-03-07T00:00Z')
    const to = D('2026-03-10T00:00Z')
    expect(openIntervals(s, from, to)).toEqual([{ start: from, end: to }])
  })

  it('§4 an opening 399 days ahead is found; one 401 days ahead is not', () => {
    const at = D('2026-01-01T12:00Z') // Bogota 07:00
    const near: Schedule = {
      timeZone: 'America/Bogota',
      weekly: emptyWeek(),
      overrides: [{ date: '2027-02-04', ranges: [{ start: '07:00', end: '08:00' }] }], // 2027-02-04 = +399 days
    }
    expect(nextChange(near, at)).toEqual(new Date(at.getTime() + 399 * DAY))
    const far: Schedule = {
      ...near,
      overrides: [{ date: '2027-02-06', ranges: [{ start: '07:00', end: '08:00' }] }],
    }
    expect(nextChange(far, at)).toBeNull()
    // Exactly 400 days ahead still counts as "within 400 days".
    const edge: Schedule = {
      ...near,
      overrides: [{ date: '2027-02-05', ranges: [{ start: '07:00', end: '08:00' }] }],
    }
    expect(nextChange(edge, at)).toEqual(new Date(at.getTime() + 400 * DAY))
  })

  it('§4 24/7 with one closed holiday: nextChange finds the holiday start, and the reopening after it', () => {
    const s: Schedule = { ...alwaysOpen('America/Bogota'), overrides: [{ date: '2026-12-25', ranges: [] }] }
    expect(nextChange(s, D('2026-06-01T00:00Z'))).toEqual(D('2026-12-25T05:00Z'))
    expect(isOpen(s, D('2026-12-25T12:00Z'))).toBe(false)
    expect(nextChange(s, D('2026-12-25T12:00Z'))).toEqual(D('2026-12-26T05:00Z'))
    expect(nextChange(s, D('2026-12-26T05:00Z'))).toBeNull()
  })
})

describe('§4 overrides', () => {
  const base: Schedule = {
    timeZone: 'America/Bogota',
    weekly: { ...emptyWeek(), thu: [{ start: '09:00', end: '17:00' }] },
    overrides: [{ date: '2026-12-24', ranges: [{ start: '09:00', end: '12:00' }], label: 'Nochebuena' }],
  }
  it('§4 an override with hours replaces the weekday hours on that date only', () => {
    expect(isOpen(base, D('2026-12-24T18:00Z'))).toBe(false) // 13:00 local, weekly would be open
    expect(isOpen(base, D('2026-12-24T16:00Z'))).toBe(true)
    expect(isOpen(base, D('2026-12-31T18:00Z'))).toBe(true) // next Thursday back to normal
  })
})

describe('§4 results never depend on the process time zone', () => {
  it(`§4 same instants under process TZ=${process.env.TZ ?? '(unset)'}`, () => {
    // The expected values are UTC literals; this file runs under TZ=UTC, America/Santiago and Pacific/Kiritimati.
    const s: Schedule = {
      timeZone: 'Asia/Tokyo',
      weekly: { ...emptyWeek(), mon: [{ start: '09:00', end: '18:00' }] },
      overrides: [],
    }
    expect(openIntervals(s, D('2026-03-01T00:00Z'), D('2026-03-03T00:00Z'))).toEqual([
      { start: D('2026-03-02T00:00Z'), end: D('2026-03-02T09:00Z') },
    ])
  })
})

describe('§4 inputs', () => {
  it('§4 invalid Date inputs throw a RangeError instead of answering nonsense', () => {
    const s = alwaysOpen('UTC')
    expect(() => isOpen(s, new Date(NaN))).toThrow(RangeError)
    expect(() => nextChange(s, new Date(NaN))).toThrow(RangeError)
    expect(() => openIntervals(s, new Date(NaN), D('2026-01-01T00:00Z'))).toThrow(RangeError)
  })

  it('§4 an empty or reversed window gives no intervals', () => {
    const s = alwaysOpen('UTC')
    expect(openIntervals(s, D('2026-01-02T00:00Z'), D('2026-01-01T00:00Z'))).toEqual([])
    expect(openIntervals(s, D('2026-01-01T00:00Z'), D('2026-01-01T00:00Z'))).toEqual([])
  })

  it('§4 an unvalidated schedule with a malformed range throws a RangeError naming the field', () => {
    const s: Schedule = {
      timeZone: 'UTC',
      weekly: { ...emptyWeek(), tue: [{ start: '9:00', end: '10:00' }] },
      overrides: [],
    }
    expect(() => isOpen(s, D('2026-01-01T00:00Z'))).toThrow(/weekly\.tue\[0\]/)
  })

  it('§4 overlapping ranges in unvalidated input are merged, not double-counted', () => {
    const s: Schedule = {
      timeZone: 'UTC',
      weekly: {
        ...emptyWeek(),
        mon: [
          { start: '09:00', end: '12:00' },
          { start: '10:00', end: '11:00' },
          { start: '11:30', end: '13:00' },
        ],
      },
      overrides: [],
    }
    expect(openIntervals(s, D('2026-03-02T00:00Z'), D('2026-03-03T00:00Z'))).toEqual([
      { start: D('2026-03-02T09:00Z'), end: D('2026-03-02T13:00Z') },
    ])
    expect(nextChange(s, D('2026-03-02T10:30Z'))).toEqual(D('2026-03-02T13:00Z'))
  })

  it('§4 replacing weekly on the same schedule object is picked up (compiled cache guard)', () => {
    const s: Schedule = { timeZone: 'UTC', weekly: emptyWeek(), overrides: [] }
    const at = D('2026-03-02T10:00Z') // Monday
    expect(isOpen(s, at)).toBe(false)
    s.weekly = { ...emptyWeek(), mon: [{ start: '09:00', end: '11:00' }] }
    expect(isOpen(s, at)).toBe(true)
  })

  it('§4 instants far from today (1900, 2200) evaluate with the zone rules of their time', () => {
    const s: Schedule = {
      timeZone: 'Europe/London',
      weekly: sameEveryDay([{ start: '12:00', end: '13:00' }]),
      overrides: [],
    }
    // 2200-07-01: BST by current rules (+01) → 12:00 local = 11:00Z.
    expect(nextChange(s, D('2200-07-01T00:00Z'))).toEqual(D('2200-07-01T11:00Z'))
    // 1900-01-01: GMT → 12:00Z.
    expect(nextChange(s, D('1900-01-01T00:00Z'))).toEqual(D('1900-01-01T12:00Z'))
  })
})

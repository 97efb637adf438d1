import { describe, expect, it } from 'vitest'
import { emptyWeek } from './constructors'
import { previousNightSpill } from './overnight-spill'
import type { DateOverride, Schedule, TimeRange } from './types'

const r = (start: string, end: string): TimeRange => ({ start, end })
const closed = (date: string): DateOverride => ({ date, ranges: [], label: '' })

// 2026-12-25 is a Friday; 2026-12-24 a Thursday.
const schedule = (weekly: Partial<Schedule['weekly']>, overrides: DateOverride[] = []) => ({
  weekly: { ...emptyWeek(), ...weekly },
  overrides,
})

describe('§4 special dates: the previous night’s overnight range still runs into a special date', () => {
  it('Thursday 22:00–06:00 runs until 06:00 on a closed Friday', () => {
    expect(
      previousNightSpill(schedule({ thu: [r('22:00', '06:00')] }, [closed('2026-12-25')]), '2026-12-25'),
    ).toBe('06:00')
  })

  it('only the previous day’s weekday counts, and only a range that crosses midnight', () => {
    expect(previousNightSpill(schedule({ fri: [r('22:00', '06:00')] }), '2026-12-25')).toBeNull()
    expect(previousNightSpill(schedule({ thu: [r('08:00', '18:00')] }), '2026-12-25')).toBeNull()
    // Ending at 24:00 (or 00:00) stops at midnight: nothing runs into the date.
    expect(previousNightSpill(schedule({ thu: [r('18:00', '24:00')] }), '2026-12-25')).toBeNull()
    expect(previousNightSpill(schedule({ thu: [r('18:00', '00:00')] }), '2026-12-25')).toBeNull()
    expect(
      previousNightSpill(schedule({ thu: [r('08:00', '12:00'), r('20:00', '02:30')] }), '2026-12-25'),
    ).toBe('02:30')
  })

  it('when the previous day is itself a special date, its own hours count (not its weekday’s)', () => {
    const thuNight = { thu: [r('22:00', '06:00')] }
    expect(previousNightSpill(schedule(thuNight, [closed('2026-12-24')]), '2026-12-25')).toBeNull()
    expect(
      previousNightSpill(
        schedule({}, [{ date: '2026-12-24', ranges: [r('20:00', '01:00')], label: 'Nochebuena' }]),
        '2026-12-25',
      ),
    ).toBe('01:00')
  })

  it('across a month and a year boundary; malformed input is no spill', () => {
    // 2026-12-31 is a Thursday, 2027-01-01 a Friday.
    expect(previousNightSpill(schedule({ thu: [r('23:00', '03:00')] }), '2027-01-01')).toBe('03:00')
    expect(previousNightSpill(schedule({ thu: [r('23:00', '03:00')] }), '2027-02-30')).toBeNull()
    expect(previousNightSpill(schedule({ thu: [r('xx', '03:00')] }), '2027-01-01')).toBeNull()
  })
})

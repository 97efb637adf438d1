import { describe, expect, it } from 'vitest'
import { checkDateRange, effectiveHours } from './effective-hours'
import type { RoutingConfig } from '../routing/types'
import { sameEveryDay } from '../schedule/constructors'
import type { Schedule } from '../schedule/types'

const nineToSix = (timeZone: string): Schedule => ({
  timeZone,
  weekly: sameEveryDay([{ start: '09:00', end: '18:00' }]),
  overrides: [],
})

describe('effective hours', () => {
  it('validates the range: real dates, to ≥ from, at most 92 days', () => {
    expect(checkDateRange('2026-01-01', '2026-01-01')).toBeNull()
    expect(checkDateRange('2026-02-30', '2026-03-01')).toBe('invalid_from')
    expect(checkDateRange('2026-01-01', 'tomorrow')).toBe('invalid_to')
    expect(checkDateRange('2026-01-02', '2026-01-01')).toBe('to_before_from')
    expect(checkDateRange('2026-01-01', '2026-04-03')).toBe('range_too_long') // 93 days
    expect(checkDateRange('2026-01-01', '2026-04-02')).toBeNull() // 92 days is the most
  })

  it('is DST-exact: 09:00–18:00 in New York is 14:00Z before the March change and 13:00Z after', () => {
    const config: RoutingConfig = {
      business: nineToSix('America/New_York'),
      assistant: null,
      priority: 'agents',
    }
    const hours = effectiveHours(config, '2026-03-07', '2026-03-09')
    expect(hours.business).toEqual([
      {
        start: '2026-03-07T14:00:00.000Z',
        end: '2026-03-07T23:00:00.000Z',
        localStart: '2026-03-07T09:00',
        localEnd: '2026-03-07T18:00',
      },
      {
        start: '2026-03-08T13:00:00.000Z',
        end: '2026-03-08T22:00:00.000Z',
        localStart: '2026-03-08T09:00',
        localEnd: '2026-03-08T18:00',
      },
      {
        start: '2026-03-09T13:00:00.000Z',
        end: '2026-03-09T22:00:00.000Z',
        localStart: '2026-03-09T09:00',
        localEnd: '2026-03-09T18:00',
      },
    ])
    expect(hours.assistant).toBeNull()
  })

  it('applies special dates and reports an always-on assistant as the whole range, a switched-off one as none', () => {
    const business: Schedule = {
      ...nineToSix('America/Bogota'),
      overrides: [{ date: '2026-12-25', ranges: [] }],
    }
    const on = effectiveHours(
      { business, assistant: { active: true, schedule: null }, priority: 'assistant' },
      '2026-12-24',
      '2026-12-25',
    )
    expect(on.business.map((i) => i.localStart)).toEqual(['2026-12-24T09:00'])
    expect(on.assistant).toEqual([
      {
        start: '2026-12-24T05:00:00.000Z',
        end: '2026-12-26T05:00:00.000Z',
        localStart: '2026-12-24T00:00',
        localEnd: '2026-12-26T00:00',
      },
    ])
    const off = effectiveHours(
      { business, assistant: { active: false, schedule: null }, priority: 'assistant' },
      '2026-12-24',
      '2026-12-25',
    )
    expect(off.assistant).toEqual([])
  })
})

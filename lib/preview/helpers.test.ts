import { describe, expect, it } from 'vitest'
import { coverageWarnings, type RoutingConfig } from '../routing'
import { sameEveryDay } from '../schedule'
import { formatAtParam, parseAgentsParam, parseAtParam, parseLocalDate } from './time'
import { weekdayRuns } from './weekdays'
import { overviewRows, departmentIdOf, scopeKey } from './overview'
import { timelineWindow } from './timeline'
import type { ScopeSettings } from '../settings/types'

describe('preview URL params (issue 7)', () => {
  it('reads `at` as wall-clock time in the scope zone and writes it back', () => {
    const at = parseAtParam('2027-03-02T10:00', 'America/Bogota')
    expect(at?.toISOString()).toBe('2027-03-02T15:00:00.000Z')
    expect(formatAtParam(at!, 'America/Bogota')).toBe('2027-03-02T10:00')
  })

  it('§4: a skipped wall time resolves to the instant the clocks jump', () => {
    expect(parseAtParam('2026-03-08T02:30', 'America/New_York')?.toISOString()).toBe(
      '2026-03-08T07:00:00.000Z',
    )
    expect(parseAtParam('2026-09-06T00:30', 'America/Santiago')?.toISOString()).toBe(
      '2026-09-06T04:00:00.000Z',
    )
    // a repeated wall time → its first occurrence (EDT)
    expect(parseAtParam('2026-11-01T01:30', 'America/New_York')?.toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    )
  })

  it('rejects malformed params', () => {
    for (const bad of [
      '',
      '2027-02-30T10:00',
      '2027-03-02 10:00',
      '2027-03-02T24:00',
      'now',
      '2027-13-01T10:00',
    ]) {
      expect(parseAtParam(bad, 'UTC')).toBeNull()
    }
    expect(parseLocalDate('2027-02-29')).toBeNull()
    expect(parseAgentsParam('3')).toBe(3)
    expect(parseAgentsParam('-1')).toBeNull()
    expect(parseAgentsParam('1000')).toBeNull()
    expect(parseAgentsParam(null)).toBeNull()
  })
})

describe('warning labels', () => {
  it('groups weekdays into runs', () => {
    expect(weekdayRuns(['fri', 'mon', 'tue', 'wed', 'thu'])).toEqual([['mon', 'fri']])
    expect(weekdayRuns(['sun'])).toEqual([['sun', 'sun']])
    expect(weekdayRuns(['mon', 'wed', 'thu', 'sun'])).toEqual([
      ['mon', 'mon'],
      ['wed', 'thu'],
      ['sun', 'sun'],
    ])
  })

  it('§5 a night-only department has a daytime gap; covering the day removes it', () => {
    const tz = 'America/Bogota'
    const w = timelineWindow({ year: 2026, month: 11, day: 23 }, 7, tz)
    const night: RoutingConfig = {
      business: { timeZone: tz, weekly: sameEveryDay([{ start: '22:00', end: '06:00' }]), overrides: [] },
      assistant: null,
      priority: 'assistant',
    }
    const gaps = coverageWarnings(night, w.from, w.to)
    expect(gaps.map((g) => [g.code, g.start, g.end, weekdayRuns(g.weekdays)])).toEqual([
      ['no_one_outside_hours', '06:00', '22:00', [['mon', 'sun']]],
      ['queue_without_agents', '00:00', '06:00', [['mon', 'sun']]],
      ['queue_without_agents', '22:00', '24:00', [['mon', 'sun']]],
    ])
    const covered: RoutingConfig = { ...night, assistant: { active: true, schedule: null } }
    expect(coverageWarnings(covered, w.from, w.to)).toEqual([])
  })
})

describe('overview rows (§3 inheritance, §5 decide)', () => {
  const base = (departmentId: string | null, usesGeneral: boolean, open: string): ScopeSettings => ({
    departmentId,
    name: departmentId ?? 'General',
    usesGeneral,
    hasOwnConfig: true,
    version: 1,
    updatedAt: new Date(0),
    updatedBy: null,
    config: {
      business: {
        timeZone: 'America/Bogota',
        weekly: sameEveryDay([{ start: open, end: '18:00' }]),
        overrides: [],
      },
      outOfHoursMessage: '',
      priority: 'agents',
      assistant: null,
    },
  })
  const load = (online: number) => ({
    online,
    available: online,
    activeChats: 0,
    maxActiveChats: 20 * online,
  })
  it('a department using General is routed with General’s hours', () => {
    const general = base(null, false, '08:00')
    const inherits = base('dep_a', true, '12:00')
    const own = base('dep_b', false, '12:00')
    const at = new Date('2026-11-26T14:00:00Z') // 09:00 Bogotá
    const rows = overviewRows(
      [
        { scope: general, general, agents: load(2) },
        { scope: inherits, general, agents: load(1) },
        { scope: own, general, agents: load(1) },
      ],
      at,
    )
    expect(rows.map((r) => [r.key, r.source, r.responder])).toEqual([
      ['general', 'general', 'agents'],
      ['dep_a', 'general', 'agents'],
      ['dep_b', 'own', 'closed'],
    ])
    expect(rows[0]?.until).toBe('2026-11-26T23:00:00.000Z')
    expect(scopeKey(null)).toBe('general')
    expect(departmentIdOf('general')).toBeNull()
    expect(departmentIdOf('dep_a')).toBe('dep_a')
  })
})

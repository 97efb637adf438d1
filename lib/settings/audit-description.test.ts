import { describe, expect, it } from 'vitest'
import { calendarDate, describeChanges } from './audit-description'

const r = (start: string, end: string) => ({ start, end })

describe('describeChanges (issue 11.3)', () => {
  it('priority, usesGeneral, zone and message as typed values, in the editor order', () => {
    expect(
      describeChanges({
        priority: { before: 'agents', after: 'assistant' },
        outOfHoursMessage: { before: 'Antes', after: 'Después' },
        'business.timeZone': { before: 'America/Bogota', after: 'America/Santiago' },
        usesGeneral: { before: true, after: false },
      }),
    ).toEqual([
      { kind: 'usesGeneral', before: true, after: false },
      { kind: 'timeZone', before: 'America/Bogota', after: 'America/Santiago' },
      { kind: 'message', before: 'Antes', after: 'Después' },
      { kind: 'priority', before: 'agents', after: 'assistant' },
    ])
  })

  it('weekdays in week order whatever order the stored JSON has (jsonb sorts keys by length)', () => {
    const items = describeChanges({
      'business.weekly.sun': { before: [], after: [r('10:00', '14:00')] },
      'business.weekly.fri': { before: [r('08:00', '18:00')], after: [r('08:00', '16:00')] },
      'business.weekly.mon': { before: [r('08:00', '18:00')], after: [] },
      'business.weekly.wed': { before: [r('08:00', '18:00')], after: [r('22:00', '02:00')] },
    })
    expect(items.map((i) => (i.kind === 'weekday' ? i.day : i.kind))).toEqual(['mon', 'wed', 'fri', 'sun'])
    expect(items[0]).toEqual({
      kind: 'weekday',
      target: 'business',
      day: 'mon',
      before: [r('08:00', '18:00')],
      after: [],
    })
  })

  it('says which special date was added, removed or changed (not "22 fechas → 23 fechas")', () => {
    const christmas = { date: '2026-12-25', ranges: [], label: 'Navidad' }
    const items = describeChanges({
      'business.overrides': {
        before: [
          { date: '2026-12-24', ranges: [r('08:00', '12:00')], label: 'Nochebuena' },
          christmas,
          { date: '2026-12-31', ranges: [] },
        ],
        after: [
          { date: '2026-12-08', ranges: [] },
          { date: '2026-12-24', ranges: [], label: 'Nochebuena' },
          christmas,
        ],
      },
    })
    expect(items).toEqual([
      { kind: 'dateAdded', target: 'business', date: { date: '2026-12-08', ranges: [], label: null } },
      {
        kind: 'dateChanged',
        target: 'business',
        before: { date: '2026-12-24', ranges: [r('08:00', '12:00')], label: 'Nochebuena' },
        after: { date: '2026-12-24', ranges: [], label: 'Nochebuena' },
      },
      { kind: 'dateRemoved', target: 'business', date: { date: '2026-12-31', ranges: [], label: null } },
    ])
  })

  it('a new assistant is words, not JSON: its name, whether active, always or its own hours', () => {
    expect(
      describeChanges({
        assistant: { before: null, after: { name: 'Aurora', active: true, schedule: null } },
      }),
    ).toEqual([{ kind: 'assistantCreated', name: 'Aurora', active: true, mode: 'always' }])
    const own = {
      timeZone: 'America/Bogota',
      weekly: { mon: [r('07:00', '22:00')], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      overrides: [{ date: '2027-01-01', ranges: [] }],
    }
    expect(
      describeChanges({ assistant: { before: null, after: { name: 'Leo', active: false, schedule: own } } }),
    ).toEqual([
      { kind: 'assistantCreated', name: 'Leo', active: false, mode: 'own' },
      { kind: 'weekday', target: 'assistant', day: 'mon', before: [], after: [r('07:00', '22:00')] },
      { kind: 'dateAdded', target: 'assistant', date: { date: '2027-01-01', ranges: [], label: null } },
    ])
    expect(
      describeChanges({ assistant: { before: { name: 'Leo', active: true, schedule: own }, after: null } }),
    ).toEqual([{ kind: 'assistantRemoved', name: 'Leo' }])
  })

  it('assistant field changes: name, active, always ↔ own hours', () => {
    const own = {
      timeZone: 'UTC',
      weekly: { mon: [r('09:00', '17:00')], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
      overrides: [],
    }
    expect(
      describeChanges({
        'assistant.schedule': { before: null, after: own },
        'assistant.active': { before: true, after: false },
        'assistant.followsBusinessOverrides': { before: false, after: true },
        'assistant.name': { before: 'Aurora', after: 'Aurora 2' },
      }),
    ).toEqual([
      { kind: 'assistantName', before: 'Aurora', after: 'Aurora 2' },
      { kind: 'assistantActive', before: true, after: false },
      { kind: 'assistantMode', before: 'always', after: 'own' },
      { kind: 'weekday', target: 'assistant', day: 'mon', before: [], after: [r('09:00', '17:00')] },
      { kind: 'assistantFollowsBusinessOverrides', before: false, after: true },
    ])
  })

  it('department entries and unknown or malformed old values stay readable (never JSON)', () => {
    expect(describeChanges({ name: { before: null, after: 'Postventa' } })).toEqual([
      { kind: 'name', before: null, after: 'Postventa' },
    ])
    expect(
      describeChanges({
        'business.weekly.mon': { before: 'garbage', after: [{ start: '08:00' }, r('09:00', '10:00')] },
        'legacy.field': { before: { name: 'X' }, after: [r('08:00', '09:00'), 3] },
        broken: 'not a change',
      }),
    ).toEqual([
      { kind: 'weekday', target: 'business', day: 'mon', before: [], after: [r('09:00', '10:00')] },
      { kind: 'other', field: 'legacy.field', before: 'X', after: '08:00–09:00, 3' },
    ])
    expect(describeChanges(null)).toEqual([])
    expect(describeChanges([1, 2])).toEqual([])
  })

  it('calendarDate is noon UTC of that calendar date (formatted with timeZone UTC)', () => {
    expect(calendarDate('2026-12-08')?.toISOString()).toBe('2026-12-08T12:00:00.000Z')
    expect(calendarDate('8/12/2026')).toBeNull()
  })
})

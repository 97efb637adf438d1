import { describe, expect, it } from 'vitest'
import { offeredHolidays, periodYears, selectableYears, twelveMonthsEnd } from './upcoming'

const h = (date: string, name = date) => ({ date, name })
// Two years of Colombian-style holidays.
const LIST = [
  h('2026-01-01', 'Año Nuevo'),
  h('2026-05-01', 'Día del Trabajo'),
  h('2026-11-16', 'Independencia de Cartagena'),
  h('2026-12-08', 'Inmaculada Concepción'),
  h('2026-12-25', 'Navidad'),
  h('2027-01-01', 'Año Nuevo'),
  h('2027-01-11', 'Reyes Magos'),
  h('2027-11-15', 'Independencia de Cartagena'),
  h('2027-12-08', 'Inmaculada Concepción'),
  h('2027-12-25', 'Navidad'),
]

describe('§4 holiday import: what is offered (issue 11 item 9)', () => {
  it('late November, next 12 months (the default): from today, not January–November of this year', () => {
    expect(offeredHolidays(LIST, 'next12', '2026-11-28').map((x) => x.date)).toEqual([
      '2026-12-08',
      '2026-12-25',
      '2027-01-01',
      '2027-01-11',
      '2027-11-15',
    ])
  })

  it('today itself is offered; the window ends the day before the same date next year', () => {
    const dates = offeredHolidays(LIST, 'next12', '2026-12-08').map((x) => x.date)
    expect(dates[0]).toBe('2026-12-08')
    expect(dates).toContain('2027-11-15')
    expect(dates).not.toContain('2027-12-08')
    expect(twelveMonthsEnd('2026-12-08')).toBe('2027-12-07')
    expect(twelveMonthsEnd('2028-02-29')).toBe('2029-02-28')
    expect(twelveMonthsEnd('2026-01-01')).toBe('2026-12-31')
  })

  it('a chosen year: this year only from today on, a later year whole', () => {
    expect(offeredHolidays(LIST, 2026, '2026-11-28').map((x) => x.date)).toEqual(['2026-12-08', '2026-12-25'])
    expect(offeredHolidays(LIST, 2027, '2026-11-28')).toHaveLength(5)
    expect(offeredHolidays(LIST, 2025, '2026-11-28')).toEqual([])
  })

  it('one entry per date, by date, whatever order the lists arrive in', () => {
    const shuffled = [h('2027-01-01', 'B'), h('2026-12-25'), h('2027-01-01', 'A')]
    expect(offeredHolidays(shuffled, 'next12', '2026-12-01')).toEqual([h('2026-12-25'), h('2027-01-01', 'B')])
  })

  it('which years to ask for, and which years the dialog offers', () => {
    expect(periodYears('next12', '2026-11-28')).toEqual([2026, 2027])
    expect(periodYears('next12', '2026-01-01')).toEqual([2026])
    expect(periodYears(2027, '2026-11-28')).toEqual([2027])
    expect(selectableYears('2026-11-28')).toEqual([2026, 2027, 2028])
  })

  it('a malformed today offers nothing rather than everything', () => {
    expect(offeredHolidays(LIST, 'next12', 'mañana')).toEqual([])
  })
})

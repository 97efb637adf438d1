import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { groupOverrides } from './override-groups'

const id = (d: string) => d

describe('groupOverrides', () => {
  it('puts past dates apart and groups the rest by year, in date order', () => {
    const groups = groupOverrides(
      ['2027-01-01', '2026-12-25', '2026-11-02', '2026-12-08', '2026-12-01'],
      id,
      '2026-12-01',
    )
    expect(groups.past).toEqual(['2026-11-02'])
    expect(groups.upcoming).toEqual([
      { year: '2026', items: ['2026-12-01', '2026-12-08', '2026-12-25'] },
      { year: '2027', items: ['2027-01-01'] },
    ])
  })

  it('keeps a date being typed (not a full date yet) as upcoming, last', () => {
    const groups = groupOverrides(['', '2027-05-01'], id, '2026-12-01')
    expect(groups.upcoming).toEqual([
      { year: '2027', items: ['2027-05-01'] },
      { year: '', items: [''] },
    ])
    expect(groups.past).toEqual([])
  })

  it('loses and duplicates nothing, and every group holds its own year only', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 2024, max: 2029 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
    fc.assert(
      fc.property(fc.array(date, { maxLength: 40 }), date, (dates, today) => {
        const { upcoming, past } = groupOverrides(dates, id, today)
        const all = [...past, ...upcoming.flatMap((g) => g.items)]
        expect([...all].sort()).toEqual([...dates].sort())
        expect(past.every((d) => d < today)).toBe(true)
        for (const g of upcoming) expect(g.items.every((d) => d >= today && d.startsWith(g.year))).toBe(true)
        expect(upcoming.map((g) => g.year)).toEqual([...new Set(upcoming.map((g) => g.year))].sort())
      }),
    )
  })
})

// docs/behaviour.md §4 "Special dates" — the holiday import, written once for the editor's preview (server
// action), the dialog's merge and the demo seed. Until issue 13 the action and the seed each had their own copy.
import { describe, expect, it } from 'vitest'
import { collectPublicHolidays, publicHolidays } from './calendar'
import { HOLIDAY_COUNTRIES } from './countries'
import { mergeHolidays } from './merge'

describe('§4 public holidays', () => {
  it('public only, one entry per date with the names joined by " / ", sorted by date', () => {
    expect(
      collectPublicHolidays([
        { date: '2026-12-25 00:00:00', name: 'Navidad', type: 'public' },
        { date: '2026-05-01 00:00:00', name: 'Día del Trabajo', type: 'public' },
        { date: '2026-05-01 00:00:00', name: 'Otra fiesta', type: 'public' },
        { date: '2026-02-14 00:00:00', name: 'San Valentín', type: 'observance' },
        { date: '2026-03-02 00:00:00', name: 'Banco', type: 'bank' },
      ]),
    ).toEqual([
      { date: '2026-05-01', name: 'Día del Trabajo / Otra fiesta' },
      { date: '2026-12-25', name: 'Navidad' },
    ])
  })

  it('every importable country has public holidays, as real sorted dates of the asked year', () => {
    for (const country of HOLIDAY_COUNTRIES) {
      const list = publicHolidays(country, 2026)
      expect(list.length, country).toBeGreaterThan(3)
      expect(
        list.every((h) => h.date.startsWith('2026-')),
        country,
      ).toBe(true)
      expect([...list].sort((a, b) => (a.date < b.date ? -1 : 1))).toEqual(list)
    }
    expect(publicHolidays('CO', 2026, ['es'])).toContainEqual({ date: '2026-12-25', name: 'Navidad' })
    expect(publicHolidays('CO', 2026, ['en'])).toContainEqual({ date: '2026-12-25', name: 'Christmas Day' })
  })

  it('merging: new dates are closed all day with the name as label; a date already there keeps its own entry', () => {
    const own = { date: '2026-12-25', ranges: [{ start: '10:00', end: '14:00' }], label: 'Turno corto' }
    const { overrides, added } = mergeHolidays(
      [own],
      [
        { date: '2026-12-25', name: 'Navidad' },
        { date: '2026-01-01', name: 'x'.repeat(120) },
      ],
    )
    expect(added).toBe(1)
    expect(overrides).toEqual([{ date: '2026-01-01', ranges: [], label: 'x'.repeat(80) }, own])
  })
})

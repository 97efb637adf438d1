import { describe, expect, it } from 'vitest'
import { coverageWarnings } from './index'
import { ALWAYS, HOUR, at, config, schedule } from './test-fixtures'

const TZ = 'America/Bogota'
const bog = (date: string, hm: string) => at(`${date}T${hm}:00-05:00`)
const WEEK_FROM = bog('2026-03-02', '00:00') // Monday
const WEEK_TO = bog('2026-03-09', '00:00')
const summary = (w: ReturnType<typeof coverageWarnings>) =>
  w.map(({ code, weekdays, start, end }) => ({ code, weekdays, start, end }))

describe('§5 coverageWarnings', () => {
  it('§5 no assistant, Mon–Sat 08:00–20:00: nights and Sunday get nobody; open hours queue without agents', () => {
    const c = config(schedule(TZ, { weekdays: [['08:00', '20:00']], sat: [['08:00', '20:00']] }), null)
    const warnings = coverageWarnings(c, WEEK_FROM, WEEK_TO)
    const sixDays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat']
    expect(summary(warnings)).toEqual([
      { code: 'no_one_outside_hours', weekdays: sixDays, start: '00:00', end: '08:00' },
      { code: 'no_one_outside_hours', weekdays: sixDays, start: '20:00', end: '24:00' },
      { code: 'no_one_outside_hours', weekdays: ['sun'], start: '00:00', end: '24:00' },
      { code: 'queue_without_agents', weekdays: sixDays, start: '08:00', end: '20:00' },
    ])
    const sunday = warnings[2]
    expect(sunday?.timeZone).toBe(TZ)
    expect(sunday?.dates).toEqual(['2026-03-08'])
    expect(sunday?.segments).toEqual([{ start: bog('2026-03-08', '00:00'), end: WEEK_TO }])
    expect(warnings[0]?.segments[1]).toEqual({
      start: bog('2026-03-03', '00:00'),
      end: bog('2026-03-03', '08:00'),
    })
  })

  it('§5 "Domingo 00:00–08:00: nadie atiende": the night assistant skips Saturday night', () => {
    const nightsMonToSat = {
      weekdays: [
        ['00:00', '08:00'],
        ['20:00', '24:00'],
      ],
      sat: [
        ['00:00', '08:00'],
        ['20:00', '24:00'],
      ],
    } as const
    const c = config(
      schedule(TZ, { all: [['08:00', '20:00']] }),
      { active: true, schedule: schedule(TZ, nightsMonToSat) },
      'agents',
    )
    const warnings = coverageWarnings(c, WEEK_FROM, WEEK_TO)
    expect(summary(warnings.filter((w) => w.code === 'no_one_outside_hours'))).toEqual([
      { code: 'no_one_outside_hours', weekdays: ['sun'], start: '00:00', end: '08:00' },
      { code: 'no_one_outside_hours', weekdays: ['sun'], start: '20:00', end: '24:00' },
    ])
    // In hours with nobody online the day-off assistant cannot help either.
    expect(summary(warnings.filter((w) => w.code === 'queue_without_agents'))).toEqual([
      {
        code: 'queue_without_agents',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        start: '08:00',
        end: '20:00',
      },
    ])
  })

  it('§5 an always-on active assistant leaves no warnings; switching it off brings them back', () => {
    const business = schedule(TZ, { weekdays: [['09:00', '18:00']] })
    expect(
      coverageWarnings(config(business, { active: true, schedule: null }, 'agents'), WEEK_FROM, WEEK_TO),
    ).toEqual([])
    expect(
      coverageWarnings(config(business, { active: false, schedule: null }, 'agents'), WEEK_FROM, WEEK_TO)
        .length,
    ).toBeGreaterThan(0)
  })

  it('§5 24/7 business: nobody-outside-hours never happens, but chats queue when no agent is online', () => {
    const warnings = coverageWarnings(config(schedule(TZ, ALWAYS), null), WEEK_FROM, WEEK_TO)
    expect(summary(warnings)).toEqual([
      {
        code: 'queue_without_agents',
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
        start: '00:00',
        end: '24:00',
      },
    ])
    expect(warnings[0]?.segments).toHaveLength(7)
  })

  it('§4/§5 a holiday override shows up as its own pattern with its date', () => {
    const business = schedule(TZ, { weekdays: [['09:00', '18:00']] }, [{ date: '2026-03-04', ranges: [] }])
    const warnings = coverageWarnings(config(business, null), WEEK_FROM, WEEK_TO)
    const wholeDays = warnings.find(
      (w) => w.code === 'no_one_outside_hours' && w.start === '00:00' && w.end === '24:00',
    )
    expect(wholeDays?.weekdays).toEqual(['wed', 'sat', 'sun'])
    expect(wholeDays?.dates).toEqual(['2026-03-04', '2026-03-07', '2026-03-08'])
  })

  it('§4/§5 Santiago DST start: Sunday begins at 01:00 local but its window still reads 00:00–24:00', () => {
    const scl = schedule('America/Santiago', { weekdays: [['09:00', '18:00']] })
    const from = at('2026-09-05T00:00:00-04:00') // Saturday
    const to = at('2026-09-07T00:00:00-03:00') // Monday
    const [weekend] = coverageWarnings(config(scl, null), from, to)
    expect(weekend).toMatchObject({ weekdays: ['sat', 'sun'], start: '00:00', end: '24:00' })
    expect(weekend?.dates).toEqual(['2026-09-05', '2026-09-06'])
    expect(weekend?.segments[1]?.start).toEqual(at('2026-09-06T01:00:00-03:00'))
    const lengths = weekend?.segments.map((s) => (s.end.getTime() - s.start.getTime()) / HOUR)
    expect(lengths).toEqual([24, 23])
  })

  it('§4/§5 Santiago DST end: Saturday runs 25 h (23:00–24:00 repeats), Sunday starts at the first 00:00', () => {
    const scl = schedule('America/Santiago', { weekdays: [['09:00', '18:00']] })
    const from = at('2026-04-04T00:00:00-03:00')
    const to = at('2026-04-06T00:00:00-04:00')
    const [weekend] = coverageWarnings(config(scl, null), from, to)
    expect(weekend).toMatchObject({ weekdays: ['sat', 'sun'], start: '00:00', end: '24:00' })
    expect(weekend?.segments[1]?.start).toEqual(at('2026-04-05T00:00:00-04:00'))
    expect(weekend?.segments.map((s) => (s.end.getTime() - s.start.getTime()) / HOUR)).toEqual([25, 24])
  })

  it('§5 a window that starts mid-day is labelled from its real start', () => {
    const c = config(schedule(TZ, { weekdays: [['09:00', '18:00']] }), null)
    const warnings = coverageWarnings(c, bog('2026-03-02', '05:30'), bog('2026-03-02', '12:00'))
    expect(summary(warnings)).toEqual([
      { code: 'no_one_outside_hours', weekdays: ['mon'], start: '05:30', end: '09:00' },
      { code: 'queue_without_agents', weekdays: ['mon'], start: '09:00', end: '12:00' },
    ])
  })
})

// docs/behaviour.md §4/§6 — ScheduleSchema: each rule rejects with the exact field path and Spanish message, and accepts the
// nearest valid input.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  createScheduleSchemas,
  DateOverrideSchema,
  emptyWeek,
  isOpen,
  nextChange,
  openIntervals,
  ScheduleSchema,
  TimeRangeSchema,
  TimeSchema,
  TimeZoneSchema,
  WeeklySchema,
  type Schedule,
  type TimeRange,
  type Weekday,
} from './index'

const r = (start: string, end: string): TimeRange => ({ start, end })
function schedule(patch: {
  timeZone?: unknown
  weekly?: Partial<Record<Weekday, unknown>>
  overrides?: unknown
}): unknown {
  return {
    timeZone: 'timeZone' in patch ? patch.timeZone : 'America/Bogota',
    weekly: { ...emptyWeek(), ...patch.weekly },
    overrides: patch.overrides ?? [],
  }
}
/** The issues as [path, message] pairs. */
function issues(input: unknown): [(string | number)[], string][] {
  const result = ScheduleSchema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((i) => [i.path as (string | number)[], i.message])
}
function accepts(input: unknown) {
  expect(issues(input)).toEqual([])
}

const FORMAT = 'Usa el formato HH:MM (00:00–23:59)'
const END_FORMAT = 'Usa el formato HH:MM (00:00–23:59, o 24:00)'

describe('§4 ScheduleSchema — "HH:MM" times', () => {
  it.each(['9:00', '24:00', '23:60', '12:5', '12:000', ' 09:00', 'ab:cd', ''])(
    '§4 rejects start %j',
    (start) => {
      expect(issues(schedule({ weekly: { mon: [r('08:00', '09:00'), r(start, '23:00')] } }))).toEqual([
        [['weekly', 'mon', 1, 'start'], FORMAT],
      ])
    },
  )
  it('§4 rejects a start that is not a string', () => {
    expect(issues(schedule({ weekly: { tue: [{ start: 900, end: '10:00' }] } }))).toEqual([
      [['weekly', 'tue', 0, 'start'], FORMAT],
    ])
  })
  it.each(['24:01', '25:00', '7:00', 'x'])('§4 rejects end %j', (end) => {
    expect(issues(schedule({ weekly: { wed: [r('06:00', end)] } }))).toEqual([
      [['weekly', 'wed', 0, 'end'], END_FORMAT],
    ])
  })
  it('§4 accepts 00:00, 23:59 and a "24:00" end', () => {
    accepts(
      schedule({ weekly: { mon: [r('00:00', '00:01'), r('23:59', '24:00')], tue: [r('10:00', '24:00')] } }),
    )
  })
  it('§4 TimeSchema alone', () => {
    expect(TimeSchema.safeParse('07:30').success).toBe(true)
    expect(TimeSchema.safeParse('24:00').success).toBe(false)
  })
})

describe('§4 ScheduleSchema — start ≠ end', () => {
  it('§4 rejects equal start and end, on the end field', () => {
    expect(issues(schedule({ weekly: { thu: [r('10:00', '10:00')] } }))).toEqual([
      [['weekly', 'thu', 0, 'end'], 'La hora de inicio y de fin no pueden ser iguales'],
    ])
  })
  it('§4 accepts a one-minute range and 00:00–24:00', () => {
    accepts(schedule({ weekly: { thu: [r('10:00', '10:01')], fri: [r('00:00', '24:00')] } }))
    expect(TimeRangeSchema.safeParse(r('00:00', '00:00')).success).toBe(false)
  })
})

describe('§4 ScheduleSchema — no overlaps within a day', () => {
  it('§4 rejects overlapping ranges, marking both and each naming the other', () => {
    expect(issues(schedule({ weekly: { mon: [r('09:00', '12:00'), r('11:00', '13:00')] } }))).toEqual([
      [['weekly', 'mon', 1, 'start'], 'Este rango se superpone con 09:00–12:00'],
      [['weekly', 'mon', 0, 'start'], 'Este rango se superpone con 11:00–13:00'],
    ])
  })
  it('§4 a range overlapping two others is marked once, and so is each of them', () => {
    const found = issues(
      schedule({ weekly: { tue: [r('08:00', '18:00'), r('09:00', '10:00'), r('12:00', '13:00')] } }),
    )
    expect(found.map(([path]) => path[2]).sort()).toEqual([0, 1, 2])
  })
  it('§4 rejects a range inside an overnight range of the same day (after placing it)', () => {
    expect(issues(schedule({ weekly: { fri: [r('22:00', '02:00'), r('23:00', '23:30')] } }))).toEqual([
      [['weekly', 'fri', 1, 'start'], 'Este rango se superpone con 22:00–02:00'],
      [['weekly', 'fri', 0, 'start'], 'Este rango se superpone con 23:00–23:30'],
    ])
  })
  it("§4 accepts touching ranges and an early range before the same day's overnight one", () => {
    accepts(
      schedule({
        weekly: { mon: [r('09:00', '12:00'), r('12:00', '13:00'), r('01:00', '03:00'), r('22:00', '01:00')] },
      }),
    )
  })
})

describe('§4 ScheduleSchema — an overnight range must not run into the next day', () => {
  it("§4 rejects Monday 22:00–03:00 with Tuesday 02:00–05:00, on Monday's end and Tuesday's start", () => {
    expect(issues(schedule({ weekly: { mon: [r('22:00', '03:00')], tue: [r('02:00', '05:00')] } }))).toEqual([
      [
        ['weekly', 'mon', 0, 'end'],
        'El rango nocturno del lunes se superpone con el primer rango del martes',
      ],
      [
        ['weekly', 'tue', 0, 'start'],
        'El rango nocturno del lunes se superpone con el primer rango del martes',
      ],
    ])
  })
  it('§4 Sunday wraps to Monday', () => {
    expect(
      issues(
        schedule({ weekly: { sun: [r('23:00', '01:00')], mon: [r('08:00', '09:00'), r('00:30', '02:00')] } }),
      ),
    ).toEqual([
      [
        ['weekly', 'sun', 0, 'end'],
        'El rango nocturno del domingo se superpone con el primer rango del lunes',
      ],
      // Only Monday's range the night runs into (00:30–02:00), not 08:00–09:00.
      [
        ['weekly', 'mon', 1, 'start'],
        'El rango nocturno del domingo se superpone con el primer rango del lunes',
      ],
    ])
  })
  it("§4 accepts an overnight range that touches the next day's first range (they merge)", () => {
    accepts(
      schedule({
        weekly: {
          mon: [r('18:00', '24:00'), r('12:00', '13:00')],
          tue: [r('00:00', '06:00')],
          sat: [r('22:00', '02:00')],
          sun: [r('02:00', '04:00')],
        },
      }),
    )
  })
  it('§4 WeeklySchema alone reports paths relative to the week', () => {
    const result = WeeklySchema.safeParse({
      ...emptyWeek(),
      mon: [r('22:00', '03:00')],
      tue: [r('02:00', '05:00')],
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path)).toEqual([
      ['mon', 0, 'end'],
      ['tue', 0, 'start'],
    ])
  })
})

describe('§4 ScheduleSchema — time zone', () => {
  it.each(['Mars/Olympus', '', 'America/Nowhere', '+05:00', 42, null])('§4 rejects %j', (timeZone) => {
    expect(issues(schedule({ timeZone }))).toEqual([[['timeZone'], 'Zona horaria desconocida']])
  })
  it.each(['UTC', 'America/Santiago', 'Pacific/Kiritimati', 'US/Eastern', 'Etc/GMT+5'])(
    '§4 accepts %j',
    (timeZone) => {
      accepts(schedule({ timeZone }))
      expect(TimeZoneSchema.safeParse(timeZone).success).toBe(true)
    },
  )
})

describe('§4 ScheduleSchema — overrides', () => {
  it.each([
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2025-02-29',
    '26-01-01',
    '2026-1-01',
    '2026/01/01',
    20260101,
  ])('§4 rejects date %j', (date) => {
    expect(issues(schedule({ overrides: [{ date, ranges: [] }] }))).toEqual([
      [['overrides', 0, 'date'], 'Fecha inválida'],
    ])
  })
  it('§4 accepts real dates, including 29 February of a leap year', () => {
    accepts(
      schedule({
        overrides: [
          { date: '2028-02-29', ranges: [] },
          { date: '2026-12-31', ranges: [r('10:00', '14:00')] },
        ],
      }),
    )
  })
  it('§4 rejects a repeated date on the later override', () => {
    expect(
      issues(
        schedule({
          overrides: [
            { date: '2026-12-25', ranges: [] },
            { date: '2026-01-01', ranges: [] },
            { date: '2026-12-25', ranges: [r('09:00', '10:00')] },
          ],
        }),
      ),
    ).toEqual([[['overrides', 2, 'date'], 'Esta fecha ya tiene una excepción']])
  })
  it('§4 label is optional and at most 80 characters', () => {
    accepts(
      schedule({
        overrides: [
          { date: '2026-12-25', ranges: [], label: 'N'.repeat(80) },
          { date: '2026-12-24', ranges: [] },
        ],
      }),
    )
    expect(
      issues(schedule({ overrides: [{ date: '2026-12-25', ranges: [], label: 'N'.repeat(81) }] })),
    ).toEqual([[['overrides', 0, 'label'], 'La etiqueta admite como máximo 80 caracteres']])
  })
  it('§4 override ranges follow the same format, start ≠ end and overlap rules', () => {
    expect(
      issues(
        schedule({
          overrides: [
            {
              date: '2026-12-24',
              ranges: [r('9:00', '10:00'), r('11:00', '11:00'), r('12:00', '15:00'), r('14:00', '16:00')],
            },
          ],
        }),
      ),
    ).toEqual([
      [['overrides', 0, 'ranges', 0, 'start'], FORMAT],
      [['overrides', 0, 'ranges', 1, 'end'], 'La hora de inicio y de fin no pueden ser iguales'],
      [['overrides', 0, 'ranges', 3, 'start'], 'Este rango se superpone con 12:00–15:00'],
      [['overrides', 0, 'ranges', 2, 'start'], 'Este rango se superpone con 14:00–16:00'],
    ])
    expect(
      DateOverrideSchema.safeParse({ date: '2026-12-24', ranges: [r('12:00', '15:00'), r('15:00', '16:00')] })
        .success,
    ).toBe(true)
  })
  it("§4 an override's overnight range must not run into the next date (weekly hours there)", () => {
    // 2026-12-24 is a Thursday; Friday has 08:00–17:00.
    expect(
      issues(
        schedule({
          weekly: { fri: [r('08:00', '17:00')] },
          overrides: [{ date: '2026-12-24', ranges: [r('20:00', '09:00')] }],
        }),
      ),
    ).toEqual([
      [
        ['overrides', 0, 'ranges', 0, 'end'],
        'El rango nocturno del jueves 2026-12-24 se superpone con el primer rango del viernes 2026-12-25',
      ],
    ])
    accepts(
      schedule({
        weekly: { fri: [r('08:00', '17:00')] },
        overrides: [{ date: '2026-12-24', ranges: [r('20:00', '08:00')] }],
      }),
    )
  })
  it("§4 the previous date's overnight range must not run into an override's first range", () => {
    // Weekly Wednesday 22:00–02:00 runs into the Thursday 2026-12-24 override 01:00–03:00.
    expect(
      issues(
        schedule({
          weekly: { wed: [r('22:00', '02:00')] },
          overrides: [{ date: '2026-12-24', ranges: [r('10:00', '12:00'), r('01:00', '03:00')] }],
        }),
      ),
    ).toEqual([
      [
        ['overrides', 0, 'ranges', 1, 'start'],
        'El rango nocturno del miércoles 2026-12-23 se superpone con el primer rango del jueves 2026-12-24',
      ],
    ])
    // A closed override, or one starting when the night ends, is fine (the night still runs to 02:00).
    accepts(
      schedule({ weekly: { wed: [r('22:00', '02:00')] }, overrides: [{ date: '2026-12-24', ranges: [] }] }),
    )
    accepts(
      schedule({
        weekly: { wed: [r('22:00', '02:00')] },
        overrides: [{ date: '2026-12-24', ranges: [r('02:00', '03:00')] }],
      }),
    )
  })
  it('§4 two consecutive overrides are checked against each other', () => {
    expect(
      issues(
        schedule({
          overrides: [
            { date: '2026-12-31', ranges: [r('20:00', '03:00')] },
            { date: '2027-01-01', ranges: [r('02:00', '04:00')] },
          ],
        }),
      ),
    ).toEqual([
      [
        ['overrides', 0, 'ranges', 0, 'end'],
        'El rango nocturno del jueves 2026-12-31 se superpone con el primer rango del viernes 2027-01-01',
      ],
      [
        ['overrides', 1, 'ranges', 0, 'start'],
        'El rango nocturno del jueves 2026-12-31 se superpone con el primer rango del viernes 2027-01-01',
      ],
    ])
  })
})

describe('§4 ScheduleSchema — limits', () => {
  const tenRanges = Array.from({ length: 10 }, (_, i) =>
    r(`${String(i).padStart(2, '0')}:00`, `${String(i).padStart(2, '0')}:30`),
  )
  it('§4 at most 10 ranges a day', () => {
    accepts(schedule({ weekly: { mon: tenRanges } }))
    expect(issues(schedule({ weekly: { mon: [...tenRanges, r('20:00', '21:00')] } }))).toEqual([
      [['weekly', 'mon'], 'Máximo 10 rangos por día'],
    ])
  })
  it('§4 at most 400 overrides', () => {
    const dates = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        date: new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
        ranges: [],
      }))
    accepts(schedule({ overrides: dates(400) }))
    expect(issues(schedule({ overrides: dates(401) }))).toEqual([
      [['overrides'], 'Máximo 400 fechas especiales'],
    ])
  })
})

describe('§4 ScheduleSchema — structure and localisation hook', () => {
  it('§4 rejects non-objects and missing days with Spanish messages', () => {
    expect(issues(null)).toEqual([[[], 'Horario inválido']])
    const { tue: _tue, ...sixDays } = emptyWeek()
    void _tue
    expect(issues({ timeZone: 'UTC', weekly: sixDays, overrides: [] })).toEqual([
      [['weekly', 'tue'], 'Debe ser una lista'],
    ])
  })
  it('§4 every rule issue carries params.code, and createScheduleSchemas swaps the texts', () => {
    const input = schedule({ weekly: { mon: [r('09:00', '12:00'), r('11:00', '13:00')] } })
    const es = ScheduleSchema.safeParse(input)
    expect(es.error?.issues[0]).toMatchObject({ params: { code: 'overlap', other: '09:00–12:00' } })
    const en = createScheduleSchemas({
      overlap: ({ other }) => `This range overlaps ${other}`,
    }).ScheduleSchema.safeParse(input)
    expect(en.error?.issues.map((i) => i.message)).toEqual([
      'This range overlaps 09:00–12:00',
      'This range overlaps 11:00–13:00',
    ])
  })
  it("§4 the parsed output is the engine's Schedule", () => {
    const parsed: Schedule = ScheduleSchema.parse(schedule({ weekly: { mon: [r('09:00', '18:00')] } }))
    expect(isOpen(parsed, new Date('2026-03-02T15:00Z'))).toBe(true)
  })
})

// ── fast-check ─────────────────────────────────────────────────────────────────────────────────────────────
const timeish = fc.oneof(
  fc.constantFrom(
    '00:00',
    '01:30',
    '02:00',
    '09:00',
    '12:00',
    '18:00',
    '22:00',
    '23:59',
    '24:00',
    '9:00',
    '25:00',
    '',
  ),
  fc
    .integer({ min: 0, max: 1440 })
    .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`),
  fc.string({ maxLength: 6 }),
)
const rangeish = fc.oneof(
  { weight: 8, arbitrary: fc.record({ start: timeish, end: timeish }) },
  { weight: 1, arbitrary: fc.jsonValue() },
)
// Mostly plausible days (so that many schedules are accepted, around DST-sensitive hours), sometimes junk.
const goodRange = fc.constantFrom(
  r('09:00', '18:00'),
  r('00:00', '24:00'),
  r('22:00', '02:00'),
  r('01:30', '02:30'),
  r('00:00', '01:00'),
  r('23:00', '24:00'),
)
const dayish = fc.oneof(
  { weight: 30, arbitrary: fc.array(goodRange, { maxLength: 2 }) },
  { weight: 1, arbitrary: fc.array(rangeish, { maxLength: 4 }) },
)
const scheduleish = fc.record({
  timeZone: fc.constantFrom(
    'UTC',
    'America/Santiago',
    'America/New_York',
    'Europe/London',
    'Asia/Kolkata',
    'Mars/X',
    '',
  ),
  weekly: fc.record(
    Object.fromEntries((['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => [d, dayish])),
  ),
  overrides: fc.array(
    fc.record(
      {
        date: fc.oneof(
          fc.constantFrom('2026-03-08', '2026-09-06', '2026-04-04', '2026-02-30', 'x'),
          fc
            .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
        ),
        ranges: dayish,
        label: fc.string({ maxLength: 84 }),
      },
      { requiredKeys: ['date', 'ranges'] },
    ),
    { maxLength: 4 },
  ),
})

describe('§4 ScheduleSchema — properties', () => {
  it('§4 never throws on arbitrary values', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), scheduleish), (value) => {
        // safeParse answers, it never throws: a result with a boolean `success` for every value.
        expect(typeof ScheduleSchema.safeParse(value).success).toBe('boolean')
      }),
      { numRuns: 400 },
    )
  })
  it('§4 whatever it accepts evaluates without throwing', () => {
    let accepted = 0
    fc.assert(
      fc.property(
        scheduleish,
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        (value, t) => {
          const result = ScheduleSchema.safeParse(value)
          if (!result.success) return
          accepted++
          for (const s of [result.data, value as Schedule]) {
            isOpen(s, new Date(t))
            nextChange(s, new Date(t))
            openIntervals(s, new Date(t), new Date(t + 7 * 86_400_000))
          }
        },
      ),
      { numRuns: 600 },
    )
    // Guard against a vacuous property: the generator must produce accepted schedules too.
    expect(accepted).toBeGreaterThan(20)
  })
})

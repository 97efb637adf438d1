// docs/behaviour.md §4 / §6 — validation of a Schedule as the editor submits it. Every issue points at the exact field
// (e.g. ['weekly', 'mon', 1, 'start']) so the UI can show the message next to that input. Messages are Spanish
// by default; every rule issue also carries `params.code` (+ values) and createScheduleSchemas(messages) builds
// the same schemas with other texts, so another locale needs no second set of rules.
import { z } from 'zod'
import { formatDate, formatMinutes, MINUTES_PER_DAY, parseDate, parseTime, weekdayIndex } from './time'
import { canonicalTimeZone, isKnownTimeZone } from './time-zones'
import { MAX_DATE_YEAR, MAX_LABEL_LENGTH, MAX_OVERRIDES, MAX_RANGES_PER_DAY, MIN_DATE_YEAR } from './limits'
import { WEEKDAYS, type Schedule, type TimeRange, type Weekday } from './types'

export { MAX_LABEL_LENGTH, MAX_OVERRIDES, MAX_RANGES_PER_DAY }

export type ScheduleIssueCode =
  | 'invalid_schedule'
  | 'invalid_list'
  | 'time_format'
  | 'end_time_format'
  | 'same_start_end'
  | 'overlap'
  | 'overnight_overlap'
  | 'unknown_time_zone'
  | 'invalid_date'
  | 'duplicate_date'
  | 'too_many_ranges'
  | 'too_many_overrides'
  | 'invalid_label'

/** Texts for every issue. Functions receive the values also exposed in `issue.params`. */
export type ScheduleMessages = {
  invalid_schedule: () => string
  invalid_list: () => string
  time_format: () => string
  end_time_format: () => string
  same_start_end: () => string
  /** `other` = the other range as "HH:MM–HH:MM". */
  overlap: (p: { other: string }) => string
  /** `day` / `nextDay` = day labels from dayLabel (weekday name, or weekday + date for an override). */
  overnight_overlap: (p: { day: string; nextDay: string }) => string
  unknown_time_zone: () => string
  invalid_date: () => string
  duplicate_date: () => string
  too_many_ranges: (p: { max: number }) => string
  too_many_overrides: (p: { max: number }) => string
  invalid_label: (p: { max: number }) => string
  /** How a day is named inside other messages: a weekday, optionally with the override's date. */
  dayLabel: (p: { weekday: Weekday; date?: string }) => string
}

const WEEKDAY_ES: Record<Weekday, string> = {
  mon: 'lunes',
  tue: 'martes',
  wed: 'miércoles',
  thu: 'jueves',
  fri: 'viernes',
  sat: 'sábado',
  sun: 'domingo',
}

export const SCHEDULE_MESSAGES_ES: ScheduleMessages = {
  invalid_schedule: () => 'Horario inválido',
  invalid_list: () => 'Debe ser una lista',
  time_format: () => 'Usa el formato HH:MM (00:00–23:59)',
  end_time_format: () => 'Usa el formato HH:MM (00:00–23:59, o 24:00)',
  same_start_end: () => 'La hora de inicio y de fin no pueden ser iguales',
  overlap: ({ other }) => `Este rango se superpone con ${other}`,
  overnight_overlap: ({ day, nextDay }) =>
    `El rango nocturno del ${day} se superpone con el primer rango del ${nextDay}`,
  unknown_time_zone: () => 'Zona horaria desconocida',
  invalid_date: () => 'Fecha inválida',
  duplicate_date: () => 'Esta fecha ya tiene una excepción',
  too_many_ranges: ({ max }) => `Máximo ${max} rangos por día`,
  too_many_overrides: ({ max }) => `Máximo ${max} fechas especiales`,
  invalid_label: ({ max }) => `La etiqueta admite como máximo ${max} caracteres`,
  dayLabel: ({ weekday, date }) =>
    date === undefined ? WEEKDAY_ES[weekday] : `${WEEKDAY_ES[weekday]} ${date}`,
}

/** @see isKnownTimeZone */
export const isValidTimeZone = isKnownTimeZone

type Ctx = z.RefinementCtx
type Path = (string | number)[]

/** A range placed on its day in minutes: end past 1440 = on the next date. null if its fields are invalid. */
function place(range: unknown): { start: number; end: number } | null {
  if (typeof range !== 'object' || range === null) return null
  const { start, end } = range as Record<string, unknown>
  const s = parseTime(start)
  const e = parseTime(end, true)
  if (s === null || e === null || s === e) return null
  return { start: s, end: e > s ? e : e + MINUTES_PER_DAY }
}

function label(range: { start: number; end: number }): string {
  return `${formatMinutes(range.start)}–${formatMinutes(range.end > MINUTES_PER_DAY ? range.end - MINUTES_PER_DAY : range.end)}`
}

/** A special date's year lies in [MIN_DATE_YEAR, MAX_DATE_YEAR] (the string is already a valid YYYY-MM-DD). */
function withinDateWindow(date: string): boolean {
  const year = Number(date.slice(0, 4))
  return year >= MIN_DATE_YEAR && year <= MAX_DATE_YEAR
}

export function createScheduleSchemas(overrides: Partial<ScheduleMessages> = {}) {
  const m: ScheduleMessages = { ...SCHEDULE_MESSAGES_ES, ...overrides }

  function add(
    ctx: Ctx,
    path: Path,
    code: ScheduleIssueCode,
    message: string,
    values: Record<string, unknown> = {},
  ) {
    ctx.addIssue({ code: 'custom', message, path, params: { code, ...values } })
  }

  /**
   * Within-day rule (docs/behaviour.md §4): no two ranges of a day overlap once overnight ones are placed; touching is
   * fine. Both sides of an overlap are marked, each naming the other (once per range: the first it overlaps).
   */
  function checkDay(ranges: unknown[], ctx: Ctx, base: Path) {
    const placed = ranges.map(place)
    const marked = new Set<number>()
    const mark = (index: number, other: string) => {
      if (marked.has(index)) return
      marked.add(index)
      add(ctx, [...base, index, 'start'], 'overlap', m.overlap({ other }), { other })
    }
    for (let j = 0; j < placed.length; j++) {
      const b = placed[j]
      if (!b) continue
      for (let i = 0; i < j; i++) {
        const a = placed[i]
        if (!a || !(a.start < b.end && b.start < a.end)) continue
        mark(j, label(a))
        mark(i, label(b))
      }
    }
  }

  /**
   * Cross-day rule: an overnight range of one day must not run into the next day's ranges (the spill-over
   * [00:00, end) overlaps some next-day range exactly when it passes the earliest next-day start).
   */
  function spillsInto(day: unknown[], next: unknown[]): number[] {
    const firstNext = Math.min(...next.map(place).map((r) => (r ? r.start : Infinity)))
    const offenders: number[] = []
    day.forEach((range, i) => {
      const r = place(range)
      if (r && r.end > MINUTES_PER_DAY && r.end - MINUTES_PER_DAY > firstNext) offenders.push(i)
    })
    return offenders
  }

  /** The next day's ranges that some overnight range of `day` runs into (the other side of spillsInto). */
  function spilledOn(day: unknown[], next: unknown[]): number[] {
    const latestEnd = Math.max(
      ...day.map(place).map((r) => (r && r.end > MINUTES_PER_DAY ? r.end - MINUTES_PER_DAY : -Infinity)),
    )
    return next.flatMap((range, k) => {
      const r = place(range)
      return r && r.start < latestEnd ? [k] : []
    })
  }

  const TimeSchema = z
    .string({ error: () => m.time_format() })
    .refine((v) => parseTime(v) !== null, { error: () => m.time_format(), params: { code: 'time_format' } })

  const EndTimeSchema = z
    .string({ error: () => m.end_time_format() })
    .refine((v) => parseTime(v, true) !== null, {
      error: () => m.end_time_format(),
      params: { code: 'end_time_format' },
    })

  const TimeZoneSchema = z
    .string({ error: () => m.unknown_time_zone() })
    .refine(isKnownTimeZone, { error: () => m.unknown_time_zone(), params: { code: 'unknown_time_zone' } })
    // Stored in canonical IANA form: 'america/bogota' is accepted by Intl and saved as 'America/Bogota'.
    .transform((v) => canonicalTimeZone(v) ?? v)

  const DateSchema = z
    .string({ error: () => m.invalid_date() })
    .refine((v) => parseDate(v) !== null && withinDateWindow(v), {
      error: () => m.invalid_date(),
      params: { code: 'invalid_date' },
    })

  const TimeRangeSchema = z
    .object({ start: TimeSchema, end: EndTimeSchema }, { error: () => m.invalid_schedule() })
    .superRefine((range, ctx) => {
      if (range.start === range.end) {
        add(ctx, ['end'], 'same_start_end', m.same_start_end())
      }
    })

  const RangesSchema = z
    .array(TimeRangeSchema, { error: () => m.invalid_list() })
    .superRefine((ranges, ctx) => {
      if (ranges.length > MAX_RANGES_PER_DAY) {
        add(ctx, [], 'too_many_ranges', m.too_many_ranges({ max: MAX_RANGES_PER_DAY }), {
          max: MAX_RANGES_PER_DAY,
        })
      }
      checkDay(ranges, ctx, [])
    })

  const weeklyShape = Object.fromEntries(WEEKDAYS.map((d) => [d, RangesSchema])) as Record<
    Weekday,
    typeof RangesSchema
  >

  const WeeklySchema = z
    .object(weeklyShape, { error: () => m.invalid_schedule() })
    .superRefine((weekly, ctx) => {
      WEEKDAYS.forEach((day, i) => {
        const nextDay = WEEKDAYS[(i + 1) % 7]! // sunday wraps to monday
        const values = { day: m.dayLabel({ weekday: day }), nextDay: m.dayLabel({ weekday: nextDay }) }
        for (const r of spillsInto(weekly[day], weekly[nextDay])) {
          add(ctx, [day, r, 'end'], 'overnight_overlap', m.overnight_overlap(values), values)
        }
        for (const k of spilledOn(weekly[day], weekly[nextDay])) {
          add(ctx, [nextDay, k, 'start'], 'overnight_overlap', m.overnight_overlap(values), values)
        }
      })
    })

  const DateOverrideSchema = z.object(
    {
      date: DateSchema,
      ranges: RangesSchema,
      label: z
        .string({ error: () => m.invalid_label({ max: MAX_LABEL_LENGTH }) })
        .refine((v) => v.length <= MAX_LABEL_LENGTH, {
          error: () => m.invalid_label({ max: MAX_LABEL_LENGTH }),
          params: { code: 'invalid_label', max: MAX_LABEL_LENGTH },
        })
        .optional(),
    },
    { error: () => m.invalid_schedule() },
  )

  const ScheduleSchema = z
    .object(
      {
        timeZone: TimeZoneSchema,
        weekly: WeeklySchema,
        overrides: z.array(DateOverrideSchema, { error: () => m.invalid_list() }),
      },
      { error: () => m.invalid_schedule() },
    )
    .superRefine((schedule, ctx) => {
      const { overrides, weekly } = schedule
      if (overrides.length > MAX_OVERRIDES) {
        add(ctx, ['overrides'], 'too_many_overrides', m.too_many_overrides({ max: MAX_OVERRIDES }), {
          max: MAX_OVERRIDES,
        })
      }
      // Unique dates; the first occurrence is the one kept, later ones are flagged.
      const byDay = new Map<number, number>()
      overrides.forEach((o, k) => {
        const day = parseDate(o.date)
        if (day === null) return
        if (byDay.has(day)) add(ctx, ['overrides', k, 'date'], 'duplicate_date', m.duplicate_date())
        else byDay.set(day, k)
      })
      // Cross-day rule around each override date, against whatever applies on the neighbouring date.
      const rangesOn = (day: number): unknown[] => {
        const k = byDay.get(day)
        return k === undefined ? (weekly[WEEKDAYS[weekdayIndex(day)]!] ?? []) : (overrides[k]?.ranges ?? [])
      }
      const dayName = (day: number) =>
        m.dayLabel({ weekday: WEEKDAYS[weekdayIndex(day)]!, date: formatDate(day) })
      for (const [day, k] of byDay) {
        const own = overrides[k]?.ranges ?? []
        // This override's overnight ranges into the next date.
        const intoNext = { day: dayName(day), nextDay: dayName(day + 1) }
        for (const r of spillsInto(own, rangesOn(day + 1))) {
          add(
            ctx,
            ['overrides', k, 'ranges', r, 'end'],
            'overnight_overlap',
            m.overnight_overlap(intoNext),
            intoNext,
          )
        }
        // …and the next date's side, when that date is a special date too (a weekday's hours serve many dates).
        const nextOverride = byDay.get(day + 1)
        if (nextOverride !== undefined) {
          for (const j of spilledOn(own, rangesOn(day + 1))) {
            add(
              ctx,
              ['overrides', nextOverride, 'ranges', j, 'start'],
              'overnight_overlap',
              m.overnight_overlap(intoNext),
              intoNext,
            )
          }
        }
        // The previous date's overnight ranges into this override (when that date is not an override itself,
        // which the loop above already covers): flagged on this override's first range, the one it runs into.
        if (byDay.has(day - 1) || own.length === 0) continue
        if (spillsInto(rangesOn(day - 1), own).length === 0) continue
        const placed = own.map(place)
        let first = -1
        placed.forEach((p, j) => {
          if (p && (first === -1 || p.start < placed[first]!.start)) first = j
        })
        const fromPrev = { day: dayName(day - 1), nextDay: dayName(day) }
        add(
          ctx,
          ['overrides', k, 'ranges', first, 'start'],
          'overnight_overlap',
          m.overnight_overlap(fromPrev),
          fromPrev,
        )
      }
    })

  return {
    TimeSchema,
    EndTimeSchema,
    TimeZoneSchema,
    DateSchema,
    TimeRangeSchema,
    RangesSchema,
    WeeklySchema,
    DateOverrideSchema,
    ScheduleSchema,
  }
}

const es = createScheduleSchemas()
/** "HH:MM", 00:00..23:59 (a range start). */
export const TimeSchema = es.TimeSchema
/** "HH:MM", 00:00..23:59 or "24:00" (a range end). */
export const EndTimeSchema = es.EndTimeSchema
export const TimeZoneSchema = es.TimeZoneSchema
export const DateSchema = es.DateSchema
export const TimeRangeSchema = es.TimeRangeSchema
export const WeeklySchema = es.WeeklySchema
export const DateOverrideSchema = es.DateOverrideSchema
export const ScheduleSchema = es.ScheduleSchema

// The schema's output must be assignable to the engine's Schedule (and vice versa for inputs).
type Output = z.output<typeof ScheduleSchema>
const _outputIsSchedule: (s: Output) => Schedule = (s) => s
const _rangeIsTimeRange: (r: z.output<typeof TimeRangeSchema>) => TimeRange = (r) => r
void _outputIsSchedule
void _rangeIsTimeRange

// Builders shared by the routing tests (not a test file itself; imported by *.test.ts only).
import type { DateOverride, Schedule, TimeRange, Weekday } from '../schedule/types'
import type { Priority, RoutingConfig } from './types'

export type DaySpec = Partial<Record<Weekday | 'weekdays' | 'all', readonly (readonly [string, string])[]>>

const WEEKDAY_KEYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri']
const ALL_KEYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** A schedule from a compact spec: `weekdays`/`all` fill Mon–Fri / every day; explicit days override them. */
export function schedule(timeZone: string, spec: DaySpec, overrides: DateOverride[] = []): Schedule {
  const toRanges = (pairs: readonly (readonly [string, string])[] | undefined): TimeRange[] =>
    (pairs ?? []).map(([start, end]) => ({ start, end }))
  const weekly = {} as Record<Weekday, TimeRange[]>
  for (const day of ALL_KEYS) {
    const base = spec.all ?? (WEEKDAY_KEYS.includes(day) ? spec.weekdays : undefined)
    weekly[day] = toRanges(spec[day] ?? base)
  }
  return { timeZone, weekly, overrides }
}

export const ALWAYS: DaySpec = { all: [['00:00', '24:00']] }

export function config(
  business: Schedule,
  assistant: RoutingConfig['assistant'],
  priority: Priority = 'assistant',
): RoutingConfig {
  return { business, assistant, priority }
}

/** An instant from a wall-clock string with an explicit offset, e.g. at('2026-03-02T09:00-05:00'). */
export function at(iso: string): Date {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) throw new Error(`bad test instant ${iso}`)
  return d
}

export const HOUR = 3_600_000

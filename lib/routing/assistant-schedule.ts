import type { DateOverride, Schedule } from '../schedule/types'
import type { RoutingConfig } from './types'

// Merged schedules are cached per (assistant schedule, business schedule) pair: the engine caches its compiled
// form per schedule object, so handing it the same merged object on every decide() keeps that cache warm.
const merged = new WeakMap<Schedule, WeakMap<Schedule, Schedule>>()

/**
 * The assistant's own hours with the business hours' special dates applied (issue 16 §4, "Sigue los días festivos
 * y fechas especiales del horario de atención"). A date the assistant has its own special date for keeps the
 * assistant's (the admin set it for the assistant on purpose); every other business special date replaces the
 * assistant's weekly hours that day exactly as it does the business's: closed, or the same other hours.
 */
export function withBusinessOverrides(own: Schedule, business: Schedule): Schedule {
  if (business.overrides.length === 0) return own
  let byBusiness = merged.get(own)
  if (byBusiness === undefined) {
    byBusiness = new WeakMap()
    merged.set(own, byBusiness)
  }
  const cached = byBusiness.get(business)
  if (cached !== undefined) return cached
  const ownDates = new Set(own.overrides.map((o) => o.date))
  const overrides: DateOverride[] = [
    ...own.overrides,
    ...business.overrides.filter((o) => !ownDates.has(o.date)),
  ]
  overrides.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const result: Schedule = { ...own, overrides }
  byBusiness.set(business, result)
  return result
}

/**
 * The schedule that decides whether the assistant is on, or null when it is always on. An always-on assistant
 * ignores `followsBusinessOverrides`: the option belongs to its own hours.
 */
export function assistantScheduleOf(config: RoutingConfig): Schedule | null {
  const assistant = config.assistant
  const own = assistant?.schedule ?? null
  if (own === null || assistant?.followsBusinessOverrides !== true) return own
  return withBusinessOverrides(own, config.business)
}

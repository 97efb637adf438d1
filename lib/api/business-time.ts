// Issue 26 item 6 — business time of a scope (docs/behaviour.md §4.1, §9): which schedule the clock follows, and the
// answers of GET …/business-time and …/business-time/add. Pure: built on lib/schedule/business-time.
import { addBusinessMillis, businessMillisBetween } from '../schedule/business-time'
import { alwaysClosed, alwaysOpen } from '../schedule/constructors'
import type { Schedule } from '../schedule/types'
import { assistantScheduleOf } from '../routing/assistant-schedule'
import type { RoutingConfig } from '../routing/types'

export const BUSINESS_TIME_OF = ['business', 'assistant'] as const
export type BusinessTimeOf = (typeof BUSINESS_TIME_OF)[number]
/** Two years of minutes: the most `add` takes. */
export const MAX_BUSINESS_TIME_MINUTES = 2 * 525_600

const MINUTE_MS = 60_000

/**
 * The schedule the clock follows: the business hours, or the hours the assistant is on as decide (§3) sees them —
 * its own schedule (with the business special dates when it follows them), 24/7 when it has none, never while
 * switched off. null when `of` is assistant and the scope has no assistant.
 */
export function businessTimeSchedule(config: RoutingConfig, of: BusinessTimeOf): Schedule | null {
  if (of === 'business') return config.business
  const assistant = config.assistant
  if (assistant === null) return null
  const timeZone = config.business.timeZone
  if (!assistant.active) return alwaysClosed(timeZone)
  return assistantScheduleOf(config) ?? alwaysOpen(timeZone)
}

/** Whole minutes and seconds of business time in [from, to), truncated towards zero (negative when to < from). */
export function businessTimeBetween(schedule: Schedule, from: Date, to: Date) {
  const ms = businessMillisBetween(schedule, from, to)
  // 0 + …: no −0 from truncating a small negative amount.
  return { businessMinutes: 0 + Math.trunc(ms / MINUTE_MS), businessSeconds: 0 + Math.trunc(ms / 1000) }
}

/** The instant `minutes` business minutes after `at` (§4.1), or null when not reached before `searchUntil`. */
export function businessTimeAdd(
  schedule: Schedule,
  at: Date,
  minutes: number,
  searchUntil: Date,
): Date | null {
  return addBusinessMillis(schedule, at, minutes * MINUTE_MS, searchUntil)
}

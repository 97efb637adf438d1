import { openIntervals } from '../schedule/engine'
import { assistantScheduleOf } from './assistant-schedule'
import { lookup, modeOf, outcomeOf, tableFor, type OutcomeTable } from './outcomes'
import type { AgentsInput } from './capacity'
import type { CoverageSegment, Responder, RoutingConfig } from './types'

type Span = { start: number; end: number }

function spans(intervals: readonly { start: Date; end: Date }[]): Span[] {
  return intervals.map((i) => ({ start: i.start.getTime(), end: i.end.getTime() }))
}

/**
 * Responder segments over [from, to) for a fixed outcome table: a sweep over the open intervals of the
 * business and assistant schedules, so cost is proportional to the number of transitions, not to time.
 * Returned as numbers so coverageWarnings can reuse it without Date churn.
 */
export function sweep(
  config: RoutingConfig,
  table: OutcomeTable,
  from: number,
  to: number,
): { start: number; end: number; responder: Responder }[] {
  if (!(from < to)) return []
  const fromDate = new Date(from)
  const toDate = new Date(to)
  const business = spans(openIntervals(config.business, fromDate, toDate))
  const assistantSchedule = assistantScheduleOf(config)
  const assistant: Span[] =
    config.assistant === null || !config.assistant.active
      ? []
      : assistantSchedule === null
        ? [{ start: from, end: to }]
        : spans(openIntervals(assistantSchedule, fromDate, toDate))

  const segments: { start: number; end: number; responder: Responder }[] = []
  let i = 0
  let j = 0
  let t = from
  while (t < to) {
    while (i < business.length && (business[i]?.end ?? to) <= t) i++
    while (j < assistant.length && (assistant[j]?.end ?? to) <= t) j++
    const b = business[i]
    const a = assistant[j]
    const businessOpen = b !== undefined && b.start <= t
    const assistantOn = a !== undefined && a.start <= t
    const businessNext = b === undefined ? to : businessOpen ? b.end : b.start
    const assistantNext = a === undefined ? to : assistantOn ? a.end : a.start
    const next = Math.min(businessNext, assistantNext, to)
    const responder = outcomeOf(lookup(table, businessOpen, assistantOn)).responder
    const last = segments[segments.length - 1]
    if (last !== undefined && last.responder === responder) last.end = next
    else segments.push({ start: t, end: next, responder })
    t = next
  }
  return segments
}

/** docs/behaviour.md §5 — who answers over [from, to): consecutive segments, neighbours differ in responder. */
export function coverage(
  config: RoutingConfig,
  from: Date,
  to: Date,
  agents: AgentsInput,
): CoverageSegment[] {
  const f = from.getTime()
  const t = to.getTime()
  if (!Number.isFinite(f) || !Number.isFinite(t)) throw new RangeError('routing: invalid coverage range')
  const table = tableFor(modeOf(config), agents)
  return sweep(config, table, f, t).map((s) => ({
    start: new Date(s.start),
    end: new Date(s.end),
    responder: s.responder,
  }))
}

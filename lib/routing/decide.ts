import { isOpen, nextChange } from '../schedule/engine'
import { assistantScheduleOf } from './assistant-schedule'
import { lookup, modeOf, outcomeOf, tableFor, type OutcomeTable } from './outcomes'
import type { AgentsInput } from './capacity'
import type { Decision, RoutingConfig } from './types'

const DAY_MS = 86_400_000
/** `until` and `nextOpening` look this far ahead (docs/behaviour.md §4/§5: "null if none within 400 days", inclusive). */
const HORIZON_MS = 400 * DAY_MS

function earlier(a: Date | null, b: Date | null): Date | null {
  if (a === null) return b
  if (b === null) return a
  return a.getTime() <= b.getTime() ? a : b
}

function evaluate(config: RoutingConfig, table: OutcomeTable, at: Date): Decision {
  const t = at.getTime()
  if (!Number.isFinite(t)) throw new RangeError('routing: invalid instant')
  const assistantActive = config.assistant !== null && config.assistant.active
  // Only a scheduled, active assistant can flip; an always-on one (schedule null) is constant.
  const assistantSchedule = assistantActive ? assistantScheduleOf(config) : null
  const businessOpen = isOpen(config.business, at)
  const assistantOn = assistantActive && (assistantSchedule === null || isOpen(assistantSchedule, at))
  const current = lookup(table, businessOpen, assistantOn)
  const outcome = outcomeOf(current)

  // `until`: the outcome depends only on (businessOpen, assistantOn), so it can only change where one of the
  // two schedules flips. Only an input whose flip alone changes the outcome is followed (with priority
  // `assistant` and the assistant on, business-hour flips are irrelevant). The §5 tables guarantee that such a
  // flip changes the outcome whatever the other input does at that same instant, and that a state where no
  // single flip matters is constant (outcomes.test.ts checks both), so the earliest relevant flip is exactly
  // `until` — no re-deciding loop needed.
  const businessMatters = lookup(table, !businessOpen, assistantOn) !== current
  const assistantMatters = assistantSchedule !== null && lookup(table, businessOpen, !assistantOn) !== current
  // `closed` implies business closed at `t`, so the business schedule's next flip is also `nextOpening`.
  const closed = outcome.responder === 'closed'
  const businessNext = businessMatters || closed ? nextChange(config.business, at) : null
  const assistantNext =
    assistantMatters && assistantSchedule !== null ? nextChange(assistantSchedule, at) : null
  const candidate = earlier(businessMatters ? businessNext : null, assistantNext)
  // nextChange already stops at the 400-day horizon; the guard keeps `until` honest if that ever changes.
  const until = candidate === null || candidate.getTime() > t + HORIZON_MS ? null : candidate
  return {
    responder: outcome.responder,
    reason: outcome.reason,
    businessOpen,
    assistantOn,
    until,
    // A separate Date so callers mutating one field cannot alter the other.
    nextOpening: closed && businessNext !== null ? new Date(businessNext.getTime()) : null,
  }
}

/**
 * docs/behaviour.md §5 — who answers a new conversation at `at`, and why. `agents` counts the scope's agents online
 * and available (online with room for one more chat); a bare number means that many online, all with room.
 * Anything below 1 means nobody.
 */
export function decide(config: RoutingConfig, at: Date, agents: AgentsInput): Decision {
  return evaluate(config, tableFor(modeOf(config), agents), at)
}

/**
 * docs/behaviour.md §5 "Desbordar" — who takes a conversation the assistant hands over. Reasons:
 * `agents_first` (agents available: humans are now the first option), `no_agents_online` (queue: business open
 * but nobody connected), `agents_at_capacity` (queue: agents online, none with room), `outside_business_hours` (closed, with `nextOpening`). `assistantOn` still reports the
 * assistant's real state; it does not affect the outcome, so `until` follows business-hour flips only.
 */
export function overflow(config: RoutingConfig, at: Date, agents: AgentsInput): Decision {
  return evaluate(config, tableFor('none', agents), at)
}

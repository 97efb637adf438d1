import type { Schedule } from '../schedule/types'
import type { Priority } from './priority'

export type { Priority }

// docs/behaviour.md §5
export type RoutingConfig = {
  business: Schedule
  /**
   * `schedule: null` = the assistant is always on (24/7) while active. `followsBusinessOverrides` (own hours only):
   * the business hours' special dates also apply to the assistant's own hours (see assistant-schedule.ts).
   */
  assistant: null | { active: boolean; schedule: Schedule | null; followsBusinessOverrides?: boolean }
  priority: Priority
}

export type Responder = 'agents' | 'assistant' | 'queue' | 'closed'

export type Reason =
  | 'assistant_first'
  | 'assistant_unavailable'
  | 'agents_first'
  | 'no_agents_online'
  | 'agents_at_capacity'
  | 'outside_business_hours'

export type Decision = {
  responder: Responder
  reason: Reason
  businessOpen: boolean
  assistantOn: boolean
  /** First instant > at where responder or reason differs (same agent counts); null if none within 400 days. */
  until: Date | null
  /** When business hours next open — set only when responder is `closed`. */
  nextOpening: Date | null
}

export type CoverageSegment = { start: Date; end: Date; responder: Responder }

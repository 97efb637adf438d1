import { canonicalMessages } from '../out-of-hours/canonical'
import type { Schedule } from '../schedule/types'
import type { ScopeConfiguration } from './types'

/**
 * A copy of `config` with each of its schedules (business hours, the assistant's own hours) passed through `f`,
 * every other field copied as is (an absent followsBusinessOverrides becomes false). Used wherever a configuration
 * is rebuilt field by field — the form values and the database's normalised read-back — so a new field is added
 * in one place.
 */
export function mapSchedules(
  config: ScopeConfiguration,
  f: (schedule: Schedule) => Schedule,
): ScopeConfiguration {
  return {
    business: f(config.business),
    outOfHoursMessage: config.outOfHoursMessage,
    ...canonicalMessages(config),
    priority: config.priority,
    assistant: config.assistant && {
      name: config.assistant.name,
      active: config.assistant.active,
      followsBusinessOverrides: config.assistant.followsBusinessOverrides === true,
      schedule: config.assistant.schedule && f(config.assistant.schedule),
    },
  }
}

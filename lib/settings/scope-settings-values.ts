// The editor's values and limits, without the schema: the form renders from these on first load, while zod and
// ScopeSettingsSchema (scope-settings-schema.ts) load after the page (issue 6's first-load budget).
import type { Schedule } from '../schedule/types'
import type { ScopeConfiguration, ScopeFormValues } from './types'
import { mapSchedules } from './map-schedules'

export const MAX_MESSAGE_LENGTH = 1000
export const MAX_ASSISTANT_NAME_LENGTH = 80
/** The sign-up form's limit on an organization's name: the longest {empresa} can be. */
export const MAX_COMPANY_NAME_LENGTH = 80

/** Characters as PostgreSQL's length() counts them (code points), so the counter and the database agree. */
export function characterCount(text: string): number {
  return Array.from(text).length
}

/** The editor's values for a stored configuration. */
export function toFormValues(usesGeneral: boolean, config: ScopeConfiguration): ScopeFormValues {
  const copy = (s: Schedule): Schedule => ({
    timeZone: s.timeZone,
    weekly: Object.fromEntries(
      Object.entries(s.weekly).map(([d, rs]) => [d, rs.map((r) => ({ ...r }))]),
    ) as Schedule['weekly'],
    overrides: s.overrides.map((o) => ({
      date: o.date,
      ranges: o.ranges.map((r) => ({ ...r })),
      label: o.label ?? '',
    })),
  })
  const mapped = mapSchedules(config, copy)
  return {
    usesGeneral,
    config: {
      ...mapped,
      // The form always has every message field (the stored shape leaves defaults out).
      outOfHoursLanguage: config.outOfHoursLanguage ?? 'es',
      outOfHoursTranslations: {
        es: config.outOfHoursTranslations?.es ?? '',
        en: config.outOfHoursTranslations?.en ?? '',
        'pt-BR': config.outOfHoursTranslations?.['pt-BR'] ?? '',
      },
    },
  }
}

// Localised texts for the scope-settings schema: the same rules with the viewer's language (docs/behaviour.md §6 "invalid
// fields show an inline message"). `t` is a next-intl translator bound to the `schedules.errors` namespace.
import type { Weekday } from '../schedule/types'
import type { ScopeSettingsMessages } from './scope-settings-schema'

export type Translate = (key: string, values?: Record<string, string | number>) => string

export function scopeSettingsMessages(t: Translate): ScopeSettingsMessages {
  const day = (weekday: Weekday) => t(`day.${weekday}`)
  return {
    invalid_schedule: () => t('invalid_schedule'),
    invalid_list: () => t('invalid_list'),
    time_format: () => t('time_format'),
    end_time_format: () => t('end_time_format'),
    same_start_end: () => t('same_start_end'),
    overlap: ({ other }) => t('overlap', { other }),
    overnight_overlap: ({ day: d, nextDay }) => t('overnight_overlap', { day: d, nextDay }),
    unknown_time_zone: () => t('unknown_time_zone'),
    invalid_date: () => t('invalid_date'),
    duplicate_date: () => t('duplicate_date'),
    too_many_ranges: ({ max }) => t('too_many_ranges', { max }),
    too_many_overrides: ({ max }) => t('too_many_overrides', { max }),
    invalid_label: ({ max }) => t('invalid_label', { max }),
    dayLabel: ({ weekday, date }) =>
      date === undefined ? day(weekday) : t('dayWithDate', { day: day(weekday), date }),
    invalid_value: () => t('invalid_value'),
    unknown_field: () => t('unknown_field'),
    message_required: () => t('message_required'),
    message_too_long: ({ max }) => t('message_too_long', { max }),
    message_unknown_placeholder: ({ names }) => t('message_unknown_placeholder', { names }),
    invalid_characters: () => t('invalid_characters'),
    assistant_name_required: () => t('assistant_name_required'),
    assistant_name_too_long: ({ max }) => t('assistant_name_too_long', { max }),
    invalid_priority: () => t('invalid_priority'),
  }
}

// docs/behaviour.md §6 — what a save changed, field by field, as the audit log stores it and the history (and the
// restore dialog) shows it. Pure: the data-access layer writes it, the version page shows it before a restore.
import { MESSAGE_LANGUAGES } from '../out-of-hours/phrases'
import type { Schedule } from '../schedule/types'
import type { ScopeConfiguration } from './types'

/** Per changed field, its value before and after (db/schema AuditChanges has this shape). */
export type SettingsChanges = Record<string, { before: unknown; after: unknown }>

/**
 * JSON with object keys sorted: a configuration read back from jsonb (a version snapshot: PostgreSQL orders keys
 * its own way) equals the same configuration built in code. Undefined properties are left out, as in JSON.
 */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

export type Comparable = { usesGeneral: boolean; config: ScopeConfiguration }

/** Before/after of each changed field, at the granularity an admin reads in a history ("Martes", "Festivos"). */
export function diffSettings(before: Comparable, after: Comparable): SettingsChanges {
  const changes: SettingsChanges = {}
  const add = (field: string, a: unknown, b: unknown) => {
    if (canonicalJson(a) !== canonicalJson(b)) changes[field] = { before: a ?? null, after: b ?? null }
  }
  add('usesGeneral', before.usesGeneral, after.usesGeneral)
  const [x, y] = [before.config, after.config]
  add('business.timeZone', x.business.timeZone, y.business.timeZone)
  for (const day of Object.keys(y.business.weekly) as (keyof Schedule['weekly'])[]) {
    add(`business.weekly.${day}`, x.business.weekly[day], y.business.weekly[day])
  }
  add('business.overrides', x.business.overrides, y.business.overrides)
  add('outOfHoursMessage', x.outOfHoursMessage, y.outOfHoursMessage)
  add('outOfHoursLanguage', x.outOfHoursLanguage ?? 'es', y.outOfHoursLanguage ?? 'es')
  for (const language of MESSAGE_LANGUAGES) {
    add(
      `outOfHoursTranslations.${language}`,
      x.outOfHoursTranslations?.[language] ?? '',
      y.outOfHoursTranslations?.[language] ?? '',
    )
  }
  add('priority', x.priority, y.priority)
  if (x.assistant && y.assistant) {
    add('assistant.name', x.assistant.name, y.assistant.name)
    add('assistant.active', x.assistant.active, y.assistant.active)
    add('assistant.schedule', x.assistant.schedule, y.assistant.schedule)
    add(
      'assistant.followsBusinessOverrides',
      x.assistant.followsBusinessOverrides === true,
      y.assistant.followsBusinessOverrides === true,
    )
  } else {
    add('assistant', x.assistant, y.assistant)
  }
  return changes
}

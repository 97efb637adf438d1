import type { ScopeConfiguration, ScopeSettings } from '../settings/types'
import type { RoutingConfig } from './types'

/** Which configuration a scope routes with: `general` = uses General's, `own` = its own (docs/behaviour.md §3). */
export type ConfigSource = 'general' | 'own'

/**
 * docs/behaviour.md §3 — a department with its own configuration routes with it; one that uses General (or no department
 * at all) routes with General's. `settings` is the scope whose configuration applies.
 */
export function resolveScope(
  general: ScopeSettings,
  department: ScopeSettings | null,
): { source: ConfigSource; settings: ScopeSettings } {
  if (department === null || department.departmentId === null) return { source: 'general', settings: general }
  if (department.usesGeneral) return { source: 'general', settings: general }
  return { source: 'own', settings: department }
}

/** Which scope supplies the configuration, so the UI can say "usa la configuración General". */
export function configSource(general: ScopeSettings, department: ScopeSettings | null): ConfigSource {
  return resolveScope(general, department).source
}

/**
 * A scope configuration as the routing engine consumes it. The assistant's own hours are evaluated in the
 * scope's time zone (docs/behaviour.md §3), so its schedule is re-zoned to `business.timeZone` whatever it carries.
 */
export function toRoutingConfig(config: ScopeConfiguration): RoutingConfig {
  const assistant = config.assistant
  const schedule = assistant?.schedule ?? null
  return {
    business: config.business,
    priority: config.priority,
    assistant:
      assistant === null
        ? null
        : {
            active: assistant.active,
            followsBusinessOverrides: assistant.followsBusinessOverrides === true,
            schedule:
              schedule === null || schedule.timeZone === config.business.timeZone
                ? schedule
                : { ...schedule, timeZone: config.business.timeZone },
          },
  }
}

/** docs/behaviour.md §3 — the effective RoutingConfig of a department (null = a conversation with no department). */
export function resolveScopeConfig(general: ScopeSettings, department: ScopeSettings | null): RoutingConfig {
  return toRoutingConfig(resolveScope(general, department).settings.config)
}

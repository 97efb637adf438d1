// "Quién atiende ahora" overview: one row per scope, computed with lib/routing (docs/behaviour.md §3, §5).
import { decide, resolveScope, toRoutingConfig, type Reason, type Responder } from '../routing'
import type { ConfigSource, ScopeLoad } from '../routing'
import type { ScopeSettings } from '../settings/types'

/** Structurally the data-access layer's RoutingInputs (lib/ must not import db/). */
export type ScopeInputs = { scope: ScopeSettings; general: ScopeSettings; agents: ScopeLoad }

export type OverviewRow = {
  /** "general" or the department id — the `scope` search param of the preview. */
  key: string
  departmentId: string | null
  name: string
  source: ConfigSource
  timeZone: string
  responder: Responder
  reason: Reason
  /** Online agents, how many have room, and their chats against their maxima (§5 "Inputs"). */
  agents: ScopeLoad
  /** ISO instant the answer holds until, or null (no change within 400 days). */
  until: string | null
  nextOpening: string | null
}

export const GENERAL_KEY = 'general'

export function scopeKey(departmentId: string | null): string {
  return departmentId ?? GENERAL_KEY
}

/** The department id a `scope` search param names (null = General). */
export function departmentIdOf(key: string | null | undefined): string | null {
  return !key || key === GENERAL_KEY ? null : key
}

export function overviewRows(inputs: readonly ScopeInputs[], at: Date): OverviewRow[] {
  return inputs.map(({ scope, general, agents }) => {
    const resolved = resolveScope(general, scope.departmentId === null ? null : scope)
    const config = toRoutingConfig(resolved.settings.config)
    const decision = decide(config, at, agents)
    return {
      key: scopeKey(scope.departmentId),
      departmentId: scope.departmentId,
      name: scope.name,
      source: resolved.source,
      timeZone: config.business.timeZone,
      responder: decision.responder,
      reason: decision.reason,
      agents,
      until: decision.until?.toISOString() ?? null,
      nextOpening: decision.nextOpening?.toISOString() ?? null,
    }
  })
}

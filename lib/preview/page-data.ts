// What the preview page needs from the routing inputs of every scope (docs/behaviour.md §3): the scope list, the selected scope's
// effective configuration (resolved with lib/routing) and the overview rows. Pure: the page and the benchmark share it.
import type { MessageLanguage } from '../out-of-hours/phrases'
import { resolveScope, toRoutingConfig, type RoutingConfig, type ScopeLoad } from '../routing'
import { departmentIdOf, overviewRows, scopeKey, type OverviewRow, type ScopeInputs } from './overview'

export type ScopeOption = { key: string; name: string; departmentId: string | null; usesGeneral: boolean }

export type SelectedScope = {
  key: string
  name: string
  departmentId: string | null
  /** A department that routes with General's configuration (§3). */
  usesGeneral: boolean
  config: RoutingConfig
  assistantName: string | null
  outOfHoursMessage: string
  outOfHoursLanguage?: MessageLanguage
  outOfHoursTranslations?: Partial<Record<MessageLanguage, string>>
}

export type PreviewData = {
  scopes: ScopeOption[]
  scope: SelectedScope
  liveAgents: ScopeLoad
  rows: OverviewRow[]
}

/** null when `scopeParam` names no scope of these inputs (another organization's department → not found). */
export function buildPreviewData(
  inputs: readonly ScopeInputs[],
  scopeParam: string | null,
  now: Date,
): PreviewData | null {
  const departmentId = departmentIdOf(scopeParam)
  const selected = inputs.find((i) => i.scope.departmentId === departmentId)
  if (!selected) return null
  const resolved = resolveScope(selected.general, departmentId === null ? null : selected.scope)
  const config = resolved.settings.config
  return {
    scopes: inputs.map((i) => ({
      key: scopeKey(i.scope.departmentId),
      name: i.scope.name,
      departmentId: i.scope.departmentId,
      usesGeneral: i.scope.departmentId !== null && i.scope.usesGeneral,
    })),
    scope: {
      key: scopeKey(departmentId),
      name: selected.scope.name,
      departmentId,
      usesGeneral: departmentId !== null && resolved.source === 'general',
      config: toRoutingConfig(config),
      assistantName: config.assistant?.name ?? null,
      outOfHoursMessage: config.outOfHoursMessage,
      ...(config.outOfHoursLanguage ? { outOfHoursLanguage: config.outOfHoursLanguage } : {}),
      ...(config.outOfHoursTranslations ? { outOfHoursTranslations: config.outOfHoursTranslations } : {}),
    },
    liveAgents: selected.agents,
    rows: overviewRows(inputs, now),
  }
}

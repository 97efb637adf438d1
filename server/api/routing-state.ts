import 'server-only'
// Each organization's scopes with their routing configuration resolved (docs/behaviour.md §3) and compiled once (the schedule
// engine builds its tables on first use and keeps them on the config objects), plus the online-agent counts. Kept
// in memory until the change feed says a save, a department change or a presence change happened — in this
// instance or any other — so a warm decision makes no database query.
import type { Db } from '@/db/connection'
import { canonicalMessages, type OutOfHoursMessages } from '@/lib/out-of-hours/canonical'
import { subscribe } from '@/db/change-feed'
import { getAllScopeSettings } from '@/db/dal/scopes'
import { agentsIn, getOnlineCounts, type OnlineCounts } from '@/db/dal/online-agents'
import { getOrganization } from '@/db/dal/organizations'
import {
  resolveScope,
  toRoutingConfig,
  type AgentCounts,
  type ConfigSource,
  type RoutingConfig,
} from '@/lib/routing'
import { departmentIdOf, scopeKey } from '@/lib/preview/overview'
import type { ScopeSettings } from '@/lib/settings/types'

export type CompiledScope = {
  /** 'general' or the department id. */
  id: string
  departmentId: string | null
  name: string
  /** The scope's own settings row (version, usesGeneral, its own configuration). */
  settings: ScopeSettings
  source: ConfigSource
  /** The configuration it routes with (General's when it uses General), ready for lib/routing. */
  config: RoutingConfig
  outOfHoursMessage: string
  /** The message with its language and versions per language (the customer's language picks one). */
  outOfHours: OutOfHoursMessages
}

export type OrganizationRouting = {
  /** For {empresa} in out-of-hours messages. */
  companyName: string
  scopes: CompiledScope[]
  byId: Map<string, CompiledScope>
}

/** Safety net if a notification is ever lost without the listener noticing (it resets on reconnect). */
const MAX_AGE_MS = 5 * 60_000
const MAX_ORGANIZATIONS = 1_000

type Entry<T> = { value: Promise<T>; loadedAt: number }
type State = {
  routing: Map<string, Entry<OrganizationRouting>>
  online: Map<string, Entry<OnlineCounts>>
  unsubscribe: () => void
}

const globalState = globalThis as typeof globalThis & { __horariosRoutingState?: State }

function state(): State {
  if (!globalState.__horariosRoutingState) {
    const routing = new Map<string, Entry<OrganizationRouting>>()
    const online = new Map<string, Entry<OnlineCounts>>()
    const unsubscribe = subscribe((message) => {
      if (message.kind === 'reset') {
        routing.clear()
        online.clear()
        return
      }
      const org = message.organizationId
      if (message.kind === 'settings' || message.kind === 'departments') routing.delete(org)
      if (
        message.kind === 'presence' ||
        message.kind === 'load' ||
        message.kind === 'agents' ||
        message.kind === 'departments'
      ) {
        online.delete(org)
      }
    })
    globalState.__horariosRoutingState = { routing, online, unsubscribe }
  }
  return globalState.__horariosRoutingState
}

export function compileOrganization(all: ScopeSettings[], companyName: string): OrganizationRouting {
  const general = all.find((scope) => scope.departmentId === null)
  if (!general) return { companyName, scopes: [], byId: new Map() }
  const scopes = all.map((settings): CompiledScope => {
    const resolved = resolveScope(general, settings.departmentId === null ? null : settings)
    return {
      id: scopeKey(settings.departmentId),
      departmentId: settings.departmentId,
      name: settings.name,
      settings,
      source: resolved.source,
      config: toRoutingConfig(resolved.settings.config),
      outOfHoursMessage: resolved.settings.config.outOfHoursMessage,
      outOfHours: {
        outOfHoursMessage: resolved.settings.config.outOfHoursMessage,
        ...canonicalMessages(resolved.settings.config),
      },
    }
  })
  return { companyName, scopes, byId: new Map(scopes.map((scope) => [scope.id, scope])) }
}

function cached<T>(map: Map<string, Entry<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const now = Date.now()
  const hit = map.get(key)
  if (hit && now - hit.loadedAt < MAX_AGE_MS) return hit.value
  const entry: Entry<T> = { value: load(), loadedAt: now }
  // A failed load is not kept; an invalidation that arrives during the load deletes this entry, so the next
  // request loads again rather than trusting what may predate the change.
  entry.value.catch(() => {
    if (map.get(key) === entry) map.delete(key)
  })
  if (map.size >= MAX_ORGANIZATIONS) map.clear()
  map.set(key, entry)
  return entry.value
}

export function organizationRouting(db: Db, organizationId: string): Promise<OrganizationRouting> {
  return cached(state().routing, organizationId, async () => {
    const [all, organization] = await Promise.all([
      getAllScopeSettings(db, organizationId),
      getOrganization(db, organizationId),
    ])
    return compileOrganization(all, organization?.name ?? '')
  })
}

export function onlineCounts(db: Db, organizationId: string): Promise<OnlineCounts> {
  return cached(state().online, organizationId, () => getOnlineCounts(db, organizationId))
}

/** The scope named by an API `scope` value ('general' or a department id of this organization), or null. */
export function findScope(routing: OrganizationRouting, scope: string): CompiledScope | null {
  return routing.byId.get(scopeKey(departmentIdOf(scope))) ?? null
}

/** The scope's agents online and available (§5 "Inputs"). */
export function agentsFor(counts: OnlineCounts, scope: CompiledScope): AgentCounts {
  const { online, available } = agentsIn(counts, scope.departmentId)
  return { online, available }
}

/** Forgets everything (tests). */
export function resetRoutingState(): void {
  globalState.__horariosRoutingState?.unsubscribe()
  globalState.__horariosRoutingState = undefined
}

import 'server-only'
// Preview data access (issue 7). The overview refreshes every 30 s for every open preview, while configurations
// change rarely: each refresh reads a cheap fingerprint of the organization's scopes (ids, versions, inheritance,
// names) plus the online counts, and reloads the full configurations only when the fingerprint changed.
// Every query filters by the organization id.
import { and, asc, eq, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { agent, agentDepartment, department, scopeSettings } from '../schema'
import { getAllScopeSettings, type RoutingInputs } from './scopes'
import type { ScopeSettings } from '@/lib/settings/types'

/** Changes whenever any scope's configuration, inheritance or name changes, or a department is added/removed. */
export async function getScopesFingerprint(db: Db, organizationId: string): Promise<string> {
  const rows = await db
    .select({
      departmentId: scopeSettings.departmentId,
      version: scopeSettings.version,
      usesGeneral: scopeSettings.usesGeneral,
      name: department.name,
      position: department.position,
    })
    .from(scopeSettings)
    .leftJoin(
      department,
      and(
        eq(department.organizationId, scopeSettings.organizationId),
        eq(department.id, scopeSettings.departmentId),
      ),
    )
    .where(eq(scopeSettings.organizationId, organizationId))
    .orderBy(asc(scopeSettings.departmentId))
  return JSON.stringify(rows.map((r) => [r.departmentId, r.version, r.usesGeneral, r.name, r.position]))
}

/** Agents online per department, and in the whole organization (General), in one query. */
export async function getOnlineCounts(
  db: Db,
  organizationId: string,
): Promise<{ total: number; byDepartment: Map<string, number> }> {
  const rows = await db
    .select({
      departmentId: agentDepartment.departmentId,
      count: sql<number>`count(*)::int`,
      total: sql<number>`(select count(*)::int from ${agent} where ${agent.organizationId} = ${organizationId} and ${agent.presence} = 'online')`,
    })
    .from(agent)
    .leftJoin(
      agentDepartment,
      and(eq(agentDepartment.organizationId, agent.organizationId), eq(agentDepartment.agentId, agent.id)),
    )
    .where(and(eq(agent.organizationId, organizationId), eq(agent.presence, 'online')))
    .groupBy(agentDepartment.departmentId)
  const byDepartment = new Map<string, number>()
  let total = 0
  for (const row of rows) {
    total = row.total
    if (row.departmentId !== null) byDepartment.set(row.departmentId, row.count)
  }
  return { total, byDepartment }
}

type Entry = { fingerprint: string; settings: ScopeSettings[] }
const MAX_ORGANIZATIONS = 200

/**
 * Routing inputs of every scope (General first), like getAllRoutingInputs, with the configurations cached per
 * organization and revalidated against the fingerprint on every call. Presence is always read fresh.
 */
export function createRoutingInputsCache() {
  const cache = new Map<string, Entry>()
  return async function getRoutingInputsCached(db: Db, organizationId: string): Promise<RoutingInputs[]> {
    const fingerprint = await getScopesFingerprint(db, organizationId)
    let entry = cache.get(organizationId)
    if (!entry || entry.fingerprint !== fingerprint) {
      // Read after the fingerprint: the settings are at least as new as it (a concurrent save only causes a
      // reload on the next call).
      entry = { fingerprint, settings: await getAllScopeSettings(db, organizationId) }
      cache.delete(organizationId)
      if (cache.size >= MAX_ORGANIZATIONS) {
        const oldest = cache.keys().next().value
        if (oldest !== undefined) cache.delete(oldest)
      }
    } else {
      cache.delete(organizationId) // re-insert: most recently used last
    }
    cache.set(organizationId, entry)
    const general = entry.settings.find((scope) => scope.departmentId === null)
    if (!general) return []
    const online = await getOnlineCounts(db, organizationId)
    return entry.settings.map((scope) => ({
      scope,
      general,
      agentsOnline:
        scope.departmentId === null ? online.total : (online.byDepartment.get(scope.departmentId) ?? 0),
    }))
  }
}

export const getRoutingInputsCached = createRoutingInputsCache()

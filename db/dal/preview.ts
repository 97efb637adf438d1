import 'server-only'
// Preview data access (issue 7). The overview refreshes every 30 s for every open preview, while configurations
// change rarely: each refresh reads a cheap fingerprint of the organization's scopes (ids, versions, inheritance,
// names) plus the online counts, and reloads the full configurations only when the fingerprint changed.
// Every query filters by the organization id.
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../connection'
import { department, scopeSettings } from '../schema'
import { getAllScopeSettings, routingInputsOf, type RoutingInputs } from './scopes'
import { getOnlineCounts } from './online-agents'
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
    return routingInputsOf(entry.settings, await getOnlineCounts(db, organizationId))
  }
}

export const getRoutingInputsCached = createRoutingInputsCache()

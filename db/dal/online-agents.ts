import 'server-only'
// How many agents are online and available, per scope (docs/behaviour.md §5 "Inputs"): the one query every caller
// uses — the editor's live line, the preview, the overview, the API and the webhooks. Only presence `online`
// counts; available = online with room (active_chats < max_active_chats, as lib/routing/capacity.ts says). A
// department counts its members, General every agent of the organization.
import { and, eq, sql, type SQL } from 'drizzle-orm'
import type { ScopeLoad } from '@/lib/routing'
import type { Db } from '../connection'
import { agent, agentDepartment } from '../schema'

/** One scope's online agents: how many, how many with room, and their chats against their maximum ("12/20"). */
export type ScopeAgents = ScopeLoad

export type OnlineCounts = { general: ScopeAgents; byDepartment: ReadonlyMap<string, ScopeAgents> }

const NOBODY: ScopeAgents = { online: 0, available: 0, activeChats: 0, maxActiveChats: 0 }
const hasRoom = sql`${agent.activeChats} < ${agent.maxActiveChats}`
const int = (expression: SQL) => sql<number>`(${expression})::int`

const counts = {
  online: int(sql`count(*)`),
  available: int(sql`count(*) filter (where ${hasRoom})`),
  activeChats: int(sql`coalesce(sum(${agent.activeChats}), 0)`),
  maxActiveChats: int(sql`coalesce(sum(${agent.maxActiveChats}), 0)`),
}

/** Agents online (and available) per department and in the whole organization, in one query filtered by it. */
export async function getOnlineCounts(db: Db, organizationId: string): Promise<OnlineCounts> {
  const online = and(eq(agent.organizationId, organizationId), eq(agent.presence, 'online'))
  const rows = await db
    .select({ departmentId: sql<string | null>`${agentDepartment.departmentId}`, ...counts })
    .from(agent)
    .innerJoin(
      agentDepartment,
      and(eq(agentDepartment.organizationId, agent.organizationId), eq(agentDepartment.agentId, agent.id)),
    )
    .where(online)
    .groupBy(agentDepartment.departmentId)
    // General: every online agent once, whatever their departments.
    .unionAll(
      db
        .select({ departmentId: sql<string | null>`null`.as('department_id'), ...counts })
        .from(agent)
        .where(online),
    )
  const byDepartment = new Map<string, ScopeAgents>()
  let general = NOBODY
  for (const { departmentId, ...scope } of rows) {
    if (departmentId !== null) byDepartment.set(departmentId, scope)
    else general = scope
  }
  return { general, byDepartment }
}

/** One scope's online agents (departmentId null = General) out of getOnlineCounts. */
export function agentsIn(counts: OnlineCounts, departmentId: string | null): ScopeAgents {
  return departmentId === null ? counts.general : (counts.byDepartment.get(departmentId) ?? NOBODY)
}

/** The online count of one scope. */
export function onlineIn(counts: OnlineCounts, departmentId: string | null): number {
  return agentsIn(counts, departmentId).online
}

export async function countOnlineAgents(
  db: Db,
  organizationId: string,
  departmentId: string | null,
): Promise<number> {
  return onlineIn(await getOnlineCounts(db, organizationId), departmentId)
}

/** Online and available agents of one scope, with their load. */
export async function countScopeAgents(
  db: Db,
  organizationId: string,
  departmentId: string | null,
): Promise<ScopeAgents> {
  return agentsIn(await getOnlineCounts(db, organizationId), departmentId)
}

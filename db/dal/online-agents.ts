import 'server-only'
// How many agents are online, per scope (docs/behaviour.md §5 "Inputs"): the one query every caller uses — the
// editor's live line, the preview, the overview and the API. Only presence `online` counts; a department counts
// its members, General every online agent of the organization.
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { agent, agentDepartment } from '../schema'

export type OnlineCounts = { total: number; byDepartment: ReadonlyMap<string, number> }

/** Agents online per department and in the whole organization, in one query filtered by the organization. */
export async function getOnlineCounts(db: Db, organizationId: string): Promise<OnlineCounts> {
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

/** The online count of one scope (departmentId null = General) out of getOnlineCounts. */
export function onlineIn(counts: OnlineCounts, departmentId: string | null): number {
  return departmentId === null ? counts.total : (counts.byDepartment.get(departmentId) ?? 0)
}

export async function countOnlineAgents(
  db: Db,
  organizationId: string,
  departmentId: string | null,
): Promise<number> {
  return onlineIn(await getOnlineCounts(db, organizationId), departmentId)
}

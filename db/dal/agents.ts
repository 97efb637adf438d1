import 'server-only'
// Agents ("asesores") and their presence (§5: only `online` counts for routing).
import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { agent, agentDepartment, department, member, type Presence } from '../schema'

export type { Presence } from '../schema'

export type AgentSummary = {
  id: string
  name: string
  email: string | null
  userId: string | null
  presence: Presence
  presenceUpdatedAt: Date
  /** §5 capacity: active chats now, and the most this agent takes at once (1–200). */
  activeChats: number
  maxActiveChats: number
  departmentIds: string[]
}

export type AgentInput = {
  name: string
  email?: string | null
  /** A user who is a member of the organization (sign-in ↔ agent link), or null. */
  userId?: string | null
  departmentIds: string[]
  /** §5 capacity, 1–200 (the column defaults to 20). */
  maxActiveChats?: number
  /** Active chats, set by hand in Asesores for testing (the chat platform reports them through the API). */
  activeChats?: number
}

export type AgentResult =
  | { ok: true; agent: AgentSummary }
  | { ok: false; reason: 'not_found' | 'department_not_found' | 'user_not_member' | 'user_already_linked' }

const agentColumns = {
  id: agent.id,
  name: agent.name,
  email: agent.email,
  userId: agent.userId,
  presence: agent.presence,
  presenceUpdatedAt: agent.presenceUpdatedAt,
  activeChats: agent.activeChats,
  maxActiveChats: agent.maxActiveChats,
}

async function withDepartments(
  db: Db,
  organizationId: string,
  rows: Omit<AgentSummary, 'departmentIds'>[],
): Promise<AgentSummary[]> {
  if (rows.length === 0) return []
  const links = await db
    .select({ agentId: agentDepartment.agentId, departmentId: agentDepartment.departmentId })
    .from(agentDepartment)
    .innerJoin(
      department,
      and(
        eq(department.organizationId, agentDepartment.organizationId),
        eq(department.id, agentDepartment.departmentId),
      ),
    )
    .where(
      and(
        eq(agentDepartment.organizationId, organizationId),
        inArray(
          agentDepartment.agentId,
          rows.map((row) => row.id),
        ),
      ),
    )
    .orderBy(asc(department.position), asc(department.name))
  const byAgent = new Map<string, string[]>()
  for (const link of links)
    byAgent.set(link.agentId, [...(byAgent.get(link.agentId) ?? []), link.departmentId])
  return rows.map((row) => ({ ...row, departmentIds: byAgent.get(row.id) ?? [] }))
}

/** All agents of the organization by name, with their department ids. Two queries. */
export async function listAgents(db: Db, organizationId: string): Promise<AgentSummary[]> {
  const rows = await db
    .select(agentColumns)
    .from(agent)
    .where(eq(agent.organizationId, organizationId))
    .orderBy(asc(agent.name), asc(agent.id))
  return withDepartments(db, organizationId, rows)
}

export async function getAgent(
  db: Db,
  organizationId: string,
  agentId: string,
): Promise<AgentSummary | null> {
  const rows = await db
    .select(agentColumns)
    .from(agent)
    .where(and(eq(agent.organizationId, organizationId), eq(agent.id, agentId)))
  const [found] = await withDepartments(db, organizationId, rows)
  return found ?? null
}

/** The agent linked to a signed-in member (to let members set their own presence). */
export async function getAgentByUserId(
  db: Db,
  organizationId: string,
  userId: string,
): Promise<AgentSummary | null> {
  const rows = await db
    .select(agentColumns)
    .from(agent)
    .where(and(eq(agent.organizationId, organizationId), eq(agent.userId, userId)))
  const [found] = await withDepartments(db, organizationId, rows)
  return found ?? null
}

/** False when the agent does not exist in this organization. */
export async function setAgentPresence(
  db: Db,
  organizationId: string,
  agentId: string,
  presence: Presence,
): Promise<boolean> {
  const updated = await db
    .update(agent)
    .set({ presence, presenceUpdatedAt: sql`now()` })
    .where(and(eq(agent.organizationId, organizationId), eq(agent.id, agentId)))
    .returning({ id: agent.id })
  return updated.length > 0
}

/** Checks references up front so callers get a reason instead of a constraint error (the FKs still back it up). */
async function checkReferences(
  tx: Db,
  organizationId: string,
  input: Partial<AgentInput>,
  agentId: string | null,
): Promise<AgentResult | null> {
  const departmentIds = [...new Set(input.departmentIds ?? [])]
  if (departmentIds.length) {
    const found = await tx
      .select({ id: department.id })
      .from(department)
      .where(and(eq(department.organizationId, organizationId), inArray(department.id, departmentIds)))
    if (found.length !== departmentIds.length) return { ok: false, reason: 'department_not_found' }
  }
  if (input.userId) {
    const [membership] = await tx
      .select({ id: member.id })
      .from(member)
      .where(and(eq(member.organizationId, organizationId), eq(member.userId, input.userId)))
    if (!membership) return { ok: false, reason: 'user_not_member' }
    const [linked] = await tx
      .select({ id: agent.id })
      .from(agent)
      .where(and(eq(agent.organizationId, organizationId), eq(agent.userId, input.userId)))
    if (linked && linked.id !== agentId) return { ok: false, reason: 'user_already_linked' }
  }
  return null
}

async function replaceDepartments(tx: Db, organizationId: string, agentId: string, departmentIds: string[]) {
  await tx
    .delete(agentDepartment)
    .where(and(eq(agentDepartment.organizationId, organizationId), eq(agentDepartment.agentId, agentId)))
  const unique = [...new Set(departmentIds)]
  if (unique.length) {
    await tx
      .insert(agentDepartment)
      .values(unique.map((departmentId) => ({ organizationId, agentId, departmentId })))
  }
}

export async function createAgent(db: Db, organizationId: string, input: AgentInput): Promise<AgentResult> {
  return db.transaction(async (tx) => {
    const invalid = await checkReferences(tx, organizationId, input, null)
    if (invalid) return invalid
    const [created] = await tx
      .insert(agent)
      .values({
        organizationId,
        name: input.name.trim(),
        email: input.email ?? null,
        userId: input.userId ?? null,
        ...(input.maxActiveChats !== undefined && { maxActiveChats: input.maxActiveChats }),
        ...(input.activeChats !== undefined && { activeChats: input.activeChats }),
      })
      .returning({ id: agent.id })
    if (!created) throw new Error('agent insert returned no row')
    await replaceDepartments(tx, organizationId, created.id, input.departmentIds)
    const result = await getAgent(tx, organizationId, created.id)
    if (!result) throw new Error('created agent not found')
    return { ok: true, agent: result } as const
  })
}

/** Updates the given fields; `departmentIds` replaces the agent's departments. */
export async function updateAgent(
  db: Db,
  organizationId: string,
  agentId: string,
  input: Partial<AgentInput>,
): Promise<AgentResult> {
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: agent.id })
      .from(agent)
      .where(and(eq(agent.organizationId, organizationId), eq(agent.id, agentId)))
      .for('update')
    if (!existing) return { ok: false, reason: 'not_found' } as const
    const invalid = await checkReferences(tx, organizationId, input, agentId)
    if (invalid) return invalid

    const changes = {
      ...(input.name !== undefined && { name: input.name.trim() }),
      ...(input.email !== undefined && { email: input.email }),
      ...(input.userId !== undefined && { userId: input.userId }),
      ...(input.maxActiveChats !== undefined && { maxActiveChats: input.maxActiveChats }),
      ...(input.activeChats !== undefined && { activeChats: input.activeChats }),
    }
    if (Object.keys(changes).length) {
      await tx
        .update(agent)
        .set(changes)
        .where(and(eq(agent.organizationId, organizationId), eq(agent.id, agentId)))
    }
    if (input.departmentIds) await replaceDepartments(tx, organizationId, agentId, input.departmentIds)
    const result = await getAgent(tx, organizationId, agentId)
    if (!result) throw new Error('updated agent not found')
    return { ok: true, agent: result } as const
  })
}

export async function deleteAgent(db: Db, organizationId: string, agentId: string): Promise<boolean> {
  const deleted = await db
    .delete(agent)
    .where(and(eq(agent.organizationId, organizationId), eq(agent.id, agentId)))
    .returning({ id: agent.id })
  return deleted.length > 0
}

export { countOnlineAgents } from './online-agents'

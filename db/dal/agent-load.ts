import 'server-only'
// §5 capacity (issue 17): agents' active chats, reported by the chat platform on every assignment and every closed
// chat. Cheap on purpose: one UPDATE per write (no audit row, no history), concurrent updates (single or batch)
// coalesced into one statement, and the caller learns whether the agent's availability flipped — only then do routing caches need
// to drop their counts (db/queries.ts publishes `load` on the change feed).
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { agent } from '../schema'

export type LoadUpdate = { agentId: string; activeChats: number }

export type AgentLoadRow = {
  id: string
  activeChats: number
  maxActiveChats: number
  /** Online and below the maximum (§5), after this write. */
  available: boolean
  /** The write changed whether the agent counts as available (online, and crossed the maximum). */
  availabilityChanged: boolean
}

type Keyed = { organizationId: string; agentId: string; activeChats: number }
type Row = {
  organization_id: string
  id: string
  active_chats: number
  max_active_chats: number
  online: boolean
  had_room: boolean
}

const keyOf = (organizationId: string, agentId: string) => `${organizationId}\u0000${agentId}`

/** One statement for any number of (organization, agent) writes; duplicates: the last one wins. */
async function writeLoads(db: Db, updates: readonly Keyed[]): Promise<Map<string, AgentLoadRow>> {
  const last = new Map<string, Keyed>()
  for (const update of updates) last.set(keyOf(update.organizationId, update.agentId), update)
  const input = JSON.stringify(
    [...last.values()].map((u) => ({ o: u.organizationId, a: u.agentId, n: u.activeChats })),
  )
  // `old` reads each row before the update (locking it, so a concurrent write to the same agent waits and then
  // reads that write's result): whether it had room is what tells a flip from a plain count change. Rows are
  // locked in id order, so concurrent writes to overlapping agents queue instead of deadlocking.
  const result = await db.execute(sql`
    with input as (select * from jsonb_to_recordset(${input}::jsonb) as i(o text, a text, n int)),
    old as (
      select agent.organization_id, agent.id, agent.active_chats < agent.max_active_chats as had_room
      from agent join input on agent.organization_id = input.o and agent.id = input.a
      order by agent.organization_id, agent.id
      for update of agent
    )
    update agent set active_chats = input.n
    from input, old
    where agent.organization_id = input.o and agent.id = input.a
      and old.organization_id = agent.organization_id and old.id = agent.id
    returning agent.organization_id, agent.id, agent.active_chats, agent.max_active_chats,
      agent.presence = 'online' as online, old.had_room`)
  const rows = (result as unknown as { rows?: Row[] }).rows ?? (result as unknown as Row[])
  const out = new Map<string, AgentLoadRow>()
  for (const row of rows) {
    const hasRoom = row.active_chats < row.max_active_chats
    out.set(keyOf(row.organization_id, row.id), {
      id: row.id,
      activeChats: row.active_chats,
      maxActiveChats: row.max_active_chats,
      available: row.online && hasRoom,
      availabilityChanged: row.online && hasRoom !== row.had_room,
    })
  }
  return out
}

type Pending = Keyed & { resolve: (row: AgentLoadRow | null) => void; reject: (error: unknown) => void }
type Combiner = { pending: Pending[]; flushing: boolean }
const combiners = new WeakMap<Db, Combiner>()

const isDeadlock = (error: unknown): boolean => {
  const { code, cause } = (error ?? {}) as { code?: unknown; cause?: unknown }
  return code === '40P01' || (cause !== undefined && isDeadlock(cause))
}

/** Two instances writing overlapping agents at once can still deadlock in PostgreSQL; the loser writes again. */
async function writeWithRetry(db: Db, batch: readonly Keyed[]): Promise<Map<string, AgentLoadRow>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeLoads(db, batch)
    } catch (error) {
      if (attempt >= 3 || !isDeadlock(error)) throw error
    }
  }
}

async function flush(db: Db, combiner: Combiner): Promise<void> {
  combiner.flushing = true
  while (combiner.pending.length) {
    const batch = combiner.pending.splice(0, 1_000)
    try {
      const rows = await writeWithRetry(db, batch)
      for (const item of batch) item.resolve(rows.get(keyOf(item.organizationId, item.agentId)) ?? null)
    } catch (error) {
      for (const item of batch) item.reject(error)
    }
  }
  combiner.flushing = false
}

/**
 * Queues writes; each resolves once its statement has committed (null: no such agent in the organization). One
 * statement per database is in flight at a time and writes arriving meanwhile join the next one: a burst of
 * updates costs a few statements instead of one each, and this instance never deadlocks with itself.
 */
function enqueue(db: Db, updates: readonly Keyed[]): Promise<(AgentLoadRow | null)[]> {
  let combiner = combiners.get(db)
  if (!combiner) {
    combiner = { pending: [], flushing: false }
    combiners.set(db, combiner)
  }
  const target = combiner
  const results = updates.map(
    (update) =>
      new Promise<AgentLoadRow | null>((resolve, reject) => {
        target.pending.push({ ...update, resolve, reject })
      }),
  )
  if (!target.flushing) void flush(db, target)
  return Promise.all(results)
}

/**
 * Several agents of one organization at once, all or none: `missing` lists the indexes of updates naming no agent
 * of the organization (nothing is written then).
 */
export async function setAgentLoads(
  db: Db,
  organizationId: string,
  updates: readonly LoadUpdate[],
): Promise<{ ok: true; agents: AgentLoadRow[] } | { ok: false; missing: number[] }> {
  const ids = [...new Set(updates.map((u) => u.agentId))]
  const found = await db
    .select({ id: agent.id })
    .from(agent)
    .where(and(eq(agent.organizationId, organizationId), inArray(agent.id, ids)))
  const known = new Set(found.map((row) => row.id))
  const missing = updates.flatMap((u, index) => (known.has(u.agentId) ? [] : [index]))
  if (missing.length) return { ok: false, missing }
  const rows = await enqueue(
    db,
    updates.map((u) => ({ organizationId, ...u })),
  )
  // An agent deleted between the check and the write is simply gone: report what was written.
  return { ok: true, agents: rows.filter((row): row is AgentLoadRow => row !== null) }
}

/** One agent's active chats; null when the agent is not in the organization. */
export async function setAgentLoad(
  db: Db,
  organizationId: string,
  agentId: string,
  activeChats: number,
): Promise<AgentLoadRow | null> {
  const [row] = await enqueue(db, [{ organizationId, agentId, activeChats }])
  return row ?? null
}

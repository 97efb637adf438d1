import 'server-only'
// §5 capacity (issue 17): agents' active chats, reported by the chat platform on every assignment and every closed
// chat. Cheap on purpose: one UPDATE per write (no audit row, no history), concurrent single updates coalesced into
// one statement, and the caller learns whether the agent's availability flipped — only then do routing caches need
// to drop their counts (db/queries.ts publishes `load` on the change feed).
import { sql } from 'drizzle-orm'
import type { Db } from '../connection'

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
  // reads that write's result): whether it had room is what tells a flip from a plain count change.
  const result = await db.execute(sql`
    with input as (select * from jsonb_to_recordset(${input}::jsonb) as i(o text, a text, n int)),
    old as (
      select agent.organization_id, agent.id, agent.active_chats < agent.max_active_chats as had_room
      from agent join input on agent.organization_id = input.o and agent.id = input.a
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

class MissingAgents extends Error {
  constructor(readonly indexes: number[]) {
    super('missing agents')
  }
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
  try {
    return await db.transaction(async (tx) => {
      const rows = await writeLoads(
        tx as unknown as Db,
        updates.map((u) => ({ organizationId, ...u })),
      )
      const found = updates.map((u) => rows.get(keyOf(organizationId, u.agentId)))
      const missing = found.flatMap((row, index) => (row ? [] : [index]))
      if (missing.length) throw new MissingAgents(missing)
      return { ok: true as const, agents: found as AgentLoadRow[] }
    })
  } catch (error) {
    if (error instanceof MissingAgents) return { ok: false, missing: error.indexes }
    throw error
  }
}

type Pending = Keyed & { resolve: (row: AgentLoadRow | null) => void; reject: (error: unknown) => void }
type Combiner = { pending: Pending[]; flushing: boolean }
const combiners = new WeakMap<Db, Combiner>()

async function flush(db: Db, combiner: Combiner): Promise<void> {
  combiner.flushing = true
  while (combiner.pending.length) {
    const batch = combiner.pending.splice(0, 1_000)
    try {
      const rows = await writeLoads(db, batch)
      for (const item of batch) item.resolve(rows.get(keyOf(item.organizationId, item.agentId)) ?? null)
    } catch (error) {
      for (const item of batch) item.reject(error)
    }
  }
  combiner.flushing = false
}

/**
 * One agent's active chats; null when the agent is not in the organization. Resolves once the write has
 * committed. Writes arriving while one is in flight are combined into the next statement, so a burst of updates
 * costs a few statements instead of one each.
 */
export function setAgentLoad(
  db: Db,
  organizationId: string,
  agentId: string,
  activeChats: number,
): Promise<AgentLoadRow | null> {
  let combiner = combiners.get(db)
  if (!combiner) {
    combiner = { pending: [], flushing: false }
    combiners.set(db, combiner)
  }
  const target = combiner
  return new Promise((resolve, reject) => {
    target.pending.push({ organizationId, agentId, activeChats, resolve, reject })
    if (!target.flushing) void flush(db, target)
  })
}

// docs/behaviour.md §5 "Inputs" — who counts for routing: an agent is *online* with presence `online`, and
// *available* when online and below their maximum of simultaneous active chats. The database counts the same
// way (db/dal/online-agents.ts); this is the rule in one place for the pages and tests that hold agents in hand.

/** Agents of a scope as the routing engine consumes them. A bare number means that many online, all with room. */
export type AgentCounts = { online: number; available: number }
export type AgentsInput = number | AgentCounts
/** A scope's online agents with their chats against their maxima (shown as "12/20"). */
export type ScopeLoad = AgentCounts & { activeChats: number; maxActiveChats: number }

/** The organization default for a new agent's maximum, and the bounds an admin can set (issue 17). */
export const DEFAULT_MAX_ACTIVE_CHATS = 20
export const MIN_MAX_ACTIVE_CHATS = 1
export const MAX_MAX_ACTIVE_CHATS = 200
/** The highest active-chat count the API accepts: far above any maximum, low enough to catch garbage. */
export const MAX_ACTIVE_CHATS = 10_000

export type AgentLoad = { presence: string; activeChats: number; maxActiveChats: number }

export function isOnline(agent: Pick<AgentLoad, 'presence'>): boolean {
  return agent.presence === 'online'
}

/** Online with room for one more chat: load = max − 1 is available, load = max is not. */
export function isAvailable(agent: AgentLoad): boolean {
  return isOnline(agent) && agent.activeChats < agent.maxActiveChats
}

export function countAgents(agents: Iterable<AgentLoad>): AgentCounts {
  let online = 0
  let available = 0
  for (const agent of agents) {
    if (isOnline(agent)) online++
    if (isAvailable(agent)) available++
  }
  return { online, available }
}

export function agentCounts(input: AgentsInput): AgentCounts {
  return typeof input === 'number' ? { online: input, available: input } : input
}

/**
 * Which of the three §5 agent states applies: 0 = nobody online, 1 = online but none with room
 * (`agents_at_capacity`), 2 = someone available. Counts below 1 (or fractions of one) mean nobody.
 */
export type AgentState = 0 | 1 | 2

export function agentStateOf(input: AgentsInput): AgentState {
  const { online, available } = agentCounts(input)
  if (available >= 1) return 2
  return online >= 1 ? 1 : 0
}

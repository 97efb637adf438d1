import { agentStateOf, type AgentState, type AgentsInput } from './capacity'
import type { Reason, Responder, RoutingConfig } from './types'

// The §5 table collapses to a pure function of two booleans (business open, assistant on) once the
// configuration and the agent state (nobody online, online but
// none with room, someone available) are fixed. Outcomes are small integers so `until` can be found by
// comparing table entries instead of building decisions.
export type Outcome = { responder: Responder; reason: Reason }

export const OUTCOMES: readonly Outcome[] = [
  { responder: 'assistant', reason: 'assistant_first' },
  { responder: 'agents', reason: 'assistant_unavailable' },
  { responder: 'agents', reason: 'agents_first' },
  { responder: 'assistant', reason: 'no_agents_online' },
  { responder: 'assistant', reason: 'outside_business_hours' },
  { responder: 'queue', reason: 'no_agents_online' },
  { responder: 'closed', reason: 'outside_business_hours' },
  { responder: 'assistant', reason: 'agents_at_capacity' },
  { responder: 'queue', reason: 'agents_at_capacity' },
]

const ASSISTANT_FIRST = 0
const ASSISTANT_UNAVAILABLE = 1
const AGENTS_FIRST = 2
const ASSISTANT_NO_AGENTS = 3
const ASSISTANT_OUTSIDE = 4
const QUEUE = 5
const CLOSED = 6
const ASSISTANT_AT_CAPACITY = 7
const QUEUE_AT_CAPACITY = 8

/**
 * How the assistant takes part: `none` = it does not answer (no assistant, switched off — the priority is then
 * ignored, §5 — or a conversation it has handed over).
 */
export type Mode = 'none' | 'assistant' | 'agents'

/** Indexed by `(businessOpen ? 2 : 0) + (assistantOn ? 1 : 0)`. */
export type OutcomeTable = readonly [number, number, number, number]

function outcome(mode: Mode, businessOpen: boolean, assistantOnInput: boolean, agents: AgentState): number {
  // In `none` mode the assistant never answers; overflow relies on this to ignore an assistant that is on.
  const assistantOn = mode !== 'none' && assistantOnInput
  const agentsAvailable = businessOpen && agents === 2
  // Agents online but none with room: the same responder as nobody online, with the precise reason.
  const atCapacity = agents === 1
  if (mode === 'assistant' && assistantOn) return ASSISTANT_FIRST
  // Reaching here with mode `assistant` means the assistant is active but outside its own hours: agents
  // answer because the assistant is unavailable, not because they come first.
  if (mode === 'assistant' && agentsAvailable) return ASSISTANT_UNAVAILABLE
  if (agentsAvailable) return AGENTS_FIRST
  if (assistantOn) {
    if (!businessOpen) return ASSISTANT_OUTSIDE
    return atCapacity ? ASSISTANT_AT_CAPACITY : ASSISTANT_NO_AGENTS
  }
  if (!businessOpen) return CLOSED
  return atCapacity ? QUEUE_AT_CAPACITY : QUEUE
}

function buildTable(mode: Mode, agents: AgentState): OutcomeTable {
  return [
    outcome(mode, false, false, agents),
    outcome(mode, false, true, agents),
    outcome(mode, true, false, agents),
    outcome(mode, true, true, agents),
  ]
}

const buildTables = (mode: Mode) => [buildTable(mode, 0), buildTable(mode, 1), buildTable(mode, 2)] as const

const TABLES: Record<Mode, readonly [OutcomeTable, OutcomeTable, OutcomeTable]> = {
  none: buildTables('none'),
  assistant: buildTables('assistant'),
  agents: buildTables('agents'),
}

export function modeOf(config: RoutingConfig): Mode {
  if (config.assistant === null || !config.assistant.active) return 'none'
  return config.priority === 'assistant' ? 'assistant' : 'agents'
}

/** `agents`: a number = that many online, all with room; or `{online, available}` (capacity, §5 "Inputs"). */
export function tableFor(mode: Mode, agents: AgentsInput): OutcomeTable {
  return TABLES[mode][agentStateOf(agents)]
}

export function lookup(table: OutcomeTable, businessOpen: boolean, assistantOn: boolean): number {
  if (businessOpen) return assistantOn ? table[3] : table[2]
  return assistantOn ? table[1] : table[0]
}

export function outcomeOf(id: number): Outcome {
  const found = OUTCOMES[id]
  if (found === undefined) throw new RangeError(`unknown routing outcome ${id}`)
  return found
}

import type { Reason, Responder, RoutingConfig } from './types'

// The §5 table collapses to a pure function of two booleans (business open, assistant on) once the
// configuration and the agents count are fixed. Outcomes are small integers so `until` can be found by
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
]

const ASSISTANT_FIRST = 0
const ASSISTANT_UNAVAILABLE = 1
const AGENTS_FIRST = 2
const ASSISTANT_NO_AGENTS = 3
const ASSISTANT_OUTSIDE = 4
const QUEUE = 5
const CLOSED = 6

/**
 * How the assistant takes part: `none` = it does not answer (no assistant, switched off — the priority is then
 * ignored, §5 — or a conversation it has handed over).
 */
export type Mode = 'none' | 'assistant' | 'agents'

/** Indexed by `(businessOpen ? 2 : 0) + (assistantOn ? 1 : 0)`. */
export type OutcomeTable = readonly [number, number, number, number]

function outcome(mode: Mode, businessOpen: boolean, assistantOnInput: boolean, hasAgents: boolean): number {
  // In `none` mode the assistant never answers; overflow relies on this to ignore an assistant that is on.
  const assistantOn = mode !== 'none' && assistantOnInput
  const agentsAvailable = businessOpen && hasAgents
  if (mode === 'assistant' && assistantOn) return ASSISTANT_FIRST
  // Reaching here with mode `assistant` means the assistant is active but outside its own hours: agents
  // answer because the assistant is unavailable, not because they come first.
  if (mode === 'assistant' && agentsAvailable) return ASSISTANT_UNAVAILABLE
  if (agentsAvailable) return AGENTS_FIRST
  if (assistantOn) return businessOpen ? ASSISTANT_NO_AGENTS : ASSISTANT_OUTSIDE
  return businessOpen ? QUEUE : CLOSED
}

function buildTable(mode: Mode, hasAgents: boolean): OutcomeTable {
  return [
    outcome(mode, false, false, hasAgents),
    outcome(mode, false, true, hasAgents),
    outcome(mode, true, false, hasAgents),
    outcome(mode, true, true, hasAgents),
  ]
}

const TABLES: Record<Mode, readonly [OutcomeTable, OutcomeTable]> = {
  none: [buildTable('none', false), buildTable('none', true)],
  assistant: [buildTable('assistant', false), buildTable('assistant', true)],
  agents: [buildTable('agents', false), buildTable('agents', true)],
}

export function modeOf(config: RoutingConfig): Mode {
  if (config.assistant === null || !config.assistant.active) return 'none'
  return config.priority === 'assistant' ? 'assistant' : 'agents'
}

export function tableFor(mode: Mode, agentsOnline: number): OutcomeTable {
  return TABLES[mode][agentsOnline >= 1 ? 1 : 0]
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

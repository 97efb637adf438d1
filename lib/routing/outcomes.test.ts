import { describe, expect, it } from 'vitest'
import { lookup, outcomeOf, tableFor, type Mode } from './outcomes'

// decide() computes `until` as the earliest flip of an input that matters in the current state, without
// re-deciding. That is exact only because of the two properties of the §5 tables checked here.
const MODES: readonly Mode[] = ['none', 'assistant', 'agents']
const BOOLS = [false, true] as const
// The three agent states: nobody online, online but none with room, someone available.
const AGENT_STATES = [0, { online: 2, available: 0 }, 1] as const
const label = (agents: (typeof AGENT_STATES)[number]) =>
  typeof agents === 'number' ? String(agents) : `${agents.online}/${agents.available}`

describe('§5 outcome tables', () => {
  for (const mode of MODES) {
    for (const agents of AGENT_STATES) {
      const table = tableFor(mode, agents)
      for (const businessOpen of BOOLS) {
        for (const assistantOn of BOOLS) {
          const state = `${mode} agents=${label(agents)} business=${businessOpen} assistant=${assistantOn}`
          const current = lookup(table, businessOpen, assistantOn)

          it(`§5 ${state}: a flip that matters changes the outcome whatever the other input does`, () => {
            const businessMatters = lookup(table, !businessOpen, assistantOn) !== current
            const assistantMatters = lookup(table, businessOpen, !assistantOn) !== current
            const businessAlwaysChanges = BOOLS.every(
              (other) => lookup(table, !businessOpen, other) !== current,
            )
            const assistantAlwaysChanges = BOOLS.every(
              (other) => lookup(table, other, !assistantOn) !== current,
            )
            expect({ business: !businessMatters || businessAlwaysChanges }).toEqual({ business: true })
            expect({ assistant: !assistantMatters || assistantAlwaysChanges }).toEqual({ assistant: true })
          })

          it(`§5 ${state}: if no single flip matters, no combination does`, () => {
            const businessMatters = lookup(table, !businessOpen, assistantOn) !== current
            const assistantMatters = lookup(table, businessOpen, !assistantOn) !== current
            const bothFlippedSame = lookup(table, !businessOpen, !assistantOn) === current
            expect({ holds: businessMatters || assistantMatters || bothFlippedSame }).toEqual({ holds: true })
          })
        }
      }
    }
  }

  it('§5 the assistant never answers in `none` mode (no active assistant, or a handed-over conversation)', () => {
    for (const agents of AGENT_STATES) {
      for (const businessOpen of BOOLS) {
        for (const assistantOn of BOOLS) {
          expect(outcomeOf(lookup(tableFor('none', agents), businessOpen, assistantOn)).responder).not.toBe(
            'assistant',
          )
        }
      }
    }
  })

  it('§5 agentsOnline counts as available from 1, not for 0 or a fraction', () => {
    expect(outcomeOf(lookup(tableFor('agents', 1), true, false)).responder).toBe('agents')
    expect(outcomeOf(lookup(tableFor('agents', 0), true, false)).responder).toBe('queue')
    expect(outcomeOf(lookup(tableFor('agents', 0.5), true, false)).responder).toBe('queue')
  })

  it('§5 capacity: agents online with none available never answer, and say so instead of no_agents_online', () => {
    const full = { online: 3, available: 0 }
    for (const mode of MODES) {
      for (const businessOpen of BOOLS) {
        for (const assistantOn of BOOLS) {
          const atCapacity = outcomeOf(lookup(tableFor(mode, full), businessOpen, assistantOn))
          const nobody = outcomeOf(lookup(tableFor(mode, 0), businessOpen, assistantOn))
          // Same responder as nobody online; only the reason is more precise.
          expect(atCapacity.responder).toBe(nobody.responder)
          expect(atCapacity.reason).toBe(
            nobody.reason === 'no_agents_online' ? 'agents_at_capacity' : nobody.reason,
          )
        }
      }
    }
  })
})

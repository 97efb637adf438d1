import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isOpen } from '../schedule'
import { agentCounts, coverage, decide, overflow, type AgentsInput } from './index'
import { DAY, agentsArb, configArb, fractionsArb, instantArb } from './test-arbitraries'
import type { Decision, RoutingConfig } from './types'

const same = (a: Decision, b: Decision) => a.responder === b.responder && a.reason === b.reason
const RUNS = { numRuns: 300 }

/** Checks `until` for one evaluator: constant on [at, until) at sampled instants, different at `until`. */
function checkUntil(
  evaluate: (c: RoutingConfig, at: Date, agents: AgentsInput) => Decision,
  c: RoutingConfig,
  t: number,
  agents: AgentsInput,
  fractions: number[],
) {
  const d = evaluate(c, new Date(t), agents)
  const end = d.until === null ? t + 400 * DAY : d.until.getTime()
  expect(end).toBeGreaterThan(t)
  for (const sample of [t, end - 1, ...fractions.map((f) => t + Math.floor(f * (end - t)))]) {
    const s = evaluate(c, new Date(sample), agents)
    expect(s.responder, new Date(sample).toISOString()).toBe(d.responder)
    expect(s.reason, new Date(sample).toISOString()).toBe(d.reason)
  }
  if (d.until !== null) expect(same(evaluate(c, d.until, agents), d)).toBe(false)
}

describe('§5 properties (fast-check)', () => {
  it('§5 decide never throws and follows the table inputs for valid configs', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, (c, t, agents) => {
        const d = decide(c, new Date(t), agents)
        const businessOpen = isOpen(c.business, new Date(t))
        const assistantOn =
          c.assistant !== null &&
          c.assistant.active &&
          (c.assistant.schedule === null || isOpen(c.assistant.schedule, new Date(t)))
        expect(d.businessOpen).toBe(businessOpen)
        expect(d.assistantOn).toBe(assistantOn)
        // Who can answer at all: agents need business open + someone available (online with room); the
        // assistant needs to be on. `agents_at_capacity` exactly when agents are online but none has room.
        const { online, available } = agentCounts(agents)
        if (d.responder === 'agents') expect(businessOpen && available >= 1).toBe(true)
        if (d.responder === 'assistant') expect(assistantOn).toBe(true)
        if (d.responder === 'queue') expect(businessOpen && !assistantOn && available === 0).toBe(true)
        if (d.reason === 'agents_at_capacity') expect(online >= 1 && available === 0).toBe(true)
        if (d.reason === 'no_agents_online') expect(online).toBe(0)
        if (d.responder === 'closed') expect(!businessOpen && !assistantOn).toBe(true)
      }),
      RUNS,
    )
  })

  it('§5 decide is constant on [at, until) and differs at until', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, fractionsArb, (c, t, agents, fractions) =>
        checkUntil(decide, c, t, agents, fractions),
      ),
      RUNS,
    )
  })

  it('§5 overflow is constant on [at, until), differs at until, and never hands back to the assistant', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, fractionsArb, (c, t, agents, fractions) => {
        checkUntil(overflow, c, t, agents, fractions)
        expect(overflow(c, new Date(t), agents).responder).not.toBe('assistant')
      }),
      RUNS,
    )
  })

  it('§5 nextOpening is set exactly for closed decisions and is the next business opening', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, (c, t, agents) => {
        const d = decide(c, new Date(t), agents)
        if (d.responder !== 'closed') {
          expect(d.nextOpening).toBeNull()
          return
        }
        if (d.nextOpening === null) {
          expect(isOpen(c.business, new Date(t + 400 * DAY))).toBe(false)
          return
        }
        const opening = d.nextOpening.getTime()
        expect(isOpen(c.business, d.nextOpening)).toBe(true)
        expect(isOpen(c.business, new Date(opening - 1))).toBe(false)
        expect(d.until !== null && d.until.getTime() <= opening).toBe(true)
      }),
      RUNS,
    )
  })

  it('§5 coverage agrees with decide at sampled instants and is well formed', () => {
    fc.assert(
      fc.property(
        configArb,
        instantArb,
        fc.integer({ min: 1, max: 10 * DAY }),
        agentsArb,
        fractionsArb,
        (c, t, length, agents, fractions) => {
          const from = new Date(t)
          const to = new Date(t + length)
          const segments = coverage(c, from, to, agents)
          expect(segments[0]?.start).toEqual(from)
          expect(segments.at(-1)?.end).toEqual(to)
          segments.forEach((s, i) => {
            expect(s.end.getTime()).toBeGreaterThan(s.start.getTime())
            const previous = segments[i - 1]
            if (previous) {
              expect(s.start).toEqual(previous.end)
              expect(s.responder).not.toBe(previous.responder)
            }
            // Both edges of every segment, plus random instants.
            expect(decide(c, s.start, agents).responder).toBe(s.responder)
            expect(decide(c, new Date(s.end.getTime() - 1), agents).responder).toBe(s.responder)
          })
          for (const f of fractions) {
            const sample = t + Math.floor(f * length)
            const segment = segments.find((s) => s.start.getTime() <= sample && sample < s.end.getTime())
            expect(segment?.responder).toBe(decide(c, new Date(sample), agents).responder)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})

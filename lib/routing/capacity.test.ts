import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countAgents, coverage, decide, isAvailable, overflow, type AgentLoad } from './index'
import { at, config, schedule } from './test-fixtures'
import { configArb, instantArb } from './test-arbitraries'

// §5 "Inputs": available = online and below the maximum of simultaneous active chats (issue 17).
const TZ = 'America/Bogota'
const bog = (date: string, hm: string) => at(`${date}T${hm}:00-05:00`)
const WED = '2026-03-04'
const business = schedule(TZ, { weekdays: [['09:00', '18:00']] })
// Priority Asesores Humanos with the assistant always on (the help article's first scenario).
const shop = config(business, { active: true, schedule: null }, 'agents')
const noAssistant = config(business, null)

const agent = (activeChats: number, maxActiveChats = 20, presence = 'online'): AgentLoad => ({
  presence,
  activeChats,
  maxActiveChats,
})

describe('§5 capacity — who is available', () => {
  it('§5 load = max − 1 is available, load = max is not, and only online agents count', () => {
    expect(isAvailable(agent(19))).toBe(true)
    expect(isAvailable(agent(20))).toBe(false)
    expect(isAvailable(agent(0, 1))).toBe(true)
    expect(isAvailable(agent(1, 1))).toBe(false)
    expect(isAvailable(agent(0, 20, 'away'))).toBe(false)
    expect(countAgents([agent(19), agent(20), agent(0, 20, 'offline')])).toEqual({ online: 2, available: 1 })
  })
})

describe('§5 capacity — the decision at the boundary, both ways', () => {
  it('§5 priority agents, assistant on: the last agent filling up hands new chats to the assistant', () => {
    const open = bog(WED, '11:30')
    expect(decide(shop, open, countAgents([agent(19), agent(20)]))).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
      until: bog(WED, '18:00'),
    })
    expect(decide(shop, open, countAgents([agent(20), agent(20)]))).toMatchObject({
      responder: 'assistant',
      reason: 'agents_at_capacity',
      until: bog(WED, '18:00'),
    })
    // …and one chat closing gives the agents back.
    expect(decide(shop, open, countAgents([agent(20), agent(19)])).responder).toBe('agents')
  })

  it('§5 at capacity is not nobody online: no_agents_online only when no agent is online at all', () => {
    const open = bog(WED, '11:30')
    expect(decide(shop, open, countAgents([agent(0, 20, 'away')])).reason).toBe('no_agents_online')
    expect(decide(shop, open, countAgents([agent(20)])).reason).toBe('agents_at_capacity')
  })

  it('§5 no active assistant: at capacity the conversation queues (agents_at_capacity), below it agents answer', () => {
    const open = bog(WED, '11:30')
    expect(decide(noAssistant, open, countAgents([agent(4, 5)]))).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
    })
    expect(decide(noAssistant, open, countAgents([agent(5, 5)]))).toMatchObject({
      responder: 'queue',
      reason: 'agents_at_capacity',
    })
  })

  it('§5 overflow: a handed-over chat queues when every agent is full, goes to agents when one has room', () => {
    const open = bog(WED, '11:30')
    expect(overflow(shop, open, countAgents([agent(20)]))).toMatchObject({
      responder: 'queue',
      reason: 'agents_at_capacity',
    })
    expect(overflow(shop, open, countAgents([agent(19)]))).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
    })
  })

  it('§5 outside business hours capacity changes nothing: the reason stays outside_business_hours', () => {
    const night = bog(WED, '22:00')
    for (const load of [19, 20]) {
      expect(decide(shop, night, countAgents([agent(load)]))).toMatchObject({
        responder: 'assistant',
        reason: 'outside_business_hours',
      })
      expect(decide(noAssistant, night, countAgents([agent(load)])).responder).toBe('closed')
    }
  })

  it('§5 coverage with every agent full shows the assistant through business hours', () => {
    const segments = coverage(shop, bog(WED, '00:00'), bog(WED, '23:59'), countAgents([agent(20)]))
    expect(segments.map((s) => s.responder)).toEqual(['assistant'])
    const withRoom = coverage(shop, bog(WED, '00:00'), bog(WED, '23:59'), countAgents([agent(19)]))
    expect(withRoom.map((s) => s.responder)).toEqual(['assistant', 'agents', 'assistant'])
  })
})

describe('§5 capacity (fast-check)', () => {
  const loadsArb = fc.array(
    fc
      .record({
        presence: fc.constantFrom('online', 'away', 'offline'),
        maxActiveChats: fc.integer({ min: 1, max: 200 }),
        offset: fc.integer({ min: -2, max: 1 }),
      })
      .map(({ presence, maxActiveChats, offset }) => ({
        presence,
        maxActiveChats,
        // Loads cluster at the boundary: max − 2 … max + 1.
        activeChats: Math.max(0, maxActiveChats + offset),
      })),
    { maxLength: 5 },
  )

  it('§5 until and coverage agree with decide for agents at any load', () => {
    fc.assert(
      fc.property(configArb, instantArb, loadsArb, (c, t, loads) => {
        const counts = countAgents(loads)
        const d = decide(c, new Date(t), counts)
        if (d.until !== null) {
          const before = decide(c, new Date(d.until.getTime() - 1), counts)
          expect([before.responder, before.reason]).toEqual([d.responder, d.reason])
          const after = decide(c, d.until, counts)
          expect([after.responder, after.reason]).not.toEqual([d.responder, d.reason])
        }
        const end = d.until?.getTime() ?? t + 86_400_000
        const [first] = coverage(c, new Date(t), new Date(end), counts)
        // Until `until` nothing changes, so coverage is a single segment with the decision's responder.
        expect(coverage(c, new Date(t), new Date(end), counts)).toHaveLength(1)
        expect(first?.responder).toBe(d.responder)
      }),
      { numRuns: 300 },
    )
  })

  it('§5 filling an agent changes the decision only when it was the last one with room', () => {
    fc.assert(
      fc.property(configArb, instantArb, loadsArb, (c, t, loads) => {
        const at = new Date(t)
        const before = decide(c, at, countAgents(loads))
        loads.forEach((l, i) => {
          const filled = loads.map((o, j) => (j === i ? { ...o, activeChats: o.maxActiveChats } : o))
          const after = decide(c, at, countAgents(filled))
          const wasLastWithRoom = isAvailable(l) && countAgents(loads).available === 1
          if (!wasLastWithRoom)
            expect([after.responder, after.reason]).toEqual([before.responder, before.reason])
          else if (before.responder === 'agents') expect(after.responder).not.toBe('agents')
        })
      }),
      { numRuns: 200 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { decide, overflow } from './index'
import type { RoutingConfig } from './types'
import { ALWAYS, at, config, schedule } from './test-fixtures'

// Bogota (UTC−5, no DST). 2026-03-02 is a Monday.
const TZ = 'America/Bogota'
const bog = (date: string, hm: string) => at(`${date}T${hm}:00-05:00`)
const MON = '2026-03-02'
const TUE = '2026-03-03'
const FRI = '2026-03-06'
const NEXT_MON = '2026-03-09'

const business = schedule(TZ, { weekdays: [['09:00', '18:00']] })
// Overlaps the afternoon so every (businessOpen, assistantOn) pair occurs on a weekday:
// 10:00 open/off · 14:00 open/on · 20:00 closed/on · 23:00 closed/off.
const assistantHours = schedule(TZ, { weekdays: [['13:00', '22:00']] })

const withAssistant = (priority: 'agents' | 'assistant', active = true): RoutingConfig =>
  config(business, { active, schedule: assistantHours }, priority)
const alwaysOnAssistant = (priority: 'agents' | 'assistant'): RoutingConfig =>
  config(business, { active: true, schedule: null }, priority)

describe('§5 inputs', () => {
  it('§5 businessOpen / assistantOn reflect both schedules at the instant', () => {
    const c = withAssistant('assistant')
    expect(decide(c, bog(MON, '10:00'), 1)).toMatchObject({ businessOpen: true, assistantOn: false })
    expect(decide(c, bog(MON, '14:00'), 1)).toMatchObject({ businessOpen: true, assistantOn: true })
    expect(decide(c, bog(MON, '20:00'), 1)).toMatchObject({ businessOpen: false, assistantOn: true })
    expect(decide(c, bog(MON, '23:00'), 1)).toMatchObject({ businessOpen: false, assistantOn: false })
  })

  it('§5 assistantOn is false for an inactive assistant and for no assistant, true for an always-on one', () => {
    expect(decide(withAssistant('assistant', false), bog(MON, '14:00'), 1).assistantOn).toBe(false)
    expect(decide(config(business, null), bog(MON, '14:00'), 1).assistantOn).toBe(false)
    expect(decide(alwaysOnAssistant('assistant'), bog(MON, '23:00'), 1).assistantOn).toBe(true)
  })
})

describe('§5 table — priority assistant', () => {
  it('§5 row 1: assistant on → assistant / assistant_first, with or without agents, in or out of hours', () => {
    const c = withAssistant('assistant')
    for (const hm of ['14:00', '20:00']) {
      for (const agents of [0, 1, 3]) {
        expect(decide(c, bog(MON, hm), agents)).toMatchObject({
          responder: 'assistant',
          reason: 'assistant_first',
        })
      }
    }
  })

  it('§5 row 2: active assistant outside its own hours + agents available → agents / assistant_unavailable', () => {
    const d = decide(withAssistant('assistant'), bog(MON, '10:00'), 1)
    expect(d).toMatchObject({ responder: 'agents', reason: 'assistant_unavailable', nextOpening: null })
    // …until the assistant's own hours start.
    expect(d.until).toEqual(bog(MON, '13:00'))
  })

  it('§5 row 2 vs an inactive assistant: the same instant gives agents_first (priority ignored)', () => {
    const d = decide(withAssistant('assistant', false), bog(MON, '10:00'), 1)
    expect(d).toMatchObject({ responder: 'agents', reason: 'agents_first', assistantOn: false })
    expect(d.until).toEqual(bog(MON, '18:00'))
  })

  it('§5 row 2 needs agents: assistant off-hours, business open, nobody online → queue / no_agents_online', () => {
    const d = decide(withAssistant('assistant'), bog(MON, '10:00'), 0)
    expect(d).toMatchObject({ responder: 'queue', reason: 'no_agents_online', nextOpening: null })
    expect(d.until).toEqual(bog(MON, '13:00'))
  })

  it('§5 row 2 needs business open: assistant off-hours, agents online but closed → closed', () => {
    const d = decide(withAssistant('assistant'), bog(MON, '23:00'), 2)
    expect(d).toMatchObject({ responder: 'closed', reason: 'outside_business_hours' })
    expect(d.nextOpening).toEqual(bog(TUE, '09:00'))
    expect(d.until).toEqual(bog(TUE, '09:00'))
  })

  it('§5 row 1 until: the assistant answering stays until its own hours end, whatever business hours do', () => {
    // 14:00 → business closes at 18:00 but that does not change assistant_first; the assistant stops at 22:00.
    expect(decide(withAssistant('assistant'), bog(MON, '14:00'), 1).until).toEqual(bog(MON, '22:00'))
    expect(decide(withAssistant('assistant'), bog(MON, '14:00'), 0).until).toEqual(bog(MON, '22:00'))
  })

  it('§5 row 1 with an always-on assistant: constant decision, until null', () => {
    const d = decide(alwaysOnAssistant('assistant'), bog(MON, '03:00'), 0)
    expect(d).toMatchObject({
      responder: 'assistant',
      reason: 'assistant_first',
      until: null,
      nextOpening: null,
    })
  })
})

describe('§5 table — priority agents', () => {
  it('§5 row 3: agents available → agents / agents_first whether the assistant is on or off', () => {
    const c = withAssistant('agents')
    expect(decide(c, bog(MON, '10:00'), 1)).toMatchObject({ responder: 'agents', reason: 'agents_first' })
    expect(decide(c, bog(MON, '14:00'), 1)).toMatchObject({ responder: 'agents', reason: 'agents_first' })
    // The assistant's 13:00 flip does not matter while agents answer: until is the 18:00 close.
    expect(decide(c, bog(MON, '10:00'), 1).until).toEqual(bog(MON, '18:00'))
  })

  it('§5 row 4: assistant on, no agents online, business open → assistant / no_agents_online', () => {
    const d = decide(withAssistant('agents'), bog(MON, '14:00'), 0)
    expect(d).toMatchObject({ responder: 'assistant', reason: 'no_agents_online', nextOpening: null })
    // Same responder, different reason at the close: until marks the reason change.
    expect(d.until).toEqual(bog(MON, '18:00'))
  })

  it('§5 row 4: assistant on, business closed → assistant / outside_business_hours (agents online or not)', () => {
    for (const agents of [0, 1]) {
      const d = decide(withAssistant('agents'), bog(MON, '20:00'), agents)
      expect(d).toMatchObject({ responder: 'assistant', reason: 'outside_business_hours', nextOpening: null })
      expect(d.until).toEqual(bog(MON, '22:00'))
    }
  })

  it('§5 row 5: assistant off, business open, no agents → queue / no_agents_online', () => {
    const d = decide(withAssistant('agents'), bog(MON, '10:00'), 0)
    expect(d).toMatchObject({ responder: 'queue', reason: 'no_agents_online' })
    expect(d.until).toEqual(bog(MON, '13:00'))
  })

  it('§5 row 5: assistant off, business closed → closed / outside_business_hours with nextOpening', () => {
    const d = decide(withAssistant('agents'), bog(FRI, '23:00'), 1)
    expect(d).toMatchObject({ responder: 'closed', reason: 'outside_business_hours' })
    expect(d.nextOpening).toEqual(bog(NEXT_MON, '09:00'))
    expect(d.until).toEqual(bog(NEXT_MON, '09:00'))
  })

  it('§5 row 5 until: a closed night ends when the assistant starts, before business opens', () => {
    const nights = schedule(TZ, { all: [['06:00', '08:00']] })
    const d = decide(config(business, { active: true, schedule: nights }, 'agents'), bog(MON, '23:00'), 1)
    expect(d.responder).toBe('closed')
    expect(d.until).toEqual(bog(TUE, '06:00'))
    expect(d.nextOpening).toEqual(bog(TUE, '09:00'))
  })
})

describe('§5 — no active assistant: priority ignored, behaves as agents', () => {
  const cases: [string, RoutingConfig][] = [
    ['no assistant, priority assistant', config(business, null, 'assistant')],
    ['no assistant, priority agents', config(business, null, 'agents')],
    [
      'inactive always-on assistant, priority assistant',
      config(business, { active: false, schedule: null }, 'assistant'),
    ],
    ['inactive scheduled assistant, priority assistant', withAssistant('assistant', false)],
  ]
  for (const [name, c] of cases) {
    it(`§5 ${name}: agents_first in hours, queue without agents, closed outside hours`, () => {
      expect(decide(c, bog(MON, '14:00'), 1)).toMatchObject({
        responder: 'agents',
        reason: 'agents_first',
        until: bog(MON, '18:00'),
      })
      expect(decide(c, bog(MON, '14:00'), 0)).toMatchObject({
        responder: 'queue',
        reason: 'no_agents_online',
        until: bog(MON, '18:00'),
      })
      expect(decide(c, bog(MON, '20:00'), 1)).toMatchObject({
        responder: 'closed',
        reason: 'outside_business_hours',
        until: bog(TUE, '09:00'),
        nextOpening: bog(TUE, '09:00'),
      })
    })
  }
})

describe('§4/§5 boundaries — opening instant included, closing instant excluded', () => {
  const c = withAssistant('agents')
  const ms = (d: Date, delta: number) => new Date(d.getTime() + delta)

  it('§5 business opening: 08:59:59.999 closed, 09:00 open', () => {
    expect(decide(c, ms(bog(MON, '09:00'), -1), 1)).toMatchObject({
      responder: 'closed',
      until: bog(MON, '09:00'),
    })
    expect(decide(c, bog(MON, '09:00'), 1)).toMatchObject({ responder: 'agents', businessOpen: true })
  })

  it('§5 business closing: 17:59:59.999 open, 18:00 closed (assistant on → assistant)', () => {
    expect(decide(c, ms(bog(MON, '18:00'), -1), 1)).toMatchObject({
      responder: 'agents',
      until: bog(MON, '18:00'),
    })
    expect(decide(c, bog(MON, '18:00'), 1)).toMatchObject({
      responder: 'assistant',
      reason: 'outside_business_hours',
      businessOpen: false,
    })
  })

  it('§5 assistant opening 13:00 included and closing 22:00 excluded', () => {
    const p = withAssistant('assistant')
    expect(decide(p, ms(bog(MON, '13:00'), -1), 1)).toMatchObject({ reason: 'assistant_unavailable' })
    expect(decide(p, bog(MON, '13:00'), 1)).toMatchObject({ reason: 'assistant_first', assistantOn: true })
    expect(decide(p, ms(bog(MON, '22:00'), -1), 1)).toMatchObject({ reason: 'assistant_first' })
    expect(decide(p, bog(MON, '22:00'), 1)).toMatchObject({ responder: 'closed', assistantOn: false })
  })

  it('§5 until is strictly after at: deciding at a change instant reports the next change', () => {
    expect(decide(c, bog(MON, '09:00'), 1).until).toEqual(bog(MON, '18:00'))
  })
})

describe('§5 until / nextOpening horizon (400 days)', () => {
  const never = schedule(TZ, {})

  it('§5 business never open, no assistant: closed with until and nextOpening null', () => {
    expect(decide(config(never, null), bog(MON, '10:00'), 1)).toMatchObject({
      responder: 'closed',
      until: null,
      nextOpening: null,
    })
  })

  it('§5 24/7 business, no assistant: agents forever, until null', () => {
    expect(decide(config(schedule(TZ, ALWAYS), null), bog(MON, '10:00'), 1)).toMatchObject({
      responder: 'agents',
      until: null,
    })
  })

  it('§5 a change 400 days ahead counts, 401 days ahead does not', () => {
    const start = bog('2026-01-01', '00:00')
    const date = (days: number) => new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10)
    const opensOn = (days: number) =>
      schedule(TZ, {}, [{ date: date(days), ranges: [{ start: '00:00', end: '12:00' }] }])
    expect(decide(config(opensOn(400), null), start, 1).until).toEqual(
      new Date(start.getTime() + 400 * 86_400_000),
    )
    expect(decide(config(opensOn(400), null), start, 1).nextOpening).toEqual(
      new Date(start.getTime() + 400 * 86_400_000),
    )
    expect(decide(config(opensOn(401), null), start, 1)).toMatchObject({ until: null, nextOpening: null })
  })

  it('§5 an invalid instant is rejected rather than answered', () => {
    expect(() => decide(config(business, null), new Date(Number.NaN), 1)).toThrow(RangeError)
  })
})

describe('§5 overflow (desbordar)', () => {
  const c = withAssistant('assistant')

  it('§5 overflow: agents available → agents / agents_first even while the assistant is on', () => {
    const d = overflow(c, bog(MON, '14:00'), 1)
    expect(d).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
      assistantOn: true,
      nextOpening: null,
    })
    expect(d.until).toEqual(bog(MON, '18:00'))
  })

  it('§5 overflow: business open, nobody online → queue / no_agents_online', () => {
    const d = overflow(c, bog(MON, '14:00'), 0)
    expect(d).toMatchObject({ responder: 'queue', reason: 'no_agents_online', nextOpening: null })
    expect(d.until).toEqual(bog(MON, '18:00'))
  })

  it('§5 overflow: business closed → closed with nextOpening (the assistant being on does not matter)', () => {
    for (const agents of [0, 1]) {
      const d = overflow(c, bog(FRI, '20:00'), agents)
      expect(d).toMatchObject({ responder: 'closed', reason: 'outside_business_hours', assistantOn: true })
      expect(d.nextOpening).toEqual(bog(NEXT_MON, '09:00'))
      expect(d.until).toEqual(bog(NEXT_MON, '09:00'))
    }
  })

  it('§5 overflow boundaries: opening included, closing excluded', () => {
    expect(overflow(c, bog(MON, '09:00'), 1).responder).toBe('agents')
    expect(overflow(c, new Date(bog(MON, '09:00').getTime() - 1), 1).responder).toBe('closed')
    expect(overflow(c, new Date(bog(MON, '18:00').getTime() - 1), 0).responder).toBe('queue')
    expect(overflow(c, bog(MON, '18:00'), 0).responder).toBe('closed')
  })
})

import { describe, expect, it } from 'vitest'
import { coverage, decide, overflow } from './index'
import { ALWAYS, HOUR, at, config, schedule } from './test-fixtures'

describe('§5 scenario 1 — e-commerce 9:00–18:00, priority Asesores Humanos, assistant always on', () => {
  const TZ = 'America/Bogota'
  const bog = (date: string, hm: string) => at(`${date}T${hm}:00-05:00`)
  const shop = config(
    schedule(TZ, { weekdays: [['09:00', '18:00']] }),
    { active: true, schedule: null },
    'agents',
  )

  it('§5 in hours with agents connected: agents answer first', () => {
    expect(decide(shop, bog('2026-03-04', '11:30'), 2)).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
      until: bog('2026-03-04', '18:00'),
    })
  })

  it('§5 in hours with nobody connected: the assistant answers (no_agents_online)', () => {
    expect(decide(shop, bog('2026-03-04', '11:30'), 0)).toMatchObject({
      responder: 'assistant',
      reason: 'no_agents_online',
      until: bog('2026-03-04', '18:00'),
    })
  })

  it('§5 outside hours (night and weekend): the assistant answers, agents connected or not', () => {
    for (const instant of [
      bog('2026-03-04', '18:00'),
      bog('2026-03-05', '08:59'),
      bog('2026-03-07', '12:00'),
    ]) {
      for (const agents of [0, 1]) {
        expect(decide(shop, instant, agents)).toMatchObject({
          responder: 'assistant',
          reason: 'outside_business_hours',
          nextOpening: null,
        })
      }
    }
    // Friday evening → the reason holds through the weekend until Monday's opening.
    expect(decide(shop, bog('2026-03-06', '19:00'), 1).until).toEqual(bog('2026-03-09', '09:00'))
  })

  it('§5 a week of coverage: agents in hours when connected, assistant otherwise', () => {
    const from = bog('2026-03-02', '00:00')
    const to = bog('2026-03-09', '00:00')
    const connected = coverage(shop, from, to, 1)
    expect(connected).toHaveLength(11)
    expect(connected[0]).toEqual({ start: from, end: bog('2026-03-02', '09:00'), responder: 'assistant' })
    expect(connected[1]).toEqual({
      start: bog('2026-03-02', '09:00'),
      end: bog('2026-03-02', '18:00'),
      responder: 'agents',
    })
    expect(connected.at(-1)).toEqual({ start: bog('2026-03-06', '18:00'), end: to, responder: 'assistant' })
    expect(connected.filter((s) => s.responder === 'agents')).toHaveLength(5)
    expect(coverage(shop, from, to, 0)).toEqual([{ start: from, end: to, responder: 'assistant' }])
  })

  it('§5 overflow from the assistant: agents in hours, queue without agents, closed at night', () => {
    expect(overflow(shop, bog('2026-03-04', '11:30'), 1).responder).toBe('agents')
    expect(overflow(shop, bog('2026-03-04', '11:30'), 0).responder).toBe('queue')
    expect(overflow(shop, bog('2026-03-04', '22:00'), 1)).toMatchObject({
      responder: 'closed',
      nextOpening: bog('2026-03-05', '09:00'),
    })
  })
})

describe('§5 scenario 2 — 24/7 service, priority Asistente Inteligente', () => {
  const TZ = 'America/New_York'
  const service = config(schedule(TZ, ALWAYS), { active: true, schedule: null }, 'assistant')
  // Includes both 2026 New York DST switches.
  const instants = [
    at('2026-01-01T00:00:00-05:00'),
    at('2026-03-08T01:59:59-05:00'),
    at('2026-03-08T03:00:00-04:00'),
    at('2026-07-15T12:34:00-04:00'),
    at('2026-11-01T01:30:00-05:00'),
    at('2026-12-31T23:59:00-05:00'),
  ]

  it('§5 the assistant answers first, always, with or without agents', () => {
    for (const instant of instants) {
      for (const agents of [0, 1, 5]) {
        expect(decide(service, instant, agents)).toMatchObject({
          responder: 'assistant',
          reason: 'assistant_first',
          businessOpen: true,
          assistantOn: true,
          until: null,
          nextOpening: null,
        })
      }
    }
  })

  it('§5 agents only on overflow: agents when connected, else queue; never closed', () => {
    for (const instant of instants) {
      expect(overflow(service, instant, 1)).toMatchObject({ responder: 'agents', until: null })
      expect(overflow(service, instant, 0)).toMatchObject({ responder: 'queue', until: null })
    }
  })

  it('§4/§5 a 24/7 business closed on a holiday: agents before, closed on the day, open again after', () => {
    const withHoliday = config(
      schedule(TZ, ALWAYS, [{ date: '2026-12-25', ranges: [], label: 'Navidad' }]),
      { active: false, schedule: null },
      'assistant',
    )
    expect(decide(withHoliday, at('2026-12-24T12:00:00-05:00'), 1)).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
      until: at('2026-12-25T00:00:00-05:00'),
    })
    expect(decide(withHoliday, at('2026-12-25T12:00:00-05:00'), 1)).toMatchObject({
      responder: 'closed',
      until: at('2026-12-26T00:00:00-05:00'),
      nextOpening: at('2026-12-26T00:00:00-05:00'),
    })
    expect(decide(withHoliday, at('2026-07-01T12:00:00-04:00'), 0)).toMatchObject({
      responder: 'queue',
      until: at('2026-12-25T00:00:00-05:00'),
    })
  })

  it('§5 coverage is one assistant segment', () => {
    const from = at('2026-03-07T00:00:00-05:00')
    const to = at('2026-03-14T00:00:00-04:00')
    expect(coverage(service, from, to, 3)).toEqual([{ start: from, end: to, responder: 'assistant' }])
  })
})

describe('§3/§5 — assistant with its own hours ending before business hours end', () => {
  // Santiago in March 2026 is UTC−3. Business 09:00–18:00, assistant 08:00–16:00, priority assistant.
  const TZ = 'America/Santiago'
  const scl = (date: string, hm: string) => at(`${date}T${hm}:00-03:00`)
  const c = config(
    schedule(TZ, { weekdays: [['09:00', '18:00']] }),
    { active: true, schedule: schedule(TZ, { weekdays: [['08:00', '16:00']] }) },
    'assistant',
  )
  const MON = '2026-03-02'

  it('§5 before business opens the assistant already answers', () => {
    expect(decide(c, scl(MON, '07:59'), 1)).toMatchObject({ responder: 'closed', until: scl(MON, '08:00') })
    expect(decide(c, scl(MON, '08:00'), 1)).toMatchObject({
      responder: 'assistant',
      reason: 'assistant_first',
      businessOpen: false,
      until: scl(MON, '16:00'),
    })
  })

  it('§5 after the assistant stops, agents answer (assistant_unavailable) or the chat queues', () => {
    expect(decide(c, scl(MON, '16:00'), 1)).toMatchObject({
      responder: 'agents',
      reason: 'assistant_unavailable',
      until: scl(MON, '18:00'),
    })
    expect(decide(c, scl(MON, '16:00'), 0)).toMatchObject({ responder: 'queue', until: scl(MON, '18:00') })
    expect(decide(c, scl(MON, '18:00'), 1)).toMatchObject({
      responder: 'closed',
      until: scl('2026-03-03', '08:00'),
      nextOpening: scl('2026-03-03', '09:00'),
    })
  })

  it('§5 a day of coverage', () => {
    expect(coverage(c, scl(MON, '00:00'), scl('2026-03-03', '00:00'), 1)).toEqual([
      { start: scl(MON, '00:00'), end: scl(MON, '08:00'), responder: 'closed' },
      { start: scl(MON, '08:00'), end: scl(MON, '16:00'), responder: 'assistant' },
      { start: scl(MON, '16:00'), end: scl(MON, '18:00'), responder: 'agents' },
      { start: scl(MON, '18:00'), end: scl('2026-03-03', '00:00'), responder: 'closed' },
    ])
  })
})

describe('§4/§5 — night-only assistant (20:00–07:00 overnight)', () => {
  // New York in March 2026: EST (−05:00) until Sunday 8th 02:00, then EDT (−04:00).
  const TZ = 'America/New_York'
  const business = schedule(TZ, { weekdays: [['09:00', '18:00']] })
  const nights = schedule(TZ, { all: [['20:00', '07:00']] })
  const agentsFirst = config(business, { active: true, schedule: nights }, 'agents')
  const assistantFirst = config(business, { active: true, schedule: nights }, 'assistant')
  const ny = (date: string, hm: string, offset = '-05:00') => at(`${date}T${hm}:00${offset}`)

  it('§5 evening gap 18:00–20:00 and morning gap 07:00–09:00: nobody answers', () => {
    expect(decide(agentsFirst, ny('2026-03-02', '19:00'), 1)).toMatchObject({
      responder: 'closed',
      until: ny('2026-03-02', '20:00'),
      nextOpening: ny('2026-03-03', '09:00'),
    })
    expect(decide(agentsFirst, ny('2026-03-03', '07:30'), 1)).toMatchObject({
      responder: 'closed',
      until: ny('2026-03-03', '09:00'),
    })
  })

  it('§5 at night the assistant answers until 07:00 the next day', () => {
    expect(decide(agentsFirst, ny('2026-03-02', '23:00'), 1)).toMatchObject({
      responder: 'assistant',
      reason: 'outside_business_hours',
      until: ny('2026-03-03', '07:00'),
    })
  })

  it('§5 by day the assistant is off: agents_first with priority agents, assistant_unavailable with priority assistant', () => {
    expect(decide(agentsFirst, ny('2026-03-03', '10:00'), 1).reason).toBe('agents_first')
    expect(decide(assistantFirst, ny('2026-03-03', '10:00'), 1).reason).toBe('assistant_unavailable')
    expect(decide(assistantFirst, ny('2026-03-03', '10:00'), 0)).toMatchObject({ responder: 'queue' })
    expect(decide(assistantFirst, ny('2026-03-03', '21:00'), 1).reason).toBe('assistant_first')
  })

  it('§4/§5 across the spring-forward night the assistant still runs until 07:00 wall clock (EDT)', () => {
    expect(decide(agentsFirst, ny('2026-03-07', '22:00'), 1).until).toEqual(
      ny('2026-03-08', '07:00', '-04:00'),
    )
    const night = coverage(agentsFirst, ny('2026-03-07', '19:00'), ny('2026-03-08', '08:00', '-04:00'), 1)
    expect(night).toEqual([
      { start: ny('2026-03-07', '19:00'), end: ny('2026-03-07', '20:00'), responder: 'closed' },
      { start: ny('2026-03-07', '20:00'), end: ny('2026-03-08', '07:00', '-04:00'), responder: 'assistant' },
      {
        start: ny('2026-03-08', '07:00', '-04:00'),
        end: ny('2026-03-08', '08:00', '-04:00'),
        responder: 'closed',
      },
    ])
    // 11 wall hours, 10 real hours that night.
    const assistantSegment = night[1]
    expect(assistantSegment && assistantSegment.end.getTime() - assistantSegment.start.getTime()).toBe(
      10 * HOUR,
    )
  })

  it('§5 overflow at night: closed with the next opening, even though the assistant is on', () => {
    expect(overflow(agentsFirst, ny('2026-03-06', '23:00'), 1)).toMatchObject({
      responder: 'closed',
      assistantOn: true,
      nextOpening: ny('2026-03-09', '09:00', '-04:00'),
    })
  })
})

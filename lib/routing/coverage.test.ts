import { describe, expect, it } from 'vitest'
import { coverage, decide } from './index'
import type { Responder, RoutingConfig } from './types'
import { at, config, schedule } from './test-fixtures'

const TZ = 'America/Bogota'
const bog = (date: string, hm: string) => at(`${date}T${hm}:00-05:00`)
const business = schedule(TZ, {
  weekdays: [
    ['09:00', '13:00'],
    ['14:00', '18:00'],
  ],
  sat: [['10:00', '14:00']],
})
const evenings = schedule(TZ, { all: [['17:00', '23:00']] })

/** Independent reconstruction: follow decide's `until` from `from` and merge equal responders. */
function chainOfDecisions(c: RoutingConfig, from: Date, to: Date, agents: number) {
  const out: { start: Date; end: Date; responder: Responder }[] = []
  let t = from
  while (t < to) {
    const d = decide(c, t, agents)
    const end = d.until === null || d.until > to ? to : d.until
    const last = out.at(-1)
    if (last && last.responder === d.responder) last.end = end
    else out.push({ start: t, end, responder: d.responder })
    t = end
  }
  return out
}

describe('§5 coverage', () => {
  it('§5 segments are consecutive, cover [from, to) exactly and neighbours differ', () => {
    const c = config(business, { active: true, schedule: evenings }, 'agents')
    const from = bog('2026-03-02', '06:17')
    const to = bog('2026-03-10', '15:45')
    for (const agents of [0, 1]) {
      const segments = coverage(c, from, to, agents)
      expect(segments[0]?.start).toEqual(from)
      expect(segments.at(-1)?.end).toEqual(to)
      for (let i = 1; i < segments.length; i++) {
        expect(segments[i]?.start).toEqual(segments[i - 1]?.end)
        expect(segments[i]?.responder).not.toBe(segments[i - 1]?.responder)
      }
    }
  })

  it('§5 coverage equals the chain of decide(…).until over two weeks, for every priority/assistant variant', () => {
    const from = bog('2026-03-01', '00:00')
    const to = bog('2026-03-15', '00:00')
    const variants: RoutingConfig[] = [
      config(business, null, 'assistant'),
      config(business, { active: false, schedule: evenings }, 'assistant'),
      config(business, { active: true, schedule: evenings }, 'assistant'),
      config(business, { active: true, schedule: evenings }, 'agents'),
      config(business, { active: true, schedule: null }, 'agents'),
    ]
    for (const c of variants) {
      for (const agents of [0, 1]) {
        expect(coverage(c, from, to, agents)).toEqual(chainOfDecisions(c, from, to, agents))
      }
    }
  })

  it('§5 the lunch break splits agents coverage; the evening assistant overlaps the close', () => {
    const c = config(business, { active: true, schedule: evenings }, 'agents')
    expect(coverage(c, bog('2026-03-02', '08:00'), bog('2026-03-02', '23:30'), 1)).toEqual([
      { start: bog('2026-03-02', '08:00'), end: bog('2026-03-02', '09:00'), responder: 'closed' },
      { start: bog('2026-03-02', '09:00'), end: bog('2026-03-02', '13:00'), responder: 'agents' },
      { start: bog('2026-03-02', '13:00'), end: bog('2026-03-02', '14:00'), responder: 'closed' },
      { start: bog('2026-03-02', '14:00'), end: bog('2026-03-02', '18:00'), responder: 'agents' },
      { start: bog('2026-03-02', '18:00'), end: bog('2026-03-02', '23:00'), responder: 'assistant' },
      { start: bog('2026-03-02', '23:00'), end: bog('2026-03-02', '23:30'), responder: 'closed' },
    ])
  })

  it('§5 reason-only changes do not split coverage (assistant 17:00–23:00 spans the 18:00 close)', () => {
    const c = config(business, { active: true, schedule: evenings }, 'agents')
    const segments = coverage(c, bog('2026-03-02', '16:00'), bog('2026-03-02', '20:00'), 0)
    expect(segments).toEqual([
      { start: bog('2026-03-02', '16:00'), end: bog('2026-03-02', '17:00'), responder: 'queue' },
      { start: bog('2026-03-02', '17:00'), end: bog('2026-03-02', '20:00'), responder: 'assistant' },
    ])
  })

  it('§5 an invalid range is rejected rather than answered', () => {
    expect(() =>
      coverage(config(business, null), new Date(Number.NaN), bog('2026-03-02', '10:00'), 1),
    ).toThrow(RangeError)
  })

  it('§5 empty or inverted ranges give no segments', () => {
    const c = config(business, null)
    expect(coverage(c, bog('2026-03-02', '10:00'), bog('2026-03-02', '10:00'), 1)).toEqual([])
    expect(coverage(c, bog('2026-03-02', '11:00'), bog('2026-03-02', '10:00'), 1)).toEqual([])
  })

  it('§4/§5 New York spring-forward: 01:00–02:30 closes at 03:00 EDT', () => {
    const ny = schedule('America/New_York', { sun: [['01:00', '02:30']] })
    expect(
      coverage(config(ny, null), at('2026-03-08T00:00:00-05:00'), at('2026-03-08T04:00:00-04:00'), 1),
    ).toEqual([
      { start: at('2026-03-08T00:00:00-05:00'), end: at('2026-03-08T01:00:00-05:00'), responder: 'closed' },
      { start: at('2026-03-08T01:00:00-05:00'), end: at('2026-03-08T03:00:00-04:00'), responder: 'agents' },
      { start: at('2026-03-08T03:00:00-04:00'), end: at('2026-03-08T04:00:00-04:00'), responder: 'closed' },
    ])
  })
})

// Issue 16 §4 — "Sigue los días festivos y fechas especiales del horario de atención": the assistant's own hours
// also take the business hours' special dates. One test per §5 rule the option touches.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { coverage, coverageWarnings, decide, overflow, toRoutingConfig, withBusinessOverrides } from './index'
import { agentsArb, configArb, instantArb } from './test-arbitraries'
import { at, config, schedule } from './test-fixtures'
import type { RoutingConfig } from './types'

const TZ = 'America/Bogota'
const bog = (date: string, hm: string) => at(`${date}T${hm}:00-05:00`)
// Business Mon–Fri 08:00–18:00; Tuesday 8 December 2026 closed (holiday), Thursday 24 December 09:00–13:00.
const business = schedule(TZ, { weekdays: [['08:00', '18:00']] }, [
  { date: '2026-12-08', ranges: [], label: 'Inmaculada Concepción' },
  { date: '2026-12-24', ranges: [{ start: '09:00', end: '13:00' }], label: 'Nochebuena' },
])
// The assistant's own hours: every day 07:00–22:00.
const assistantHours = schedule(TZ, { all: [['07:00', '22:00']] })

function withOption(follows: boolean, priority: 'agents' | 'assistant' = 'assistant'): RoutingConfig {
  return config(
    business,
    { active: true, schedule: assistantHours, followsBusinessOverrides: follows },
    priority,
  )
}

describe('§5 assistantOn with "follows the business special dates"', () => {
  it('off (default): the assistant keeps its own hours on a business holiday', () => {
    const d = decide(withOption(false), bog('2026-12-08', '10:00'), 3)
    expect(d).toMatchObject({
      responder: 'assistant',
      reason: 'assistant_first',
      businessOpen: false,
      assistantOn: true,
    })
    // An option left out of the configuration is off.
    const absent = config(business, { active: true, schedule: assistantHours }, 'assistant')
    expect(decide(absent, bog('2026-12-08', '10:00'), 3).assistantOn).toBe(true)
  })

  it('on: a closed business date closes the assistant too — nobody answers, with the next opening', () => {
    const d = decide(withOption(true), bog('2026-12-08', '10:00'), 3)
    expect(d).toMatchObject({
      responder: 'closed',
      reason: 'outside_business_hours',
      businessOpen: false,
      assistantOn: false,
      nextOpening: bog('2026-12-09', '08:00'),
    })
    // The assistant comes back with its own hours the next day, before business opens.
    expect(d.until).toEqual(bog('2026-12-09', '07:00'))
  })

  it('on: other hours on a date become the assistant’s hours that day', () => {
    expect(decide(withOption(true), bog('2026-12-24', '10:00'), 0)).toMatchObject({
      responder: 'assistant',
      assistantOn: true,
    })
    expect(decide(withOption(true), bog('2026-12-24', '08:00'), 0)).toMatchObject({
      responder: 'closed',
      assistantOn: false,
    })
    expect(decide(withOption(true), bog('2026-12-24', '15:00'), 0)).toMatchObject({
      responder: 'closed',
      assistantOn: false,
    })
    // …while on ordinary days it keeps its own 07:00–22:00.
    expect(decide(withOption(true), bog('2026-12-23', '21:00'), 0).assistantOn).toBe(true)
  })

  it('on, priority agents: no agents in business hours on a special-hours date → the assistant only within them', () => {
    expect(decide(withOption(true, 'agents'), bog('2026-12-24', '12:00'), 0)).toMatchObject({
      responder: 'assistant',
      reason: 'no_agents_online',
    })
    expect(decide(withOption(true, 'agents'), bog('2026-12-24', '12:00'), 2)).toMatchObject({
      responder: 'agents',
      reason: 'agents_first',
    })
    expect(decide(withOption(true, 'agents'), bog('2026-12-24', '14:00'), 2)).toMatchObject({
      responder: 'closed',
      reason: 'outside_business_hours',
    })
  })

  it('on: the assistant’s own special date for the same day wins over the business one', () => {
    const own = {
      ...assistantHours,
      overrides: [{ date: '2026-12-08', ranges: [{ start: '10:00', end: '12:00' }] }],
    }
    const c = config(business, { active: true, schedule: own, followsBusinessOverrides: true })
    expect(decide(c, bog('2026-12-08', '11:00'), 0).assistantOn).toBe(true)
    expect(decide(c, bog('2026-12-08', '13:00'), 0).assistantOn).toBe(false)
  })

  it('an always-on assistant ignores the option (it belongs to own hours)', () => {
    const c = config(business, { active: true, schedule: null, followsBusinessOverrides: true })
    expect(decide(c, bog('2026-12-08', '10:00'), 0)).toMatchObject({
      responder: 'assistant',
      assistantOn: true,
    })
  })

  it('until follows the merged hours: on the eve of the holiday the assistant’s stretch ends at 22:00', () => {
    const eve = decide(withOption(true), bog('2026-12-07', '19:00'), 0)
    expect(eve).toMatchObject({ responder: 'assistant', until: bog('2026-12-07', '22:00') })
    // Off: after the night it is back at 07:00 on the holiday; on: not before Wednesday 07:00.
    expect(decide(withOption(false), bog('2026-12-07', '23:00'), 0).until).toEqual(bog('2026-12-08', '07:00'))
    expect(decide(withOption(true), bog('2026-12-07', '23:00'), 0).until).toEqual(bog('2026-12-09', '07:00'))
  })

  it('overflow is unchanged by the option (the assistant never takes an overflow)', () => {
    const t = bog('2026-12-08', '10:00')
    expect(overflow(withOption(true), t, 2)).toMatchObject({ responder: 'closed', assistantOn: false })
    expect(overflow(withOption(false), t, 2)).toMatchObject({ responder: 'closed', assistantOn: true })
  })
})

describe('§5 coverage and warnings with the option', () => {
  const day = [bog('2026-12-08', '00:00'), bog('2026-12-09', '00:00')] as const

  it('coverage: the holiday is closed all day when on, the assistant 07:00–22:00 when off', () => {
    expect(coverage(withOption(true), day[0], day[1], 2)).toEqual([
      { start: day[0], end: day[1], responder: 'closed' },
    ])
    expect(coverage(withOption(false), day[0], day[1], 2)).toEqual([
      { start: day[0], end: bog('2026-12-08', '07:00'), responder: 'closed' },
      { start: bog('2026-12-08', '07:00'), end: bog('2026-12-08', '22:00'), responder: 'assistant' },
      { start: bog('2026-12-08', '22:00'), end: day[1], responder: 'closed' },
    ])
  })

  it('warnings name the holiday as a whole day with nobody when on', () => {
    const warnings = coverageWarnings(
      withOption(true),
      bog('2026-12-07', '00:00'),
      bog('2026-12-14', '00:00'),
    )
    const allDay = warnings.find((w) => w.start === '00:00' && w.end === '24:00')
    expect(allDay).toMatchObject({ code: 'no_one_outside_hours', dates: ['2026-12-08'] })
    const off = coverageWarnings(withOption(false), bog('2026-12-07', '00:00'), bog('2026-12-14', '00:00'))
    expect(off.some((w) => w.dates.includes('2026-12-08') && w.start === '07:00')).toBe(false)
  })
})

describe('the merged schedule', () => {
  it('is the same object on every call, so the engine’s compiled cache stays warm', () => {
    expect(withBusinessOverrides(assistantHours, business)).toBe(
      withBusinessOverrides(assistantHours, business),
    )
    expect(withBusinessOverrides(assistantHours, business).overrides.map((o) => o.date)).toEqual([
      '2026-12-08',
      '2026-12-24',
    ])
    // Nothing to merge: the assistant's own schedule itself.
    expect(withBusinessOverrides(assistantHours, schedule(TZ, { weekdays: [['08:00', '18:00']] }))).toBe(
      assistantHours,
    )
  })

  it('toRoutingConfig carries the stored flag (absent = off)', () => {
    const base = { business, outOfHoursMessage: '', priority: 'assistant' as const }
    const on = toRoutingConfig({
      ...base,
      assistant: { name: 'A', active: true, schedule: assistantHours, followsBusinessOverrides: true },
    })
    expect(on.assistant?.followsBusinessOverrides).toBe(true)
    const absent = toRoutingConfig({
      ...base,
      assistant: { name: 'A', active: true, schedule: assistantHours },
    })
    expect(absent.assistant?.followsBusinessOverrides).toBe(false)
  })

  it('property: deciding with the option = deciding with the merged schedule written out (fast-check)', () => {
    fc.assert(
      fc.property(configArb, instantArb, agentsArb, (c, t, agents) => {
        if (c.assistant === null || c.assistant.schedule === null) return
        const flagged: RoutingConfig = { ...c, assistant: { ...c.assistant, followsBusinessOverrides: true } }
        const written: RoutingConfig = {
          ...c,
          assistant: { ...c.assistant, schedule: withBusinessOverrides(c.assistant.schedule, c.business) },
        }
        expect(decide(flagged, new Date(t), agents)).toEqual(decide(written, new Date(t), agents))
        const from = new Date(t)
        const to = new Date(t + 3 * 86_400_000)
        expect(coverage(flagged, from, to, agents)).toEqual(coverage(written, from, to, agents))
      }),
      { numRuns: 200 },
    )
  })
})

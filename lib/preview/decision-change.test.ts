import { describe, expect, it } from 'vitest'
import { decide, type RoutingConfig } from '../routing'
import type { Schedule } from '../schedule/types'
import { decisionChanges } from './decision-change'

const weekdays = (start: string, end: string): Schedule['weekly'] => ({
  mon: [{ start, end }],
  tue: [{ start, end }],
  wed: [{ start, end }],
  thu: [{ start, end }],
  fri: [{ start, end }],
  sat: [],
  sun: [],
})
const business: Schedule = { timeZone: 'America/Bogota', weekly: weekdays('08:00', '18:00'), overrides: [] }

// docs/behaviour.md §5: "Hasta 18:00 · después: Asistente Inteligente" when the assistant already answers.
describe('what changes when only the reason of a decision changes', () => {
  it('the assistant keeps answering when business hours close: the change is the closing', () => {
    const config: RoutingConfig = {
      business,
      assistant: { active: true, schedule: null },
      priority: 'agents',
    }
    // Tuesday 15 December 2026, 17:00 in Bogotá, nobody online: the assistant answers (no agents online).
    const before = decide(config, new Date('2026-12-15T22:00:00Z'), { online: 0, available: 0 })
    expect(before.responder).toBe('assistant')
    const after = decide(config, before.until!, { online: 0, available: 0 })
    expect(after.responder).toBe('assistant')
    expect(after.reason).not.toBe(before.reason)
    expect(decisionChanges(before, after)).toEqual(['businessCloses'])
  })

  it('names both facts when both change at once, and none when neither does', () => {
    const open = { businessOpen: true, assistantOn: false }
    expect(decisionChanges(open, { businessOpen: false, assistantOn: true })).toEqual([
      'businessCloses',
      'assistantStarts',
    ])
    expect(decisionChanges({ businessOpen: false, assistantOn: true }, open)).toEqual([
      'businessOpens',
      'assistantStops',
    ])
    expect(decisionChanges(open, open)).toEqual([])
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isOpen, nextChange } from '../schedule'
import type { Schedule } from '../schedule/types'
import { DAY, YEAR_END, YEAR_START, instantArb, scheduleArb } from './test-arbitraries'
import { ALWAYS, schedule } from './test-fixtures'
import { changeAfter, openAt } from './timeline'

function agreesWithEngine(s: Schedule, t: number) {
  const at = new Date(t)
  expect(openAt(s, at), `isOpen at ${at.toISOString()}`).toBe(isOpen(s, at))
  expect(changeAfter(s, at)?.toISOString() ?? null, `nextChange at ${at.toISOString()}`).toBe(
    nextChange(s, at)?.toISOString() ?? null,
  )
}

describe('SPEC §4/§5 routing timeline = lib/schedule', () => {
  it('§4 openAt/changeAfter equal isOpen/nextChange over random query sequences (window growth, resets)', () => {
    const sequence = fc.array(
      fc.oneof(
        instantArb,
        // Far away (2029): forces the window to restart instead of growing past its cap.
        fc.integer({ min: YEAR_START + 3 * 365 * DAY, max: YEAR_END + 3 * 365 * DAY }),
      ),
      { minLength: 1, maxLength: 12 },
    )
    fc.assert(
      fc.property(scheduleArb, sequence, (s, instants) => {
        for (const t of instants) {
          agreesWithEngine(s, t)
          // Right around the first edge ahead too: the edge itself and one millisecond before.
          const next = nextChange(s, new Date(t))
          if (next !== null) {
            agreesWithEngine(s, next.getTime() - 1)
            agreesWithEngine(s, next.getTime())
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('§4 a schedule that never changes: always open / never open, no next change', () => {
    const always = schedule('America/Bogota', ALWAYS)
    const never = schedule('America/Bogota', {})
    const at = new Date('2026-06-01T12:00:00Z')
    expect([openAt(always, at), changeAfter(always, at)]).toEqual([true, null])
    expect([openAt(never, at), changeAfter(never, at)]).toEqual([false, null])
  })

  it('§4 a change beyond the first window is still found (a holiday 300 days ahead of a 24/7 schedule)', () => {
    const s = schedule('America/New_York', ALWAYS, [{ date: '2026-11-20', ranges: [] }])
    const at = new Date('2026-01-25T12:00:00Z')
    expect(changeAfter(s, at)).toEqual(new Date('2026-11-20T05:00:00Z'))
    agreesWithEngine(s, at.getTime())
  })

  it('§4 an in-place replacement of weekly/overrides is picked up (same guard as the engine)', () => {
    const s = schedule('America/Bogota', { weekdays: [['09:00', '18:00']] })
    const at = new Date('2026-03-02T15:00:00Z') // Monday 10:00 Bogota
    expect(openAt(s, at)).toBe(true)
    s.overrides = [{ date: '2026-03-02', ranges: [] }]
    expect(openAt(s, at)).toBe(false)
    expect(changeAfter(s, at)).toEqual(new Date('2026-03-03T14:00:00Z'))
  })
})

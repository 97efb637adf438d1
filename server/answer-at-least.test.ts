import { describe, expect, it } from 'vitest'
import { answerAtLeast } from './answer-at-least'

/** A clock that only moves when told: work "takes" exactly the time it advances, sleeping advances it too. */
function manualClock() {
  let now = 1_000
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms
    },
    advance: (ms: number) => {
      now += ms
    },
  }
}

describe('answerAtLeast (the sign-in answers’ constant time)', () => {
  it('fast work, slow work and a failure all answer exactly the floor after they started', async () => {
    const finishes: number[] = []
    for (const [takes, fails] of [
      [5, false],
      [390, false],
      [120, true],
    ] as const) {
      const clock = manualClock()
      const started = clock.now()
      await answerAtLeast(
        400,
        async () => {
          clock.advance(takes)
          if (fails) throw new Error('wrong password')
          return 'ok'
        },
        clock,
      ).catch(() => 'failed')
      finishes.push(clock.now() - started)
    }
    expect(finishes).toEqual([400, 400, 400])
  })

  it('work longer than the floor answers when it is done (no extra wait), and its value comes through', async () => {
    const clock = manualClock()
    const started = clock.now()
    const value = await answerAtLeast(
      400,
      async () => {
        clock.advance(650)
        return 42
      },
      clock,
    )
    expect({ value, took: clock.now() - started }).toEqual({ value: 42, took: 650 })
  })
})

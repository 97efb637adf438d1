import { describe, expect, it } from 'vitest'
import { concurrencyLimit } from './concurrency-limit'

describe('concurrencyLimit', () => {
  it('never runs more than its slots at once, runs every task, and keeps results and failures apart', async () => {
    const limit = concurrencyLimit(3)
    let running = 0
    let peak = 0
    const tasks = Array.from({ length: 20 }, (_, i) =>
      limit(async () => {
        running++
        peak = Math.max(peak, running)
        await new Promise((resolve) => setTimeout(resolve, 1 + (i % 4)))
        running--
        if (i === 7) throw new Error('seven')
        return i
      }),
    )
    const results = await Promise.allSettled(tasks)
    expect(peak).toBe(3)
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual(
      Array.from({ length: 20 }, (_, i) => i).filter((i) => i !== 7),
    )
    expect(results[7]).toMatchObject({ status: 'rejected', reason: new Error('seven') })
  })
})

// Decision 008: pg-boss 10 runs on both of our databases through the executeSql adapter.
import { describe, expect, it } from 'vitest'
import { openQueue, ROUTING_TRANSITION_QUEUE } from '@/db/queue'
import { testDrivers, useTestDatabase } from '@/test/db'

describe.each(testDrivers)('pg-boss on %s', (driver) => {
  const t = useTestDatabase(driver)

  it('creates its schema, runs a delayed job after its instant, and keeps one job per singleton key', async () => {
    const boss = await openQueue({ executeSql: t.executeSql, pollingIntervalSeconds: 0.5 })
    try {
      const runAt = new Date(Date.now() + 1500)
      const data = { organizationId: 'o', scopeKey: 's', effectiveAt: runAt.toISOString() }
      const first = await boss.send(ROUTING_TRANSITION_QUEUE, data, {
        startAfter: runAt,
        singletonKey: 'o|s|t',
      })
      const second = await boss.send(ROUTING_TRANSITION_QUEUE, data, {
        startAfter: runAt,
        singletonKey: 'o|s|t',
      })
      expect(first).toEqual(expect.any(String))
      expect(second).toBeNull()

      const ran: number[] = []
      await boss.work(ROUTING_TRANSITION_QUEUE, { pollingIntervalSeconds: 0.5 }, async () => {
        ran.push(Date.now())
      })
      const deadline = Date.now() + 10_000
      while (ran.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
      await new Promise((r) => setTimeout(r, 1000))
      expect(ran).toHaveLength(1)
      expect(ran[0]!).toBeGreaterThanOrEqual(runAt.getTime())
      const [version] = (await t.executeSql('select version from pgboss.version')).rows
      expect(Number(version?.version)).toBeGreaterThan(0)
    } finally {
      await boss.stop({ graceful: true, wait: true, close: false })
    }
  })
})

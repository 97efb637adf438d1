// Issue 15 — delivery: retries with backoff and a stable webhook-id, timeouts, secret rotation, disabling after 100
// consecutive failures, and two worker instances on one PostgreSQL delivering each event exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '@/db/connection'
import { createLocalChangeFeed } from '@/db/change-feed'
import { getScopeSettings, saveScopeSettings } from '@/db/dal/scopes'
import { getEndpointForDelivery, listWebhookEndpoints, rotateWebhookSecret } from '@/db/dal/webhooks'
import { insertDeliveries, listDeliveries, recordDeliveryAttempt } from '@/db/dal/webhook-deliveries'
import { DISABLE_AFTER_CONSECUTIVE_FAILURES } from '@/lib/webhooks/delivery-policy'
import { insertOrganization, testDrivers, useTestDatabase } from '@/test/db'
import {
  addEndpoint,
  createTestService,
  offsetClock,
  startReceiver,
  TEST_SECRET_KEY,
} from '@/test/webhook-harness'
import { encryptSecret, generateSigningSecret } from './secret-box'
import type { WebhookService } from './webhook-service'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const FAST_RETRIES = { baseDelayMs: 400, maxDelayMs: 10_000, maxAttempts: 6, jitter: 0 }

describe.each(testDrivers)('webhook delivery (%s)', (driver) => {
  const t = useTestDatabase(driver)
  let service: WebhookService

  beforeAll(async () => {
    service = createTestService(t, { retry: FAST_RETRIES, requestTimeoutMs: 700 })
    await service.start({ work: true })
  })
  afterAll(async () => {
    await service.stop()
  })

  async function organization() {
    const organizationId = await insertOrganization(t.db)
    await getScopeSettings(t.db, organizationId, null)
    return organizationId
  }

  it('receiver down → retried with growing waits → delivered once it is up, with the same webhook-id', async () => {
    const organizationId = await organization()
    let secret = ''
    const receiver = await startReceiver(() => [secret])
    try {
      receiver.respondWith(503)
      const endpoint = await addEndpoint(t.db, organizationId, receiver.url)
      secret = endpoint.secret
      await service.sendTestEvent(organizationId, endpoint.id)

      await receiver.waitFor((r) => r.requests.length >= 1)
      // While down: the log says "retrying", with the exact time of the next attempt.
      // (the outcome is recorded right after the response: poll rather than guess how long that takes under load)
      let [retrying] = await listDeliveries(t.db, organizationId, [endpoint.id])
      for (let i = 0; i < 50 && retrying?.attempts === 0; i++) {
        await sleep(50)
        ;[retrying] = await listDeliveries(t.db, organizationId, [endpoint.id])
      }
      expect(retrying).toMatchObject({ status: 'retrying', attempts: 1, responseCode: 503 })
      expect(retrying!.nextRetryAt!.getTime()).toBeGreaterThan(Date.now() - 1000)
      // The wait the log shows: from the end of the attempt (its start + its latency) to the next one.
      const scheduledWait = (entry: typeof retrying) =>
        entry!.nextRetryAt!.getTime() - entry!.lastAttemptAt!.getTime() - (entry!.latencyMs ?? 0)
      const firstWait = scheduledWait(retrying)
      let second = retrying
      for (let i = 0; i < 100 && second?.attempts !== 2; i++) {
        await sleep(50)
        ;[second] = await listDeliveries(t.db, organizationId, [endpoint.id])
      }
      expect(second).toMatchObject({ status: 'retrying', attempts: 2 })
      // 400 ms then 800 ms (jitter is off here; the slack is the time between the response and the recording).
      expect(firstWait).toBeGreaterThanOrEqual(400)
      expect(firstWait).toBeLessThan(750)
      expect(scheduledWait(second)).toBeGreaterThanOrEqual(800)

      await receiver.waitFor((r) => r.requests.length >= 3)
      receiver.respondWith(204) // back up
      await receiver.waitFor((r) => r.accepted().length === 1)
      await sleep(1500)

      const ids = new Set(receiver.requests.map((r) => r.webhookId))
      expect(ids.size).toBe(1) // the same webhook-id on every attempt
      expect(receiver.requests.every((r) => r.verified)).toBe(true)
      expect(receiver.accepted()).toHaveLength(1)
      const gaps = receiver.requests.slice(1).map((r, i) => r.at - receiver.requests[i]!.at)
      // 400 ms, 800 ms, 1600 ms… plus up to one polling interval each (which is why the gaps themselves are only
      // bounded below: 400 + a late poll can exceed 800 + an early one).
      gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(400 * 2 ** i - 20))
      const [delivered] = await listDeliveries(t.db, organizationId, [endpoint.id])
      expect(delivered).toMatchObject({
        status: 'delivered',
        attempts: receiver.requests.length,
        responseCode: 204,
        nextRetryAt: null,
      })
      expect(delivered!.latencyMs).toEqual(expect.any(Number))
      const [summary] = await listWebhookEndpoints(t.db, organizationId)
      expect(summary!.consecutiveFailures).toBe(0)
    } finally {
      await receiver.close()
    }
  })

  it('a receiver slower than the timeout is a failed attempt ("timeout"), retried later', async () => {
    const organizationId = await organization()
    const http = await import('node:http')
    const hanging = http.createServer(() => {}) // never answers
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve))
    try {
      const port = (hanging.address() as { port: number }).port
      const endpoint = await addEndpoint(t.db, organizationId, `http://localhost:${port}/slow`)
      await service.sendTestEvent(organizationId, endpoint.id)
      const deadline = Date.now() + 10_000
      let row = (await listDeliveries(t.db, organizationId, [endpoint.id]))[0]
      while (row?.attempts === 0 && Date.now() < deadline) {
        await sleep(100)
        row = (await listDeliveries(t.db, organizationId, [endpoint.id]))[0]
      }
      expect(row).toMatchObject({ status: 'retrying', error: 'timeout', responseCode: null })
      expect(row!.latencyMs).toBeNull()
    } finally {
      hanging.closeAllConnections()
      hanging.close()
    }
  })

  it('after a rotation deliveries carry both signatures, for 24 h', async () => {
    const organizationId = await organization()
    let verifyWith: string[] = []
    const receiver = await startReceiver(() => verifyWith)
    try {
      const endpoint = await addEndpoint(t.db, organizationId, receiver.url)
      const fresh = generateSigningSecret()
      await rotateWebhookSecret(
        t.db,
        organizationId,
        endpoint.id,
        encryptSecret(fresh, TEST_SECRET_KEY),
        new Date(Date.now() + 24 * 3600_000),
      )
      verifyWith = [endpoint.secret] // a receiver not updated yet
      await service.sendTestEvent(organizationId, endpoint.id)
      await receiver.waitFor((r) => r.requests.length === 1)
      verifyWith = [fresh] // a receiver already updated
      await service.sendTestEvent(organizationId, endpoint.id)
      await receiver.waitFor((r) => r.requests.length === 2)
      expect(receiver.requests.map((r) => r.verified)).toEqual([true, true])

      // Once the 24 h are over, only the new secret signs.
      await rotateWebhookSecret(
        t.db,
        organizationId,
        endpoint.id,
        encryptSecret(generateSigningSecret(), TEST_SECRET_KEY),
        new Date(Date.now() - 1),
      )
      verifyWith = [fresh]
      await service.sendTestEvent(organizationId, endpoint.id)
      await receiver.waitFor((r) => r.requests.length === 3)
      expect(receiver.requests[2]!.verified).toBe(false)
    } finally {
      await receiver.close()
    }
  })

  it(`an endpoint is disabled after ${DISABLE_AFTER_CONSECUTIVE_FAILURES} consecutive failures, and says why`, async () => {
    const organizationId = await organization()
    const endpoint = await addEndpoint(t.db, organizationId, 'https://hooks.example.com/x')
    const deliveryId = crypto.randomUUID()
    await insertDeliveries(t.db, organizationId, [
      {
        id: deliveryId,
        endpointId: endpoint.id,
        webhookId: 'msg_x',
        eventType: 'webhook.test',
        payload: { type: 'webhook.test', timestamp: new Date().toISOString(), data: {} },
        body: '{}',
      },
    ])
    const failure = {
      at: new Date(),
      responseCode: 500,
      latencyMs: 10,
      error: 'HTTP 500',
      succeeded: false,
      nextRetryAt: new Date(),
    }
    // A success in between resets the streak.
    for (let i = 0; i < 50; i++)
      await recordDeliveryAttempt(t.db, organizationId, { id: deliveryId, endpointId: endpoint.id }, failure)
    await recordDeliveryAttempt(
      t.db,
      organizationId,
      { id: deliveryId, endpointId: endpoint.id },
      { ...failure, succeeded: true, error: null, responseCode: 200, nextRetryAt: null },
    )
    const disabledAt: number[] = []
    for (let i = 1; i <= DISABLE_AFTER_CONSECUTIVE_FAILURES; i++) {
      const { disabled } = await recordDeliveryAttempt(
        t.db,
        organizationId,
        { id: deliveryId, endpointId: endpoint.id },
        failure,
      )
      if (disabled) disabledAt.push(i)
    }
    expect(disabledAt).toEqual([DISABLE_AFTER_CONSECUTIVE_FAILURES])
    const [summary] = await listWebhookEndpoints(t.db, organizationId)
    expect(summary).toMatchObject({
      enabled: false,
      disabledReason: 'consecutive_failures',
      consecutiveFailures: DISABLE_AFTER_CONSECUTIVE_FAILURES,
    })
    expect(summary!.disabledAt).toBeInstanceOf(Date)
    // A disabled endpoint gets nothing more: a pending attempt is cancelled, not sent.
    expect((await getEndpointForDelivery(t.db, organizationId, endpoint.id))!.enabled).toBe(false)
  })
})

// Only with TEST_DATABASE_URL: PGlite is one process by design (docs/decisions/008).
if (testDrivers.includes('postgres'))
  describe('two worker instances on one PostgreSQL', () => {
    const t = useTestDatabase('postgres')

    it('deliver each event exactly once (counted at the receiver)', async () => {
      // Two app instances: separate pools, separate queues and workers, one database.
      const other = await openDatabase({ driver: 'postgres', url: t.url! })
      const clock = offsetClock()
      const first = createTestService(t, { clock })
      const second = createTestService({ db: other.db, executeSql: other.executeSql }, { clock })
      // LISTEN/NOTIFY reaches every instance: both hear every change.
      const feed = createLocalChangeFeed()
      let secret = ''
      const receiver = await startReceiver(() => [secret])
      try {
        await Promise.all([first.start({ work: true }), second.start({ work: true })])
        first.listenTo(feed)
        second.listenTo(feed)
        const organizationId = await insertOrganization(t.db, { timeZone: 'America/Bogota' })
        await getScopeSettings(t.db, organizationId, null)
        const endpoint = await addEndpoint(t.db, organizationId, receiver.url)
        secret = endpoint.secret

        // A transition both instances schedule (18:00 in 2 s), and 10 saves both instances hear.
        clock.set(new Date('2026-12-01T22:59:58Z'))
        await Promise.all([
          first.reevaluateOrganization(organizationId),
          second.reevaluateOrganization(organizationId),
        ])
        for (let i = 0; i < 10; i++) {
          const before = await getScopeSettings(t.db, organizationId, null)
          const saved = await saveScopeSettings(
            t.db,
            organizationId,
            null,
            {
              expectedVersion: before!.version,
              usesGeneral: false,
              config: { ...before!.config, outOfHoursMessage: `Mensaje ${i}` },
            },
            { userId: null, name: 'Admin' },
          )
          if (!saved.ok) throw new Error(saved.reason)
          await feed.publish(organizationId, { kind: 'settings', scope: 'general', version: saved.version })
        }
        // And 20 test events split between the instances.
        for (let i = 0; i < 20; i++) await (i % 2 ? first : second).sendTestEvent(organizationId, endpoint.id)

        await receiver.waitFor(
          (r) =>
            r.accepted('routing.changed').length >= 1 &&
            r.accepted('settings.updated').length >= 10 &&
            r.accepted('webhook.test').length >= 20,
        )
        await sleep(2500)
        const ids = receiver.accepted().map((r) => r.webhookId)
        expect(new Set(ids).size).toBe(ids.length) // nothing twice
        expect(receiver.accepted('routing.changed')).toHaveLength(1)
        expect(receiver.accepted('settings.updated')).toHaveLength(10)
        expect(receiver.accepted('webhook.test')).toHaveLength(20)
        expect(receiver.accepted('settings.updated').map((r) => r.body.data.version)).toEqual(
          expect.arrayContaining([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
        )
      } finally {
        await feed.close()
        await Promise.all([first.stop(), second.stop()])
        await other.close()
        await receiver.close()
      }
    })
  })

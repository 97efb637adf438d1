// Issue 22 item 10 — a retry and "Reenviar" send the very bytes of the first attempt under the same webhook-id
// (docs/behaviour.md §9 Webhooks): the body is serialised once, when the delivery is written, and sent as stored.
// A body rebuilt from the stored jsonb came out with its keys reordered (jsonb sorts them), so a receiver that
// stored the first attempt saw a different body — and signature base — under the same webhook-id.
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getScopeSettings } from '@/db/dal/scopes'
import { listDeliveries } from '@/db/dal/webhook-deliveries'
import { insertOrganization, testDrivers, useTestDatabase } from '@/test/db'
import { addEndpoint, createTestService, startReceiver, type Received } from '@/test/webhook-harness'
import type { WebhookService } from './webhook-service'

const FAST_RETRIES = { baseDelayMs: 300, maxDelayMs: 1_000, maxAttempts: 4, jitter: 0 }

/** What the signature covers, timestamp apart (each attempt is signed at its own time). */
const signedContent = (r: Received) => ({ webhookId: r.webhookId, raw: r.raw })

describe.each(testDrivers)('the same bytes on every attempt (%s)', (driver) => {
  const t = useTestDatabase(driver)
  let service: WebhookService

  beforeAll(async () => {
    service = createTestService(t, { retry: FAST_RETRIES, requestTimeoutMs: 2_000 })
    await service.start({ work: true })
  })
  afterAll(async () => {
    await service.stop()
  })

  it('a retry and a resend carry the first attempt’s body bytes and signature base', async () => {
    const organizationId = await insertOrganization(t.db)
    await getScopeSettings(t.db, organizationId, null)
    let secret = ''
    const receiver = await startReceiver(() => [secret])
    try {
      receiver.respondWith(503)
      const endpoint = await addEndpoint(t.db, organizationId, receiver.url)
      secret = endpoint.secret
      await service.sendTestEvent(organizationId, endpoint.id)
      await receiver.waitFor((r) => r.requests.length >= 1)
      receiver.respondWith(204)
      await receiver.waitFor((r) => r.accepted().length === 1)
      const [first, retry] = receiver.requests
      expect(retry).toBeDefined()

      const [delivery] = await listDeliveries(t.db, organizationId, [endpoint.id])
      expect(await service.resend(organizationId, delivery!.id)).toEqual(expect.any(String))
      await receiver.waitFor((r) => r.accepted().length === 2)
      const resent = receiver.requests.at(-1)!

      expect(signedContent(retry!)).toEqual(signedContent(first!))
      expect(signedContent(resent)).toEqual(signedContent(first!))
      // Each signature is over webhook-id.timestamp.body with exactly those bytes.
      for (const r of [first!, retry!, resent]) {
        const signature = new Webhook(secret).sign(r.webhookId, new Date(Number(r.timestamp) * 1000), r.raw)
        expect(r.signature).toBe(signature)
      }
    } finally {
      await receiver.close()
    }
  })
})

// Issue 15 — fresh deliveries are sent at once by the process that wrote them; the first attempt's job is a delayed
// safety net that sends only when that did not happen (the process died in between), and never sends twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getScopeSettings } from '@/db/dal/scopes'
import { insertDeliveries, listDeliveries } from '@/db/dal/webhook-deliveries'
import { testEventPayload } from '@/lib/webhooks/events'
import { insertOrganization, testDrivers, useTestDatabase } from '@/test/db'
import { addEndpoint, createTestService, startReceiver } from '@/test/webhook-harness'
import { enqueueDeliveries } from './delivery-jobs'
import type { WebhookService } from './webhook-service'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const SAFETY_NET_MS = 1500

describe.each(testDrivers)('immediate dispatch with a safety net (%s)', (driver) => {
  const t = useTestDatabase(driver)
  let service: WebhookService

  beforeAll(async () => {
    service = createTestService(t, { safetyNetDelayMs: SAFETY_NET_MS })
    await service.start({ work: true })
  })
  afterAll(async () => {
    await service.stop()
  })

  async function organizationWithReceiver() {
    const organizationId = await insertOrganization(t.db)
    await getScopeSettings(t.db, organizationId, null)
    let secret = ''
    const receiver = await startReceiver(() => [secret])
    const endpoint = await addEndpoint(t.db, organizationId, receiver.url)
    secret = endpoint.secret
    return { organizationId, receiver, endpoint }
  }

  it('sends before the safety net is due, and the net does not send it again', async () => {
    const { organizationId, receiver, endpoint } = await organizationWithReceiver()
    try {
      const started = Date.now()
      await service.sendTestEvent(organizationId, endpoint.id)
      await receiver.waitFor((r) => r.accepted().length === 1)
      expect(receiver.requests[0]!.at - started).toBeLessThan(SAFETY_NET_MS)
      await sleep(SAFETY_NET_MS + 1500) // the net's job has run by now
      expect(receiver.requests).toHaveLength(1)
      const [logged] = await listDeliveries(t.db, organizationId, [endpoint.id])
      expect(logged).toMatchObject({ status: 'delivered', attempts: 1, responseCode: 204 })
    } finally {
      await receiver.close()
    }
  })

  it('a delivery written but never sent (its process died) goes out when the net is due, once', async () => {
    const { organizationId, receiver, endpoint } = await organizationWithReceiver()
    try {
      const delivery = {
        id: crypto.randomUUID(),
        endpointId: endpoint.id,
        webhookId: `msg_${crypto.randomUUID().replace(/-/g, '')}`,
        eventType: 'webhook.test',
        payload: testEventPayload(new Date()),
        body: '',
      }
      delivery.body = JSON.stringify(delivery.payload)
      await t.db.transaction((tx) => insertDeliveries(tx, organizationId, [delivery]))
      // What dispatch() queues before sending; the send itself never happens here.
      const due = Date.now() + 700
      await enqueueDeliveries(service.queue, organizationId, [delivery], new Date(due))
      await receiver.waitFor((r) => r.accepted().length === 1)
      expect(receiver.requests[0]!.at).toBeGreaterThanOrEqual(due - 50)
      expect(receiver.requests[0]!.webhookId).toBe(delivery.webhookId)
      await sleep(1000)
      expect(receiver.requests).toHaveLength(1)
    } finally {
      await receiver.close()
    }
  })
})

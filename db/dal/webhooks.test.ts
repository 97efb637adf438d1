// Issue 22 — every webhook query is scoped by the organization id (db/dal/webhooks.ts header): with another
// organization's id, a read finds nothing and a write changes nothing. Each call is checked against a snapshot of
// the webhook tables; the action-level matrix is server/actions/webhook-actions.test.ts.
import { beforeAll, describe, expect, it } from 'vitest'
import { insertOrganization, tableSnapshot, testDrivers, useTestDatabase } from '@/test/db'
import { addEndpoint } from '@/test/webhook-harness'
import {
  deleteWebhookEndpoint,
  getEndpointForDelivery,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from './webhooks'
import {
  cancelDelivery,
  getDelivery,
  getDeliveryToSend,
  insertDeliveries,
  listDeliveries,
  recordDeliveryAttempt,
  recordFirstAttemptsDelivered,
} from './webhook-deliveries'

const TABLES = ['webhook_endpoint', 'webhook_delivery'] as const

describe.each(testDrivers)('webhook queries stay inside the organization (%s)', (driver) => {
  const t = useTestDatabase(driver)
  let owner = ''
  let stranger = ''
  let endpointId = ''
  const deliveryId = crypto.randomUUID()

  beforeAll(async () => {
    owner = await insertOrganization(t.db)
    stranger = await insertOrganization(t.db)
    endpointId = (await addEndpoint(t.db, owner, 'https://hooks.example.test/x')).id
    await addEndpoint(t.db, stranger, 'https://hooks.example.test/theirs')
    const payload = { type: 'webhook.test', timestamp: '2026-11-26T15:00:00.000Z', data: {} }
    await insertDeliveries(t.db, owner, [
      {
        id: deliveryId,
        endpointId,
        webhookId: 'msg_owner',
        eventType: 'webhook.test',
        payload,
        body: JSON.stringify(payload),
      },
    ])
  })

  it("reads with the wrong organization find nothing of the owner's", async () => {
    expect(await getEndpointForDelivery(t.db, stranger, endpointId)).toBeNull()
    expect(await getDelivery(t.db, stranger, deliveryId)).toBeNull()
    expect(await getDeliveryToSend(t.db, stranger, deliveryId)).toBeNull()
    expect((await listDeliveries(t.db, stranger)).map((d) => d.id)).not.toContain(deliveryId)
    expect((await listWebhookEndpoints(t.db, stranger)).map((e) => e.id)).not.toContain(endpointId)
    // …and the right one does (the ids are real).
    expect(await getEndpointForDelivery(t.db, owner, endpointId)).not.toBeNull()
    expect((await getDelivery(t.db, owner, deliveryId))?.webhookId).toBe('msg_owner')
  })

  it('writes with the wrong organization change nothing and say so', async () => {
    const before = await tableSnapshot(t.db, TABLES)
    const input = { url: 'https://evil.example.test/', description: 'x', events: [], enabled: false }
    expect(await updateWebhookEndpoint(t.db, stranger, endpointId, input)).toBeNull()
    expect(await rotateWebhookSecret(t.db, stranger, endpointId, 'stolen', new Date())).toBe(false)
    expect(await deleteWebhookEndpoint(t.db, stranger, endpointId)).toBe(false)
    await cancelDelivery(t.db, stranger, deliveryId)
    const failure = { at: new Date(), responseCode: 500, latencyMs: 1, error: 'HTTP 500', succeeded: false }
    await recordDeliveryAttempt(
      t.db,
      stranger,
      { id: deliveryId, endpointId },
      { ...failure, nextRetryAt: null },
    )
    await recordFirstAttemptsDelivered(t.db, stranger, new Date(), [
      { id: deliveryId, endpointId, responseCode: 200, latencyMs: 1 },
    ])
    expect(await tableSnapshot(t.db, TABLES)).toBe(before)
    // The owner's own calls do change them.
    expect(await rotateWebhookSecret(t.db, owner, endpointId, 'rotated', new Date())).toBe(true)
    expect(await deleteWebhookEndpoint(t.db, owner, endpointId)).toBe(true)
    expect(await tableSnapshot(t.db, TABLES)).not.toBe(before)
  })
})

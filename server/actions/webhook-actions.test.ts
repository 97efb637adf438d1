// Issue 22 — an admin's webhook actions reach only their own organization's endpoints and deliveries: another
// organization's ids answer `not_found`, change nothing in either organization and return no secret (docs/behaviour.md
// §9 "404 for another organization's ids", §7). The same calls on the admin's own rows succeed, so the refusals
// below are the organization filter at work, not a broken fixture. (Anonymous and staff: authorization.test.ts.)
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { insertDeliveries } from '@/db/dal/webhook-deliveries'
import { tableSnapshot, testDrivers, useTestDatabase } from '@/test/db'
import { DEMO, seedDemoData, signInAs, useDatabase } from '@/test/action-harness'
import { addEndpoint, createTestService } from '@/test/webhook-harness'
import type { Db } from '@/db/connection'
import type { WebhookService } from '@/server/webhooks/webhook-service'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const actions = await import('./webhook-actions')
const { useWebhookService } = await import('@/server/webhooks/app-webhooks')

const WEBHOOK_TABLES = ['webhook_endpoint', 'webhook_delivery', 'webhook_routing_state'] as const

/** An endpoint (that nobody listens on: sends fail, which is fine here) with one finished delivery. */
async function endpointWithDelivery(db: Db, organizationId: string) {
  const endpoint = await addEndpoint(db, organizationId, 'https://hooks.example.test/x', ['settings.updated'])
  const deliveryId = crypto.randomUUID()
  const payload = { type: 'webhook.test', timestamp: '2026-11-26T15:00:00.000Z', data: {} }
  await insertDeliveries(db, organizationId, [
    {
      id: deliveryId,
      endpointId: endpoint.id,
      webhookId: `msg_${deliveryId.replace(/-/g, '')}`,
      eventType: 'webhook.test',
      payload,
      body: JSON.stringify(payload),
    },
  ])
  return { endpointId: endpoint.id, deliveryId }
}

describe.each(testDrivers)('webhook actions across organizations (%s)', (driver) => {
  const t = useTestDatabase(driver)
  let service: WebhookService
  let own: { endpointId: string; deliveryId: string }
  let theirs: { endpointId: string; deliveryId: string }

  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
    // Queue only (no workers): what an action writes stays in the tables for the snapshot to see.
    service = createTestService(t)
    await service.start({ work: false })
    useWebhookService(service)
    own = await endpointWithDelivery(t.db, DEMO.auroraId)
    theirs = await endpointWithDelivery(t.db, DEMO.montanaId)
  })
  afterAll(async () => {
    useWebhookService(null)
    await service.stop()
  })

  const calls = (ids: { endpointId: string; deliveryId: string }) =>
    ({
      setWebhookEndpointEnabledAction: () =>
        actions.setWebhookEndpointEnabledAction({ endpointId: ids.endpointId, enabled: false }),
      rotateWebhookSecretAction: () => actions.rotateWebhookSecretAction({ endpointId: ids.endpointId }),
      sendWebhookTestAction: () => actions.sendWebhookTestAction({ endpointId: ids.endpointId }),
      resendWebhookDeliveryAction: () => actions.resendWebhookDeliveryAction({ deliveryId: ids.deliveryId }),
      // Last: the others need the endpoint.
      deleteWebhookEndpointAction: () => actions.deleteWebhookEndpointAction({ endpointId: ids.endpointId }),
    }) satisfies Partial<Record<keyof typeof actions, () => Promise<unknown>>>

  it('covers every webhook action that takes an id', () => {
    const takesIds = Object.keys(actions).filter((name) => name !== 'createWebhookEndpointAction')
    expect(Object.keys(calls(theirs)).sort()).toEqual(takesIds.sort())
  })

  it("another organization's endpoint or delivery: not_found, nothing changed anywhere, no secret", async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const before = await tableSnapshot(t.db, WEBHOOK_TABLES)
    for (const [name, call] of Object.entries(calls(theirs))) {
      const result = await call()
      expect({ name, result }).toEqual({ name, result: { ok: false, error: 'not_found' } })
      expect(JSON.stringify(result), name).not.toContain('whsec_')
      expect(await tableSnapshot(t.db, WEBHOOK_TABLES), name).toBe(before)
    }
  })

  it('the same calls on the admin’s own rows do their work (the filter, not the fixture, refused above)', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    for (const [name, call] of Object.entries(calls(own))) {
      const before = await tableSnapshot(t.db, WEBHOOK_TABLES)
      const result = (await call()) as { ok: boolean; data?: { secret?: string } }
      expect({ name, ok: result.ok }).toEqual({ name, ok: true })
      if (name === 'rotateWebhookSecretAction') expect(result.data?.secret).toMatch(/^whsec_/)
      expect(await tableSnapshot(t.db, WEBHOOK_TABLES), name).not.toBe(before)
    }
  })
})

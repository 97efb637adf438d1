// Deliveries as pg-boss jobs: one job per attempt, its id derived from (delivery, attempt) so a repeated enqueue is a
// no-op; an attempt sends, queues the next attempt on failure (exponential backoff), then records the outcome.
import type { Db } from '@/db/connection'
import { DELIVERY_QUEUE, type PgBoss } from '@/db/queue'
import { cancelDelivery, getDeliveryToSend, recordDeliveryAttempt } from '@/db/dal/webhooks'
import { retryDelayMs, type RetrySchedule } from '@/lib/webhooks/delivery-policy'
import { sendSigned } from './signed-send'
import { stableJobId } from './webhook-ids'

export type DeliveryJob = { organizationId: string; deliveryId: string }

export async function enqueueDeliveries(
  queue: PgBoss,
  organizationId: string,
  deliveries: (string | { id: string })[],
): Promise<void> {
  if (deliveries.length === 0) return
  await queue.insert(
    deliveries
      .map((delivery) => (typeof delivery === 'string' ? delivery : delivery.id))
      .map((deliveryId) => ({
        name: DELIVERY_QUEUE,
        id: stableJobId(`${deliveryId}#1`),
        data: { organizationId, deliveryId } satisfies DeliveryJob,
      })),
  )
}

export async function enqueueDeliveryAttempt(
  queue: PgBoss,
  job: DeliveryJob,
  attempt: number,
  startAfter: Date | null,
): Promise<void> {
  await queue.send(DELIVERY_QUEUE, job, {
    id: stableJobId(`${job.deliveryId}#${attempt}`),
    ...(startAfter && { startAfter }),
  })
}

export type DeliveryContext = {
  db: Db
  queue: PgBoss
  retry: RetrySchedule
  send: Parameters<typeof sendSigned>[3]
  log?: (line: string) => void
}

export async function deliverAttempt(context: DeliveryContext, job: DeliveryJob): Promise<void> {
  const { db, queue } = context
  const { organizationId, deliveryId } = job
  const found = await getDeliveryToSend(db, organizationId, deliveryId)
  if (!found) return
  const { delivery, endpoint } = found
  if (delivery.status === 'delivered' || delivery.status === 'failed' || delivery.status === 'cancelled')
    return
  if (!endpoint || !endpoint.enabled) {
    if (endpoint) await cancelDelivery(db, organizationId, deliveryId)
    return
  }
  const now = new Date()
  const { responseCode, latencyMs, error } = await sendSigned(
    endpoint,
    { webhookId: delivery.webhookId, body: JSON.stringify(delivery.payload) },
    now,
    context.send,
  )
  const succeeded = error === null
  const attemptsMade = delivery.attempts + 1
  const wait = succeeded ? null : retryDelayMs(context.retry, attemptsMade, Math.random())
  const nextRetryAt = wait === null ? null : new Date(Date.now() + wait)
  // Queue the next attempt before recording this one: a crash in between repeats an attempt, never loses one.
  if (nextRetryAt) await enqueueDeliveryAttempt(queue, job, attemptsMade + 1, nextRetryAt)
  const { disabled } = await recordDeliveryAttempt(
    db,
    organizationId,
    { id: deliveryId, endpointId: delivery.endpointId },
    { at: now, responseCode, latencyMs, error, succeeded, nextRetryAt },
  )
  if (disabled) context.log?.(`webhooks: endpoint ${endpoint.id} disabled after repeated failures`)
}

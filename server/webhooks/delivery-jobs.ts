// Deliveries as pg-boss jobs: one job per attempt, its id derived from (delivery, attempt) so a repeated enqueue is a
// no-op; an attempt sends, queues the next attempt on failure (exponential backoff), then records the outcome.
//
// Fresh deliveries are also sent at once by the process that wrote them (dispatchFresh): the first attempt's job is
// then only a safety net, queued to start after SAFETY_NET_DELAY_MS, which finds the attempt made and does nothing —
// unless the process died first, in which case it sends. A job knows its attempt number, so it never repeats one.
import type { Db } from '@/db/connection'
import { DELIVERY_QUEUE, type PgBoss } from '@/db/queue'
import { getEndpointsForDelivery } from '@/db/dal/webhooks'
import {
  cancelDelivery,
  getDeliveryToSend,
  recordDeliveryAttempt,
  recordFirstAttemptsDelivered,
  type NewDelivery,
} from '@/db/dal/webhook-deliveries'
import { retryDelayMs, type RetrySchedule } from '@/lib/webhooks/delivery-policy'
import { sendSigned, type SendOutcome } from './signed-send'
import { stableJobId } from './webhook-ids'

/** `attempt` absent: a job queued before attempts were numbered (sent whatever the attempt count). */
export type DeliveryJob = { organizationId: string; deliveryId: string; attempt?: number }

/** Longer than a request's timeout: the immediate attempt has finished (or its process died) when the net runs. */
export const SAFETY_NET_DELAY_MS = 30_000

export async function enqueueDeliveries(
  queue: PgBoss,
  organizationId: string,
  deliveries: (string | { id: string })[],
  startAfter?: Date,
): Promise<void> {
  if (deliveries.length === 0) return
  await queue.insert(
    deliveries
      .map((delivery) => (typeof delivery === 'string' ? delivery : delivery.id))
      .map((deliveryId) => ({
        name: DELIVERY_QUEUE,
        id: stableJobId(`${deliveryId}#1`),
        data: { organizationId, deliveryId, attempt: 1 } satisfies DeliveryJob,
        ...(startAfter && { startAfter }),
      })),
  )
}

export async function enqueueDeliveryAttempt(
  queue: PgBoss,
  job: DeliveryJob,
  attempt: number,
  startAfter: Date | null,
): Promise<void> {
  await queue.send(DELIVERY_QUEUE, { ...job, attempt } satisfies DeliveryJob, {
    id: stableJobId(`${job.deliveryId}#${attempt}`),
    ...(startAfter && { startAfter }),
  })
}

export type DeliveryContext = {
  db: Db
  queue: PgBoss
  retry: RetrySchedule
  send: Parameters<typeof sendSigned>[3]
  /** Bounds the requests in flight across every immediate dispatch of the process (a burst must not flood). */
  limit: <T>(task: () => Promise<T>) => Promise<T>
  log?: (line: string) => void
}

export async function deliverAttempt(context: DeliveryContext, job: DeliveryJob): Promise<void> {
  const { db } = context
  const { organizationId, deliveryId } = job
  const found = await getDeliveryToSend(db, organizationId, deliveryId)
  if (!found) return
  const { delivery, endpoint } = found
  if (delivery.status === 'delivered' || delivery.status === 'failed' || delivery.status === 'cancelled')
    return
  // This attempt was already made (by the immediate dispatch, or a duplicate job).
  if (job.attempt !== undefined && delivery.attempts >= job.attempt) return
  if (!endpoint || !endpoint.enabled) {
    if (endpoint) await cancelDelivery(db, organizationId, deliveryId)
    return
  }
  const now = new Date()
  const message = { webhookId: delivery.webhookId, body: delivery.body }
  await recordOutcome(context, job, delivery, now, await sendSigned(endpoint, message, now, context.send))
}

/** Records an attempt; on failure the next one is queued first (a crash in between repeats an attempt, never loses one). */
async function recordOutcome(
  context: DeliveryContext,
  job: DeliveryJob,
  delivery: { endpointId: string; attempts: number },
  now: Date,
  { responseCode, latencyMs, error }: SendOutcome,
): Promise<void> {
  const succeeded = error === null
  const attemptsMade = delivery.attempts + 1
  const wait = succeeded ? null : retryDelayMs(context.retry, attemptsMade, Math.random())
  const nextRetryAt = wait === null ? null : new Date(Date.now() + wait)
  if (nextRetryAt) await enqueueDeliveryAttempt(context.queue, job, attemptsMade + 1, nextRetryAt)
  const { disabled } = await recordDeliveryAttempt(
    context.db,
    job.organizationId,
    { id: job.deliveryId, endpointId: delivery.endpointId },
    { at: now, responseCode, latencyMs, error, succeeded, nextRetryAt },
  )
  if (disabled) context.log?.(`webhooks: endpoint ${delivery.endpointId} disabled after repeated failures`)
}

/**
 * Sends just-written deliveries now, all at once: one query for the endpoints' signing info, the requests in
 * parallel, one statement recording the successes. A failure takes the normal path (next attempt queued with
 * backoff, outcome recorded); a disabled or deleted endpoint is left to the safety-net job, which cancels.
 */
export async function dispatchFresh(
  context: DeliveryContext,
  organizationId: string,
  deliveries: NewDelivery[],
): Promise<void> {
  if (deliveries.length === 0) return
  const endpoints = new Map(
    (
      await getEndpointsForDelivery(context.db, organizationId, [
        ...new Set(deliveries.map((d) => d.endpointId)),
      ])
    ).map((endpoint) => [endpoint.id, endpoint]),
  )
  const now = new Date()
  const sendable = deliveries.filter((d) => endpoints.get(d.endpointId)?.enabled)
  const outcomes = await Promise.all(
    sendable.map((d) =>
      context.limit(() =>
        sendSigned(endpoints.get(d.endpointId)!, { webhookId: d.webhookId, body: d.body }, now, context.send),
      ),
    ),
  )
  const delivered = sendable.flatMap((d, i) => {
    const { responseCode, latencyMs, error } = outcomes[i]!
    return error === null && responseCode !== null && latencyMs !== null
      ? [{ id: d.id, endpointId: d.endpointId, responseCode, latencyMs }]
      : []
  })
  await recordFirstAttemptsDelivered(context.db, organizationId, now, delivered)
  for (const [i, d] of sendable.entries()) {
    const outcome = outcomes[i]!
    if (outcome.error === null) continue
    await recordOutcome(
      context,
      { organizationId, deliveryId: d.id, attempt: 1 },
      { ...d, attempts: 0 },
      now,
      outcome,
    )
  }
}

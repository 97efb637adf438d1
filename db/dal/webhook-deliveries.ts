import 'server-only'
// Webhook deliveries (issue 15): written pending, attempted by the workers, kept as the endpoint's log. Every query
// filters by the organization id.
import { and, desc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { webhookDelivery, webhookEndpoint, type WebhookDeliveryStatus } from '../schema'
import { DELIVERY_LOG_SIZE, DISABLE_AFTER_CONSECUTIVE_FAILURES } from '@/lib/webhooks/delivery-policy'
import { MAX_ENDPOINTS_PER_ORGANIZATION, type EndpointSigningInfo } from './webhooks'

export type NewDelivery = {
  id: string
  endpointId: string
  webhookId: string
  eventType: string
  payload: { type: string; timestamp: string; data: unknown }
  /** `payload` serialised once, when the delivery is made: every attempt and "Reenviar" send exactly these bytes. */
  body: string
  /** Deliveries with the same key to the same endpoint are written once (several instances hear one change). */
  dedupeKey?: string | null
}

/**
 * Inserts pending deliveries (skipping those whose dedupe key an endpoint already has) and trims each endpoint's
 * log to the newest DELIVERY_LOG_SIZE (finished deliveries only). Returns the ids actually inserted.
 */
export async function insertDeliveries(
  db: Db,
  organizationId: string,
  deliveries: NewDelivery[],
): Promise<string[]> {
  if (deliveries.length === 0) return []
  const inserted = await db
    .insert(webhookDelivery)
    .values(deliveries.map((d) => ({ ...d, organizationId })))
    .onConflictDoNothing()
    .returning({ id: webhookDelivery.id })
  for (const endpointId of new Set(deliveries.map((d) => d.endpointId))) {
    const keep = db
      .select({ id: webhookDelivery.id })
      .from(webhookDelivery)
      .where(
        and(eq(webhookDelivery.organizationId, organizationId), eq(webhookDelivery.endpointId, endpointId)),
      )
      .orderBy(desc(webhookDelivery.createdAt), desc(webhookDelivery.id))
      .limit(DELIVERY_LOG_SIZE)
    await db.delete(webhookDelivery).where(
      and(
        eq(webhookDelivery.organizationId, organizationId),
        eq(webhookDelivery.endpointId, endpointId),
        // Never a delivery still to be attempted: the log keeps 100, the queue loses nothing.
        inArray(webhookDelivery.status, ['delivered', 'failed', 'cancelled']),
        notInArray(webhookDelivery.id, keep),
      ),
    )
  }
  return inserted.map((row) => row.id)
}

export type DeliveryToSend = {
  id: string
  endpointId: string
  webhookId: string
  payload: { type: string; timestamp: string; data: unknown }
  /** The bytes to send (stored when the delivery was written). */
  body: string
  status: WebhookDeliveryStatus
  attempts: number
}

const deliveryToSendColumns = {
  id: webhookDelivery.id,
  endpointId: webhookDelivery.endpointId,
  webhookId: webhookDelivery.webhookId,
  payload: webhookDelivery.payload,
  body: webhookDelivery.body,
  status: webhookDelivery.status,
  attempts: webhookDelivery.attempts,
}

export async function getDelivery(
  db: Db,
  organizationId: string,
  deliveryId: string,
): Promise<DeliveryToSend | null> {
  const [row] = await db
    .select(deliveryToSendColumns)
    .from(webhookDelivery)
    .where(and(eq(webhookDelivery.organizationId, organizationId), eq(webhookDelivery.id, deliveryId)))
  return row ?? null
}

export type AttemptOutcome = {
  at: Date
  responseCode: number | null
  latencyMs: number | null
  error: string | null
  succeeded: boolean
  /** Set when pg-boss will retry: when it is expected (shown in the log). */
  nextRetryAt: Date | null
}

/**
 * Records one attempt and the endpoint's failure streak in one transaction. Returns whether this attempt disabled
 * the endpoint (the DISABLE_AFTER_CONSECUTIVE_FAILURES-th failure in a row).
 */
export async function recordDeliveryAttempt(
  db: Db,
  organizationId: string,
  delivery: { id: string; endpointId: string },
  outcome: AttemptOutcome,
): Promise<{ disabled: boolean }> {
  return db.transaction(async (tx) => {
    const status: WebhookDeliveryStatus = outcome.succeeded
      ? 'delivered'
      : outcome.nextRetryAt
        ? 'retrying'
        : 'failed'
    await tx
      .update(webhookDelivery)
      .set({
        status,
        attempts: sql`${webhookDelivery.attempts} + 1`,
        responseCode: outcome.responseCode,
        latencyMs: outcome.latencyMs,
        error: outcome.error,
        nextRetryAt: outcome.nextRetryAt,
        lastAttemptAt: outcome.at,
      })
      .where(and(eq(webhookDelivery.organizationId, organizationId), eq(webhookDelivery.id, delivery.id)))
    const endpointWhere = and(
      eq(webhookEndpoint.organizationId, organizationId),
      eq(webhookEndpoint.id, delivery.endpointId),
    )
    if (outcome.succeeded) {
      await tx.update(webhookEndpoint).set({ consecutiveFailures: 0 }).where(endpointWhere)
      return { disabled: false }
    }
    const [endpoint] = await tx
      .update(webhookEndpoint)
      .set({ consecutiveFailures: sql`${webhookEndpoint.consecutiveFailures} + 1` })
      .where(endpointWhere)
      .returning({ failures: webhookEndpoint.consecutiveFailures, enabled: webhookEndpoint.enabled })
    if (endpoint && endpoint.enabled && endpoint.failures >= DISABLE_AFTER_CONSECUTIVE_FAILURES) {
      await tx
        .update(webhookEndpoint)
        .set({ enabled: false, disabledReason: 'consecutive_failures', disabledAt: outcome.at })
        .where(endpointWhere)
      return { disabled: true }
    }
    return { disabled: false }
  })
}

/**
 * First attempts that succeeded, recorded together (one statement, one transaction) — only rows still at 0
 * attempts, so an attempt recorded meanwhile by the safety-net job is never counted twice.
 */
export async function recordFirstAttemptsDelivered(
  db: Db,
  organizationId: string,
  at: Date,
  results: { id: string; endpointId: string; responseCode: number; latencyMs: number }[],
): Promise<void> {
  if (results.length === 0) return
  const values = sql.join(
    results.map((r) => sql`(${r.id}::text, ${r.responseCode}::integer, ${r.latencyMs}::integer)`),
    sql`, `,
  )
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      update ${webhookDelivery} as d
         set status = 'delivered', attempts = d.attempts + 1, response_code = v.code, latency_ms = v.latency,
             error = null, next_retry_at = null, last_attempt_at = ${at.toISOString()}::timestamptz
        from (values ${values}) as v(id, code, latency)
       where d.organization_id = ${organizationId} and d.id = v.id and d.attempts = 0`)
    await tx
      .update(webhookEndpoint)
      .set({ consecutiveFailures: 0 })
      .where(
        and(
          eq(webhookEndpoint.organizationId, organizationId),
          inArray(webhookEndpoint.id, [...new Set(results.map((r) => r.endpointId))]),
        ),
      )
  })
}

/** A delivery that will not be attempted (endpoint disabled or deleted meanwhile). */
export async function cancelDelivery(db: Db, organizationId: string, deliveryId: string): Promise<void> {
  await db
    .update(webhookDelivery)
    .set({ status: 'cancelled', nextRetryAt: null })
    .where(and(eq(webhookDelivery.organizationId, organizationId), eq(webhookDelivery.id, deliveryId)))
}

export type DeliveryLogEntry = {
  id: string
  endpointId: string
  webhookId: string
  eventType: string
  status: WebhookDeliveryStatus
  attempts: number
  responseCode: number | null
  latencyMs: number | null
  error: string | null
  nextRetryAt: Date | null
  lastAttemptAt: Date | null
  createdAt: Date
}

/** The newest deliveries of the organization's endpoints (at most DELIVERY_LOG_SIZE per endpoint are kept). */
export async function listDeliveries(
  db: Db,
  organizationId: string,
  endpointIds?: string[],
): Promise<DeliveryLogEntry[]> {
  return db
    .select({
      id: webhookDelivery.id,
      endpointId: webhookDelivery.endpointId,
      webhookId: webhookDelivery.webhookId,
      eventType: webhookDelivery.eventType,
      status: webhookDelivery.status,
      attempts: webhookDelivery.attempts,
      responseCode: webhookDelivery.responseCode,
      latencyMs: webhookDelivery.latencyMs,
      error: webhookDelivery.error,
      nextRetryAt: webhookDelivery.nextRetryAt,
      lastAttemptAt: webhookDelivery.lastAttemptAt,
      createdAt: webhookDelivery.createdAt,
    })
    .from(webhookDelivery)
    .where(
      and(
        eq(webhookDelivery.organizationId, organizationId),
        endpointIds ? inArray(webhookDelivery.endpointId, endpointIds) : undefined,
      ),
    )
    .orderBy(desc(webhookDelivery.createdAt), desc(webhookDelivery.id))
    .limit(DELIVERY_LOG_SIZE * MAX_ENDPOINTS_PER_ORGANIZATION)
}

/** Deliveries written but never handed to the queue (the process died in between): re-enqueued at start-up. */
export async function pendingDeliveriesOlderThan(
  db: Db,
  before: Date,
): Promise<{ id: string; organizationId: string }[]> {
  return db
    .select({ id: webhookDelivery.id, organizationId: webhookDelivery.organizationId })
    .from(webhookDelivery)
    .where(
      and(
        eq(webhookDelivery.status, 'pending'),
        eq(webhookDelivery.attempts, 0),
        lt(webhookDelivery.createdAt, before),
      ),
    )
    .limit(10_000)
}

/** A delivery with its endpoint's signing data, in one query (the delivery worker's hot path). */
export async function getDeliveryToSend(
  db: Db,
  organizationId: string,
  deliveryId: string,
): Promise<{ delivery: DeliveryToSend; endpoint: EndpointSigningInfo | null } | null> {
  const [row] = await db
    .select({
      ...deliveryToSendColumns,
      url: webhookEndpoint.url,
      enabled: webhookEndpoint.enabled,
      secretCiphertext: webhookEndpoint.secretCiphertext,
      previousSecretCiphertext: webhookEndpoint.previousSecretCiphertext,
      previousSecretExpiresAt: webhookEndpoint.previousSecretExpiresAt,
    })
    .from(webhookDelivery)
    .leftJoin(
      webhookEndpoint,
      and(
        eq(webhookEndpoint.organizationId, webhookDelivery.organizationId),
        eq(webhookEndpoint.id, webhookDelivery.endpointId),
      ),
    )
    .where(and(eq(webhookDelivery.organizationId, organizationId), eq(webhookDelivery.id, deliveryId)))
  if (!row) return null
  const { url, enabled, secretCiphertext, previousSecretCiphertext, previousSecretExpiresAt, ...delivery } =
    row
  return {
    delivery,
    endpoint:
      url === null || enabled === null || secretCiphertext === null
        ? null
        : {
            id: delivery.endpointId,
            url,
            enabled,
            secretCiphertext,
            previousSecretCiphertext,
            previousSecretExpiresAt,
          },
  }
}

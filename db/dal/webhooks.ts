import 'server-only'
// Webhook endpoints, their delivery log and the per-scope routing state (issue 15). Every query filters by the
// organization id; secrets are only ever handled as ciphertext here (server/webhooks/secret-box.ts encrypts).
import { and, arrayContains, desc, eq, inArray, isNull, lt, notInArray, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import {
  auditLog,
  webhookDelivery,
  webhookEndpoint,
  webhookRoutingState,
  type WebhookDeliveryStatus,
  type WebhookEventType,
} from '../schema'
import { DELIVERY_LOG_SIZE, DISABLE_AFTER_CONSECUTIVE_FAILURES } from '@/lib/webhooks/delivery-policy'

export const MAX_ENDPOINTS_PER_ORGANIZATION = 10

export type WebhookEndpointSummary = {
  id: string
  url: string
  description: string
  events: WebhookEventType[]
  enabled: boolean
  consecutiveFailures: number
  disabledReason: 'consecutive_failures' | null
  disabledAt: Date | null
  /** Until when the previous secret still verifies (after a rotation), or null. */
  previousSecretExpiresAt: Date | null
  createdAt: Date
}

export type WebhookEndpointInput = {
  url: string
  description: string
  events: WebhookEventType[]
  enabled: boolean
}

const summaryColumns = {
  id: webhookEndpoint.id,
  url: webhookEndpoint.url,
  description: webhookEndpoint.description,
  events: webhookEndpoint.events,
  enabled: webhookEndpoint.enabled,
  consecutiveFailures: webhookEndpoint.consecutiveFailures,
  disabledReason: webhookEndpoint.disabledReason,
  disabledAt: webhookEndpoint.disabledAt,
  // Only while the previous secret still verifies.
  previousSecretExpiresAt:
    sql<Date | null>`case when ${webhookEndpoint.previousSecretExpiresAt} > now() then ${webhookEndpoint.previousSecretExpiresAt} end`.mapWith(
      webhookEndpoint.previousSecretExpiresAt,
    ),
  createdAt: webhookEndpoint.createdAt,
}

export async function listWebhookEndpoints(
  db: Db,
  organizationId: string,
): Promise<WebhookEndpointSummary[]> {
  return db
    .select(summaryColumns)
    .from(webhookEndpoint)
    .where(eq(webhookEndpoint.organizationId, organizationId))
    .orderBy(webhookEndpoint.createdAt, webhookEndpoint.id)
}

export type CreateEndpointResult =
  { ok: true; endpoint: WebhookEndpointSummary } | { ok: false; reason: 'too_many_endpoints' }

export async function createWebhookEndpoint(
  db: Db,
  organizationId: string,
  input: WebhookEndpointInput,
  secretCiphertext: string,
): Promise<CreateEndpointResult> {
  return db.transaction(async (tx) => {
    // Serialise creations per organization so two concurrent adds cannot both pass the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`webhook-endpoints:${organizationId}`}))`)
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(webhookEndpoint)
      .where(eq(webhookEndpoint.organizationId, organizationId))
    if ((count?.n ?? 0) >= MAX_ENDPOINTS_PER_ORGANIZATION)
      return { ok: false, reason: 'too_many_endpoints' } as const
    const [created] = await tx
      .insert(webhookEndpoint)
      .values({ organizationId, ...input, secretCiphertext })
      .returning(summaryColumns)
    return { ok: true, endpoint: created! } as const
  })
}

/** Editing re-enables an endpoint disabled for failures only when the admin switches it on again. */
export async function updateWebhookEndpoint(
  db: Db,
  organizationId: string,
  endpointId: string,
  input: WebhookEndpointInput,
): Promise<WebhookEndpointSummary | null> {
  const [updated] = await db
    .update(webhookEndpoint)
    .set({
      ...input,
      updatedAt: sql`now()`,
      ...(input.enabled && { disabledReason: null, disabledAt: null, consecutiveFailures: 0 }),
    })
    .where(and(eq(webhookEndpoint.organizationId, organizationId), eq(webhookEndpoint.id, endpointId)))
    .returning(summaryColumns)
  return updated ?? null
}

export async function deleteWebhookEndpoint(
  db: Db,
  organizationId: string,
  endpointId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(webhookEndpoint)
    .where(and(eq(webhookEndpoint.organizationId, organizationId), eq(webhookEndpoint.id, endpointId)))
    .returning({ id: webhookEndpoint.id })
  return deleted.length > 0
}

/** The new secret signs from now on; the current one keeps verifying (we sign with both) until `previousValidUntil`. */
export async function rotateWebhookSecret(
  db: Db,
  organizationId: string,
  endpointId: string,
  newSecretCiphertext: string,
  previousValidUntil: Date,
): Promise<boolean> {
  const updated = await db
    .update(webhookEndpoint)
    .set({
      previousSecretCiphertext: webhookEndpoint.secretCiphertext,
      previousSecretExpiresAt: previousValidUntil,
      secretCiphertext: newSecretCiphertext,
      updatedAt: sql`now()`,
    })
    .where(and(eq(webhookEndpoint.organizationId, organizationId), eq(webhookEndpoint.id, endpointId)))
    .returning({ id: webhookEndpoint.id })
  return updated.length > 0
}

export type EndpointSigningInfo = {
  id: string
  url: string
  enabled: boolean
  secretCiphertext: string
  previousSecretCiphertext: string | null
  previousSecretExpiresAt: Date | null
}

export async function getEndpointForDelivery(
  db: Db,
  organizationId: string,
  endpointId: string,
): Promise<EndpointSigningInfo | null> {
  const [row] = await getEndpointsForDelivery(db, organizationId, [endpointId])
  return row ?? null
}

/** Signing info of several endpoints at once (the immediate dispatch of fresh deliveries). */
export async function getEndpointsForDelivery(
  db: Db,
  organizationId: string,
  endpointIds: string[],
): Promise<EndpointSigningInfo[]> {
  if (endpointIds.length === 0) return []
  return db
    .select({
      id: webhookEndpoint.id,
      url: webhookEndpoint.url,
      enabled: webhookEndpoint.enabled,
      secretCiphertext: webhookEndpoint.secretCiphertext,
      previousSecretCiphertext: webhookEndpoint.previousSecretCiphertext,
      previousSecretExpiresAt: webhookEndpoint.previousSecretExpiresAt,
    })
    .from(webhookEndpoint)
    .where(and(eq(webhookEndpoint.organizationId, organizationId), inArray(webhookEndpoint.id, endpointIds)))
}

/** Enabled endpoints of the organization subscribed to `event`. */
export async function endpointsForEvent(
  db: Db,
  organizationId: string,
  event: WebhookEventType,
): Promise<{ id: string }[]> {
  return db
    .select({ id: webhookEndpoint.id })
    .from(webhookEndpoint)
    .where(
      and(
        eq(webhookEndpoint.organizationId, organizationId),
        eq(webhookEndpoint.enabled, true),
        arrayContains(webhookEndpoint.events, [event]),
      ),
    )
}

/** Organizations with at least one enabled endpoint for `event` (the routing watcher's start-up resync). */
export async function organizationsWithEndpointsFor(db: Db, event: WebhookEventType): Promise<string[]> {
  const rows = await db
    .selectDistinct({ organizationId: webhookEndpoint.organizationId })
    .from(webhookEndpoint)
    .where(and(eq(webhookEndpoint.enabled, true), arrayContains(webhookEndpoint.events, [event])))
  return rows.map((row) => row.organizationId)
}

// ---------------------------------------------------------------------------------------------------------------
// Deliveries
// ---------------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------------
// Routing state (what routing.changed compares against)
// ---------------------------------------------------------------------------------------------------------------

export type RoutingState = {
  responder: string
  reason: string
  effectiveAt: Date
  nextTransitionAt: Date | null
}

/** Reads the scopes' states and locks them until the transaction ends (call inside db.transaction). */
export async function lockRoutingStates(
  tx: Db,
  organizationId: string,
  scopeKeys: string[],
): Promise<Map<string, RoutingState>> {
  if (scopeKeys.length === 0) return new Map()
  const rows = await tx
    .select({
      scopeKey: webhookRoutingState.scopeKey,
      responder: webhookRoutingState.responder,
      reason: webhookRoutingState.reason,
      effectiveAt: webhookRoutingState.effectiveAt,
      nextTransitionAt: webhookRoutingState.nextTransitionAt,
    })
    .from(webhookRoutingState)
    .where(
      and(
        eq(webhookRoutingState.organizationId, organizationId),
        inArray(webhookRoutingState.scopeKey, scopeKeys),
      ),
    )
    .orderBy(webhookRoutingState.scopeKey)
    .for('update')
  return new Map(rows.map(({ scopeKey, ...state }) => [scopeKey, state]))
}

export async function saveRoutingStates(
  tx: Db,
  organizationId: string,
  states: (RoutingState & { scopeKey: string })[],
): Promise<void> {
  if (states.length === 0) return
  await tx
    .insert(webhookRoutingState)
    .values(states.map((state) => ({ organizationId, ...state })))
    .onConflictDoUpdate({
      target: [webhookRoutingState.organizationId, webhookRoutingState.scopeKey],
      set: {
        responder: sql`excluded.responder`,
        reason: sql`excluded.reason`,
        effectiveAt: sql`excluded.effective_at`,
        nextTransitionAt: sql`excluded.next_transition_at`,
      },
    })
}

export async function deleteRoutingStates(
  tx: Db,
  organizationId: string,
  scopeKeys: string[],
): Promise<void> {
  if (scopeKeys.length === 0) return
  await tx
    .delete(webhookRoutingState)
    .where(
      and(
        eq(webhookRoutingState.organizationId, organizationId),
        inArray(webhookRoutingState.scopeKey, scopeKeys),
      ),
    )
}

export async function deleteAllRoutingStates(tx: Db, organizationId: string): Promise<void> {
  await tx.delete(webhookRoutingState).where(eq(webhookRoutingState.organizationId, organizationId))
}

/** What a save changed (from its audit entry): the scope's name and the changed fields, for settings.updated. */
export async function getSaveSummary(
  db: Db,
  organizationId: string,
  departmentId: string | null,
  version: number,
): Promise<{
  scopeName: string
  changedFields: string[]
  actor: { userId: string | null; name: string }
} | null> {
  const [row] = await db
    .select({
      scopeName: auditLog.scopeName,
      changes: auditLog.changes,
      actorUserId: auditLog.actorUserId,
      actorName: auditLog.actorName,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organizationId, organizationId),
        departmentId === null ? isNull(auditLog.departmentId) : eq(auditLog.departmentId, departmentId),
        // A restore is a save too (issue 16 item 1).
        inArray(auditLog.action, ['settings.update', 'settings.restore']),
        eq(auditLog.newVersion, version),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1)
  return row
    ? {
        scopeName: row.scopeName,
        changedFields: Object.keys(row.changes),
        actor: { userId: row.actorUserId, name: row.actorName },
      }
    : null
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

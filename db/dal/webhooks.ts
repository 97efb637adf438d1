import 'server-only'
// Webhook endpoints (issue 15); their deliveries are in webhook-deliveries.ts, the routing state the announcements
// compare against in webhook-routing-state.ts. Every query filters by the organization id; secrets are only ever
// handled as ciphertext here (server/webhooks/secret-box.ts encrypts).
import { and, arrayContains, eq, inArray, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { webhookEndpoint, type WebhookEventType } from '../schema'

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

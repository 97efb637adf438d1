import 'server-only'
// Organization API keys (issue 14, docs/decisions/005): create (the secret is returned once), list, revoke, look up
// by secret, and the per-key request budget kept in the database so it holds across instances.
import { and, desc, eq, isNull, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { apiKey, auditLog, rateLimit } from '../schema'
import type { ApiKeyPermission } from '@/lib/api/api-key-schema'
import type { Actor } from './types'

import {
  API_KEY_SECRET_PREFIX,
  apiKeyPrefix,
  generateApiKeySecret,
  hashApiKeySecret,
} from '@/lib/api/api-key-secret'

export type ApiKeySummary = {
  id: string
  name: string
  prefix: string
  permissions: ApiKeyPermission[]
  createdAt: Date
  createdByName: string
  lastUsedAt: Date | null
}

/** What a request needs to know about the key it presented. */
export type ApiKeyIdentity = {
  id: string
  organizationId: string
  name: string
  prefix: string
  permissions: ApiKeyPermission[]
  rateLimitPerMinute: number
}

const summaryColumns = {
  id: apiKey.id,
  name: apiKey.name,
  prefix: apiKey.prefix,
  permissions: apiKey.permissions,
  createdAt: apiKey.createdAt,
  createdByName: apiKey.createdByName,
  lastUsedAt: apiKey.lastUsedAt,
}

/** Active (not revoked) keys, newest first. */
export async function listApiKeys(db: Db, organizationId: string): Promise<ApiKeySummary[]> {
  return db
    .select(summaryColumns)
    .from(apiKey)
    .where(and(eq(apiKey.organizationId, organizationId), isNull(apiKey.revokedAt)))
    .orderBy(desc(apiKey.createdAt), desc(apiKey.id))
}

export type CreateApiKeyInput = {
  name: string
  permissions: ApiKeyPermission[]
  /** Only the demo seed and tests pass one; otherwise a random secret is generated. */
  secret?: string
  rateLimitPerMinute?: number
}

/** Creates a key and its audit entry in one transaction. The secret is in the result and nowhere else. */
export async function createApiKey(
  db: Db,
  organizationId: string,
  input: CreateApiKeyInput,
  actor: Actor,
): Promise<{ key: ApiKeySummary; secret: string }> {
  const secret = input.secret ?? generateApiKeySecret()
  const permissions = [...new Set(input.permissions)]
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(apiKey)
      .values({
        organizationId,
        name: input.name.trim(),
        prefix: apiKeyPrefix(secret),
        secretHash: hashApiKeySecret(secret),
        permissions,
        ...(input.rateLimitPerMinute && { rateLimitPerMinute: input.rateLimitPerMinute }),
        createdByUserId: actor.userId,
        createdByName: actor.name,
      })
      .returning(summaryColumns)
    if (!created) throw new Error('api key insert returned no row')
    await tx.insert(auditLog).values({
      organizationId,
      actorUserId: actor.userId,
      actorName: actor.name,
      departmentId: null,
      scopeName: created.name,
      action: 'api_key.create',
      changes: {
        apiKey: { before: null, after: { name: created.name, prefix: created.prefix, permissions } },
      },
      newVersion: null,
    })
    return { key: created, secret }
  })
}

/** Revokes a key of this organization (audited). False when there is no such active key. */
export async function revokeApiKey(
  db: Db,
  organizationId: string,
  keyId: string,
  actor: Actor,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [revoked] = await tx
      .update(apiKey)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKey.organizationId, organizationId), eq(apiKey.id, keyId), isNull(apiKey.revokedAt)))
      .returning({ name: apiKey.name, prefix: apiKey.prefix, permissions: apiKey.permissions })
    if (!revoked) return false
    await tx.insert(auditLog).values({
      organizationId,
      actorUserId: actor.userId,
      actorName: actor.name,
      departmentId: null,
      scopeName: revoked.name,
      action: 'api_key.revoke',
      changes: { apiKey: { before: revoked, after: null } },
      newVersion: null,
    })
    return true
  })
}

/** The active key whose secret this is, or null (unknown or revoked). One indexed query. */
export async function findApiKeyBySecret(db: Db, secret: string): Promise<ApiKeyIdentity | null> {
  if (!secret.startsWith(API_KEY_SECRET_PREFIX) || secret.length > 200) return null
  const [row] = await db
    .select({
      id: apiKey.id,
      organizationId: apiKey.organizationId,
      name: apiKey.name,
      prefix: apiKey.prefix,
      permissions: apiKey.permissions,
      rateLimitPerMinute: apiKey.rateLimitPerMinute,
    })
    .from(apiKey)
    .where(and(eq(apiKey.secretHash, hashApiKeySecret(secret)), isNull(apiKey.revokedAt)))
  return row ?? null
}

/** Whether the key is still active (revocation checks of cached identities). */
export async function isApiKeyActive(db: Db, organizationId: string, keyId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: apiKey.id })
    .from(apiKey)
    .where(and(eq(apiKey.organizationId, organizationId), eq(apiKey.id, keyId), isNull(apiKey.revokedAt)))
  return row !== undefined
}

export const API_RATE_WINDOW_MS = 60_000

export type QuotaLease = {
  /** Requests granted to the caller now (0 = over the limit). */
  granted: number
  /** Requests counted in the window across every instance, including this lease. */
  used: number
  /** When the current window ends (epoch ms). */
  windowEnd: number
}

/**
 * Takes up to `wanted` requests from the key's budget for the current one-minute window, atomically (one upsert),
 * and records the key as used. Instances lease small batches so that a warm request costs no query while the sum
 * of what every instance grants never exceeds the limit (leases left unused at the window's end are simply lost).
 */
export async function leaseApiKeyQuota(
  db: Db,
  key: { id: string; organizationId: string; rateLimitPerMinute: number },
  wanted: number,
  now: Date,
): Promise<QuotaLease> {
  const at = now.getTime()
  const windowStart = at - (at % API_RATE_WINDOW_MS)
  const storedKey = `api-key:${key.id}`
  const [row] = await db
    .insert(rateLimit)
    .values({ id: crypto.randomUUID(), key: storedKey, count: wanted, lastRequest: windowStart })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`case when ${rateLimit.lastRequest} < ${windowStart} then ${wanted} else least(${rateLimit.count} + ${wanted}, 2000000000) end`,
        lastRequest: windowStart,
      },
    })
    .returning({ count: rateLimit.count })
  const used = row?.count ?? wanted
  const before = used - wanted
  const granted = Math.max(0, Math.min(wanted, key.rateLimitPerMinute - before))
  if (granted > 0) {
    await db
      .update(apiKey)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKey.organizationId, key.organizationId), eq(apiKey.id, key.id)))
  }
  return { granted, used: before + granted, windowEnd: windowStart + API_RATE_WINDOW_MS }
}

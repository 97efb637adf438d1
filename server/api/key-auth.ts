import 'server-only'
// Who is calling: `Authorization: Bearer <key>` → the key's organization and permissions, cached briefly in memory
// (a warm request costs no query) and dropped in every instance the moment the key is revoked (change feed). Then
// the per-key rate limit, leased in small batches from the database counter (db/dal/api-keys.ts).
//
// Keys the database does not know are counted per client address (db/dal/key-lookup-limit.ts, shared by every
// instance): an address over the limit gets 429 for every request, whatever key it sends, until its window passes —
// answered from memory once this instance knows, and from one counter read before any lookup otherwise. A key the
// instance has cached needs no lookup and so no counter read; only a limit this instance learnt stops it.
import type { Db } from '@/db/connection'
import { subscribe } from '@/db/change-feed'
import { findApiKeyBySecret, leaseApiKeyQuota, type ApiKeyIdentity, type QuotaLease } from '@/db/dal/api-keys'
import { keyLookupWaitMs, recordKeyLookupFailure } from '@/db/dal/key-lookup-limit'
import { hashApiKeySecret } from '@/lib/api/api-key-secret'

/** A cached lookup lives this long even without a revocation event (belt and braces for a lost notification). */
const KEY_TTL_MS = 30_000
/** Unknown secrets are cached too (briefly), so a flood of bad keys does not become a flood of queries. */
const MISS_TTL_MS = 5_000
const MAX_ENTRIES = 10_000

type KeyEntry = { identity: ApiKeyIdentity | null; expires: number }
type QuotaState = {
  remaining: number
  used: number
  limit: number
  windowEnd: number
  leasing: Promise<void> | null
}

type State = {
  keys: Map<string, KeyEntry>
  quotas: Map<string, QuotaState>
  /** Client addresses over the failed-lookup limit → until when (epoch ms), as this instance learnt it. */
  limited: Map<string, number>
  unsubscribe: () => void
}

const globalState = globalThis as typeof globalThis & { __horariosApiKeys?: State }

function state(): State {
  if (!globalState.__horariosApiKeys) {
    const keys = new Map<string, KeyEntry>()
    const quotas = new Map<string, QuotaState>()
    const unsubscribe = subscribe((message) => {
      if (message.kind === 'reset') {
        keys.clear()
        return
      }
      if (message.kind !== 'key') return
      for (const [hash, entry] of keys) {
        if (entry.identity?.id === message.id || entry.identity === null) keys.delete(hash)
      }
      if (message.id) quotas.delete(message.id)
    })
    globalState.__horariosApiKeys = { keys, quotas, limited: new Map(), unsubscribe }
  }
  return globalState.__horariosApiKeys
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header)
  return match?.[1] ?? null
}

export type KeyLookup =
  | { identity: ApiKeyIdentity | null }
  /** The client address sent too many unknown keys: nothing was looked up. */
  | { identity: null; retryAfterSeconds: number }

function limitedFor(limited: Map<string, number>, client: string, waitMs: number, now: number): KeyLookup {
  if (limited.size >= MAX_ENTRIES) limited.clear()
  limited.set(client, now + waitMs)
  return { identity: null, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) }
}

/** The active key for a secret (cached), or null; refused unlooked-up when `client` is over the failure limit. */
export async function identifyKey(db: Db, secret: string, now: Date, client: string): Promise<KeyLookup> {
  const { keys, limited } = state()
  const at = now.getTime()
  const until = limited.get(client)
  if (until !== undefined) {
    if (until > at) return { identity: null, retryAfterSeconds: Math.max(1, Math.ceil((until - at) / 1000)) }
    limited.delete(client)
  }
  const hash = hashApiKeySecret(secret)
  const cached = keys.get(hash)
  if (cached && cached.expires > at) return { identity: cached.identity }
  // Another instance may have counted this address over the limit.
  const wait = await keyLookupWaitMs(db, client, now)
  if (wait > 0) return limitedFor(limited, client, wait, at)
  const identity = await findApiKeyBySecret(db, secret)
  if (keys.size >= MAX_ENTRIES) keys.clear()
  keys.set(hash, { identity, expires: at + (identity ? KEY_TTL_MS : MISS_TTL_MS) })
  if (!identity) {
    const waitNow = await recordKeyLookupFailure(db, client, now)
    // This request's key was looked up and is unknown: it gets its 401; the next ones get 429.
    if (waitNow > 0) limitedFor(limited, client, waitNow, at)
  }
  return { identity }
}

/** How many requests one lease takes: small limits are counted exactly, large ones in batches of up to 1,000. */
export function leaseSize(limit: number): number {
  return Math.max(1, Math.min(1_000, Math.floor(limit / 20)))
}

export type RateDecision = {
  allowed: boolean
  limit: number
  /** Requests left in this window for the key across every instance (approximate: leases held elsewhere count as used). */
  remaining: number
  /** Seconds until the window resets. */
  resetSeconds: number
}

/** Spends one request of the key's budget; leases more from the database when this instance's batch is spent. */
export async function takeRequest(db: Db, key: ApiKeyIdentity, now: Date): Promise<RateDecision> {
  const { quotas } = state()
  let quota = quotas.get(key.id)
  if (!quota || quota.limit !== key.rateLimitPerMinute) {
    quota = { remaining: 0, used: 0, limit: key.rateLimitPerMinute, windowEnd: 0, leasing: null }
    quotas.set(key.id, quota)
  }
  const at = now.getTime()
  for (let attempt = 0; attempt < 3; attempt++) {
    if (quota.windowEnd > at && quota.remaining > 0) {
      quota.remaining -= 1
      return {
        allowed: true,
        limit: quota.limit,
        remaining: Math.max(0, quota.limit - quota.used) + quota.remaining,
        resetSeconds: Math.max(1, Math.ceil((quota.windowEnd - at) / 1000)),
      }
    }
    if (quota.windowEnd > at && quota.used >= quota.limit && quota.remaining === 0 && !quota.leasing) {
      break // spent in this window, across instances: no need to ask the database again until it ends
    }
    if (!quota.leasing) {
      const current = quota
      current.leasing = leaseApiKeyQuota(db, key, leaseSize(key.rateLimitPerMinute), now)
        .then((lease: QuotaLease) => {
          if (lease.windowEnd !== current.windowEnd) current.remaining = 0
          current.remaining += lease.granted
          current.used = lease.used
          current.windowEnd = lease.windowEnd
        })
        .finally(() => {
          current.leasing = null
        })
    }
    await quota.leasing
  }
  return {
    allowed: false,
    limit: quota.limit,
    remaining: 0,
    resetSeconds: Math.max(1, Math.ceil((quota.windowEnd - at) / 1000)),
  }
}

/** Drops every cached key and quota (tests). */
export function resetKeyCaches(): void {
  const current = globalState.__horariosApiKeys
  current?.unsubscribe()
  globalState.__horariosApiKeys = undefined
}

import 'server-only'
import { inArray, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { rateLimit } from '../schema'

// Failed sign-ins per key ("email:…" and "ip:…") in a fixed window, stored in the database so every app instance
// sees the same counters. better-auth's own limiter is off: sign-in goes only through our server action.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000
export const SIGN_IN_MAX_FAILURES: Record<'email' | 'ip', number> = { email: 5, ip: 30 }

function maxFor(key: string): number {
  return key.startsWith('ip:') ? SIGN_IN_MAX_FAILURES.ip : SIGN_IN_MAX_FAILURES.email
}

/** Null when every key may try again; else how long to wait (rounded up to whole minutes). */
export async function checkSignInRateLimit(
  db: Db,
  keys: string[],
  now: Date,
): Promise<{ retryAfterMinutes: number } | null> {
  const rows = await db
    .select({ key: rateLimit.key, count: rateLimit.count, lastRequest: rateLimit.lastRequest })
    .from(rateLimit)
    .where(inArray(rateLimit.key, keys.map(storedKey)))
  let waitMs = 0
  for (const row of rows) {
    const windowEnd = row.lastRequest + SIGN_IN_WINDOW_MS
    if (row.count >= maxFor(row.key.slice('sign-in:'.length)) && windowEnd > now.getTime()) {
      waitMs = Math.max(waitMs, windowEnd - now.getTime())
    }
  }
  return waitMs > 0 ? { retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) } : null
}

function storedKey(key: string): string {
  return `sign-in:${key}`
}

/** One more failure for each key; a window that has expired starts again at 1. Atomic per key (upsert). */
export async function recordSignInFailure(db: Db, keys: string[], now: Date): Promise<void> {
  const at = now.getTime()
  for (const key of keys) {
    await db
      .insert(rateLimit)
      .values({ id: crypto.randomUUID(), key: storedKey(key), count: 1, lastRequest: at })
      .onConflictDoUpdate({
        target: rateLimit.key,
        set: {
          count: sql`case when ${rateLimit.lastRequest} + ${SIGN_IN_WINDOW_MS} <= ${at} then 1 else ${rateLimit.count} + 1 end`,
          lastRequest: at,
        },
      })
  }
}

export async function clearSignInFailures(db: Db, keys: string[]): Promise<void> {
  await db.delete(rateLimit).where(inArray(rateLimit.key, keys.map(storedKey)))
}

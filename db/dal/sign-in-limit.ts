import 'server-only'
import { inArray, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { rateLimit } from '../schema'

// Failed sign-ins per key in a fixed window, stored in the database so every app instance sees the same counters.
// better-auth's own limiter is off: sign-in goes only through our server action. The keys (issue 12 item 3):
//   pair:<email>|<ip>  5 failures    — guessing one account's password from one address;
//   email:<email>      100 failures  — the account-wide ceiling (a distributed guess), high enough that a stranger's
//                                      wrong passwords from elsewhere do not lock the real owner out of their account;
//   ip:<ip>            30 failures   — one address trying many accounts.
// See docs/decisions/ for the choice of numbers.
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000
export const SIGN_IN_MAX_FAILURES = { pair: 5, email: 100, ip: 30 } as const

/**
 * Every sign-in answer takes at least this long, whether the account exists, the password is wrong, or the limiter
 * refused before checking anything: the timing tells nothing. Above a password hash's cost.
 */
export const SIGN_IN_ANSWER_MS = 400

/** Accounts created from one address (sign-up and accepting invitations), counting every attempt. */
export const ACCOUNT_CREATION_LIMIT = { max: 5, windowMs: 60 * 60 * 1000 }

export type SignInKeys = { pair: string; email: string; ip: string }

export function signInKeys(email: string, ip: string): SignInKeys {
  return { pair: `pair:${email}|${ip}`, email: `email:${email}`, ip: `ip:${ip}` }
}

function maxFor(key: string): number {
  const kind = key.slice(0, key.indexOf(':')) as keyof typeof SIGN_IN_MAX_FAILURES
  return SIGN_IN_MAX_FAILURES[kind] ?? SIGN_IN_MAX_FAILURES.pair
}

function storedKey(key: string): string {
  return `sign-in:${key}`
}

function retryAfter(waitMs: number): { retryAfterMinutes: number } | null {
  return waitMs > 0 ? { retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) } : null
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
  return retryAfter(waitMs)
}

/** One more failure for each key; a window that has expired starts again at 1. Atomic per key (upsert). */
export async function recordSignInFailure(db: Db, keys: string[], now: Date): Promise<void> {
  for (const key of keys) await increment(db, storedKey(key), SIGN_IN_WINDOW_MS, now)
}

export async function clearSignInFailures(db: Db, keys: string[]): Promise<void> {
  await db.delete(rateLimit).where(inArray(rateLimit.key, keys.map(storedKey)))
}

/** Also the failed-API-key-lookup counter's (db/dal/key-lookup-limit.ts): the same table, the same window rule. */
export async function increment(
  db: Db,
  key: string,
  windowMs: number,
  now: Date,
): Promise<{ count: number; since: number }> {
  const at = now.getTime()
  const [row] = await db
    .insert(rateLimit)
    .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: at })
    .onConflictDoUpdate({
      target: rateLimit.key,
      set: {
        count: sql`case when ${rateLimit.lastRequest} + ${windowMs} <= ${at} then 1 else ${rateLimit.count} + 1 end`,
        lastRequest: at,
      },
    })
    .returning({ count: rateLimit.count, since: rateLimit.lastRequest })
  return row ?? { count: 1, since: at }
}

/**
 * Counts one attempt under `key` (every attempt, successful or not) and says whether it is over `max` in the window —
 * for sign-up and invitation acceptance, where each success creates an account (issue 12 item 3).
 */
export async function consumeAttempt(
  db: Db,
  key: string,
  limit: { max: number; windowMs: number },
  now: Date,
): Promise<{ retryAfterMinutes: number } | null> {
  const { count } = await increment(db, `attempt:${key}`, limit.windowMs, now)
  return count > limit.max ? retryAfter(limit.windowMs) : null
}

import 'server-only'
import { eq } from 'drizzle-orm'
import type { Db } from '../connection'
import { rateLimit } from '../schema'
import { increment } from './sign-in-limit'

// Failed API key lookups per client address (issue 22 item 7; docs/behaviour.md §9, docs/decisions/010): a request
// whose key the database does not know costs a query, so an address that keeps sending unknown keys is stopped
// before the query. The counter lives in rate_limit, beside the sign-in limiter's, so every app instance counts the
// same failures. The window runs from the latest counted failure (as for sign-in): once an address is over the
// limit its requests are refused before any lookup, count nothing more, and the address may try again a window
// after its last failure.
export const KEY_LOOKUP_LIMIT = { maxFailures: 60, windowMs: 10 * 60 * 1000 } as const

function storedKey(address: string): string {
  return `api-key-lookup:ip:${address}`
}

/** How long the address must wait before its keys are looked up again (0: not limited). */
export async function keyLookupWaitMs(db: Db, address: string, now: Date): Promise<number> {
  const [row] = await db
    .select({ count: rateLimit.count, lastRequest: rateLimit.lastRequest })
    .from(rateLimit)
    .where(eq(rateLimit.key, storedKey(address)))
  if (!row || row.count < KEY_LOOKUP_LIMIT.maxFailures) return 0
  return Math.max(0, row.lastRequest + KEY_LOOKUP_LIMIT.windowMs - now.getTime())
}

/** Counts one failed lookup (atomically: one upsert); returns the wait now in force (0 while under the limit). */
export async function recordKeyLookupFailure(db: Db, address: string, now: Date): Promise<number> {
  const { count } = await increment(db, storedKey(address), KEY_LOOKUP_LIMIT.windowMs, now)
  return count >= KEY_LOOKUP_LIMIT.maxFailures ? KEY_LOOKUP_LIMIT.windowMs : 0
}

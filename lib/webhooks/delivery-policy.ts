// Delivery rules (issue 15): 10 s per request, any non-2xx is a failure, exponential backoff for at least 24 h,
// an endpoint disabled after 100 consecutive failures, the last 100 deliveries kept per endpoint.
export const REQUEST_TIMEOUT_MS = 10_000
export const DISABLE_AFTER_CONSECUTIVE_FAILURES = 100
export const DELIVERY_LOG_SIZE = 100
export const PREVIOUS_SECRET_VALID_MS = 24 * 60 * 60 * 1000

/**
 * Exponential backoff between attempts: 10 s · 2^k (k = attempts made so far − 1), each wait capped at 6 h, ±10 %
 * jitter so endpoints failing together do not retry in lock-step. With 16 attempts (15 waits) the shortest possible
 * total is ≈ 26.5 h ≥ 24 h. We compute the wait ourselves and schedule the next attempt as a new pg-boss job with
 * `startAfter` (docs/decisions/008): the delivery log can then show the exact next retry.
 */
export type RetrySchedule = { baseDelayMs: number; maxDelayMs: number; maxAttempts: number; jitter: number }

export const DEFAULT_RETRY_SCHEDULE: RetrySchedule = {
  baseDelayMs: 10_000,
  maxDelayMs: 6 * 60 * 60 * 1000,
  maxAttempts: 16,
  jitter: 0.1,
}

/**
 * The wait before the next attempt after `attemptsMade` failed attempts, or null when no attempt is left.
 * `random` is in [0, 1).
 */
export function retryDelayMs(schedule: RetrySchedule, attemptsMade: number, random: number): number | null {
  if (attemptsMade >= schedule.maxAttempts) return null
  const exponential = Math.min(schedule.maxDelayMs, schedule.baseDelayMs * 2 ** Math.max(0, attemptsMade - 1))
  return Math.round(exponential * (1 - schedule.jitter + 2 * schedule.jitter * random))
}

/** The shortest total time spent retrying (every jitter at its minimum). */
export function minimumRetrySpanMs(schedule: RetrySchedule): number {
  let total = 0
  for (let made = 1; made < schedule.maxAttempts; made++) total += retryDelayMs(schedule, made, 0) ?? 0
  return total
}

export function isSuccessStatus(status: number): boolean {
  return status >= 200 && status <= 299
}

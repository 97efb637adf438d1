import type { z } from 'zod'

/** The small typed result every server action returns; field errors are keyed by dotted path ("weekly.mon.0.start"). */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false
      error:
        | 'invalid'
        | 'unauthenticated'
        | 'forbidden'
        | 'not_found'
        | 'conflict'
        | 'rateLimited'
        | 'invalidCredentials'
        | 'emailTaken'
        | 'noOrganization'
      fieldErrors?: Record<string, string>
      retryAfterMinutes?: number
    }

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form'
    out[key] ??= issue.message
  }
  return out
}

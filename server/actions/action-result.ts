import type { z } from 'zod'

import type { ActionError } from '@/lib/actions/action-errors'

export type { ActionError }

export type ActionFailure<E extends ActionError = ActionError> = {
  ok: false
  error: E
  fieldErrors?: Record<string, string>
  /** How many further fields had errors beyond the reported ones (see MAX_FIELD_ERRORS). */
  moreFieldErrors?: number
  retryAfterMinutes?: number
  /** 'duplicate_name': how the existing item is written (names compare ignoring case and accents). */
  existingName?: string
}

/** What a form shows after a failed no-JavaScript submission: the failure, plus the non-secret values typed. */
export type FormActionState = (ActionFailure & { values: Record<string, string> }) | null

/** The small typed result every server action returns; field errors are keyed by dotted path ("weekly.mon.0.start"). */
export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure

/**
 * At most this many field errors go back to the client. A huge payload of invalid entries once produced a 4.9 MB
 * error answer (issue 12 item 9); a person fixes the first few fields anyway, and the count says there are more.
 */
export const MAX_FIELD_ERRORS = 50

/** Field errors of a failed parse, capped (prefer defineAction in server/action-client.ts, which does this). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  return cappedFieldErrors(error).fieldErrors
}

/** The first error per field, for the first MAX_FIELD_ERRORS fields, and how many more fields had errors. */
export function cappedFieldErrors(error: z.ZodError): {
  fieldErrors: Record<string, string>
  moreFieldErrors: number
} {
  const out: Record<string, string> = {}
  let kept = 0
  const omitted = new Set<string>()
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form'
    if (key in out || omitted.has(key)) continue
    if (kept < MAX_FIELD_ERRORS) {
      out[key] = issue.message
      kept += 1
    } else {
      omitted.add(key)
    }
  }
  return { fieldErrors: out, moreFieldErrors: omitted.size }
}

export function invalid(error: z.ZodError): ActionFailure<'invalid'> {
  const { fieldErrors: errors, moreFieldErrors } = cappedFieldErrors(error)
  return { ok: false, error: 'invalid', fieldErrors: errors, ...(moreFieldErrors > 0 && { moreFieldErrors }) }
}

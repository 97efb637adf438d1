import 'server-only'
// "The database cannot be reached right now" as one kind of error, for the action plumbing (an action answers
// { error: 'unavailable' }) and for pages (the translated unavailable page with a retry), issue 22 item 4.
import { APIError } from 'better-auth/api'
import { isTransientDatabaseError } from '@/db/transient-error'
import { SERVICE_UNAVAILABLE_DIGEST } from '@/lib/http/service-unavailable'

/** The database is unreachable; `cause` is the driver's (redacted) error. Pages show it as "unavailable". */
export class ServiceUnavailableError extends Error {
  override readonly name = 'ServiceUnavailableError'
  /** Kept by Next.js through to the error page, unlike the message (lib/http/service-unavailable.ts). */
  readonly digest = SERVICE_UNAVAILABLE_DIGEST

  constructor(options: { cause: unknown }) {
    super('The database is unreachable right now', options)
  }
}

/**
 * better-auth catches any failure of the session lookup and throws its own 500 APIError "Failed to get session"
 * instead; the session table is only ever unreadable because the database is (the driver's error, when better-auth
 * keeps it as the cause, is not always one of the transient ones: a revoked CONNECT privilege, a closed PGlite).
 */
function isSessionLookupFailure(error: unknown): boolean {
  return error instanceof APIError && error.statusCode === 500 && error.body?.code === 'FAILED_TO_GET_SESSION'
}

/** Whether `error` means the database cannot be reached right now (retrying later may well succeed). */
export function isServiceUnavailable(error: unknown): boolean {
  return (
    error instanceof ServiceUnavailableError ||
    isSessionLookupFailure(error) ||
    isTransientDatabaseError(error)
  )
}

/** For a page's data: rethrows `error`, as a ServiceUnavailableError when it means the database is unreachable. */
export function rethrowAsUnavailable(error: unknown): never {
  if (isServiceUnavailable(error) && !(error instanceof ServiceUnavailableError)) {
    throw new ServiceUnavailableError({ cause: error })
  }
  throw error
}

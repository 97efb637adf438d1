import 'server-only'

/** Who made a change, as written to the audit log (name is a snapshot: the entry outlives renames). */
export type Actor = { userId: string | null; name: string }

/** PostgreSQL error code of a failed query (drizzle wraps driver errors; the code sits on the cause). */
export function pgErrorCode(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return null
}

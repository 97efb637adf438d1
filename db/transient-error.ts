// Which database failures are transient — the same request may well succeed a moment later — as opposed to a bug or
// bad data. Used by the server-action helper to answer "no se pudo guardar, inténtalo de nuevo" instead of a 500
// (issue 12 item 10). Nothing here touches the database: it only reads errors thrown by pg, PGlite and drizzle.

/** SQLSTATE classes/codes that mean "the server or the connection went away" or "retry the transaction". */
const TRANSIENT_SQLSTATE = [
  /^08/, // connection exception
  /^57P0[1-3]$/, // admin_shutdown, crash_shutdown, cannot_connect_now
  /^53300$/, // too_many_connections
  /^40001$/, // serialization_failure
  /^40P01$/, // deadlock_detected
  /^55P03$/, // lock_not_available
]

/** Node socket errors and node-postgres / pg-pool messages for a connection lost or never obtained. */
const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
])
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /terminating connection/i,
  /client has encountered a connection error/i,
  /timeout exceeded when trying to connect/i,
  /connection (is )?closed/i,
  /cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down)/i,
  // The embedded database was closed under a request (the process is shutting down).
  /^PGlite is closed$/,
]

/**
 * PostgreSQL ends a session with a FATAL (or PANIC) error: a connection it refused (CONNECT privilege revoked,
 * connection limit, the database being dropped or renamed) or one it terminated. A plain ERROR is the query's own.
 */
const SESSION_ENDING_SEVERITIES = new Set(['FATAL', 'PANIC'])

/** True when `error`, or an error it wraps (drizzle puts the driver's error in `cause`), is transient. */
export function isTransientDatabaseError(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false
    const { code, message, severity } = current as { code?: unknown; message?: unknown; severity?: unknown }
    if (typeof severity === 'string' && SESSION_ENDING_SEVERITIES.has(severity)) return true
    if (typeof code === 'string') {
      if (TRANSIENT_SQLSTATE.some((re) => re.test(code))) return true
      if (TRANSIENT_NODE_CODES.has(code)) return true
    }
    if (typeof message === 'string' && TRANSIENT_MESSAGES.some((re) => re.test(message))) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

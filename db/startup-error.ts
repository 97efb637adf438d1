// No 'server-only' here: scripts (tsx) and tests import this module.

/**
 * The database cannot be opened. `message` is ONE sentence that says what happened and what to do; callers print
 * it as is (no stack trace) and stop.
 */
export class DatabaseStartupError extends Error {
  override readonly name = 'DatabaseStartupError'

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

export const UNSET_HINT = 'or unset DATABASE_URL to use the embedded database'

type ErrorLike = { code?: unknown; message?: unknown; errors?: unknown }

/** Error codes of an error and of the errors it aggregates (node's connect to several addresses of `localhost`). */
function errorCodes(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return []
  const e = error as ErrorLike
  const codes = typeof e.code === 'string' ? [e.code] : []
  if (Array.isArray(e.errors)) codes.push(...e.errors.flatMap(errorCodes))
  return codes
}

function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && typeof (error as ErrorLike).message === 'string') {
    const message = ((error as ErrorLike).message as string).replace(/\s+/g, ' ').trim()
    if (message) return message.replace(/\.$/, '')
  }
  return String(error)
}

export type PostgresTarget = { host: string; port: string; database: string; user: string }

export function describeTarget(target: PostgresTarget): string {
  return `${target.host}:${target.port}`
}

/** Parses DATABASE_URL far enough to reject it early and to name the server in messages (never the password). */
export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch (error) {
    throw new DatabaseStartupError(
      `DATABASE_URL is not a valid URL; set it to postgres://user:password@host:5432/database, ${UNSET_HINT}.`,
      { cause: error },
    )
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new DatabaseStartupError(
      `DATABASE_URL must start with postgres:// or postgresql:// (it starts with ${parsed.protocol}//); fix it, ${UNSET_HINT}.`,
    )
  }
  const socketHost = parsed.searchParams.get('host')
  return {
    host: decodeURIComponent(parsed.hostname) || socketHost || 'localhost',
    port: parsed.port || '5432',
    database:
      decodeURIComponent(parsed.pathname.replace(/^\//, '')) ||
      decodeURIComponent(parsed.username) ||
      'postgres',
    user: decodeURIComponent(parsed.username) || 'postgres',
  }
}

/** Turns a node-postgres connection failure into one actionable sentence. */
export function postgresStartupError(error: unknown, target: PostgresTarget): DatabaseStartupError {
  const where = describeTarget(target)
  const codes = errorCodes(error)
  const message = errorMessage(error)
  const has = (...wanted: string[]) => wanted.some((code) => codes.includes(code))
  const make = (text: string) => new DatabaseStartupError(text, { cause: error })

  if (has('ECONNREFUSED')) {
    return make(
      `Cannot reach PostgreSQL at ${where} (connection refused). Start the server or fix DATABASE_URL, ${UNSET_HINT}.`,
    )
  }
  if (has('ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL')) {
    return make(
      `Cannot reach PostgreSQL at ${where} (the host name "${target.host}" does not resolve). Fix the host in DATABASE_URL, ${UNSET_HINT}.`,
    )
  }
  if (has('ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH') || /timeout/i.test(message)) {
    return make(
      `Cannot reach PostgreSQL at ${where} (no answer in time). Check that the server is running and reachable, fix DATABASE_URL, ${UNSET_HINT}.`,
    )
  }
  if (has('28P01', '28000') || /password|authentication/i.test(message)) {
    return make(
      `PostgreSQL at ${where} rejected user "${target.user}" (authentication failed). Fix the user name and password in DATABASE_URL, ${UNSET_HINT}.`,
    )
  }
  if (has('3D000')) {
    return make(
      `The database "${target.database}" does not exist on PostgreSQL at ${where}. Create it (createdb ${target.database}) or fix the database name in DATABASE_URL, ${UNSET_HINT}.`,
    )
  }
  return make(`Cannot connect to PostgreSQL at ${where} (${message}). Fix DATABASE_URL, ${UNSET_HINT}.`)
}

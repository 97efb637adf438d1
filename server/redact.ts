// Log lines never carry secrets (issue 12 item 7). A failing query's error from drizzle reads
// "Failed query: select … where token = $1\nparams: <the raw session token>", and better-auth looks sessions up by
// token, so one database outage once wrote the session tokens of every visitor to the log. The query text stays (it
// is what an operator needs); the parameter values go, and so does anything shaped like a token.

/** Bound parameters of a failed query, up to the end of the line. */
const PARAMS = /(params:)[^\n]*/gi
/** Long opaque strings: session tokens (32 chars), invitation ids (64 hex), API keys, JWT segments. */
const TOKEN_LIKE = /\b[A-Za-z0-9_-]{32,}\b/g

export function redactSecrets(text: string): string {
  return text.replace(PARAMS, '$1 [redacted]').replace(TOKEN_LIKE, '[redacted]')
}

/** One line describing an error and its causes, redacted. */
export function describeError(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code
      parts.push(`${current.name}${typeof code === 'string' ? ` ${code}` : ''}: ${current.message}`)
      current = current.cause
    } else {
      parts.push(String(current))
      break
    }
  }
  // Each part on its own: a query's `params:` runs to the end of its line, and joined on one line it would take
  // the causes after it (the driver's error, what an operator needs during an outage) with it.
  return parts.map(redactSecrets).join(' ← ')
}

/**
 * Redacts `error` and its causes in place — message, stack and a failed query's `params` (util.inspect, which
 * Next.js uses to log errors, prints own properties) — and returns it. Codes and classes stay, so a transient
 * failure is still recognised as one.
 */
export function redactError<E>(error: E): E {
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const record = current as { message?: unknown; stack?: unknown; params?: unknown; cause?: unknown }
    try {
      if (typeof record.message === 'string') record.message = redactSecrets(record.message)
      if (typeof record.stack === 'string') record.stack = redactSecrets(record.stack)
      if (Array.isArray(record.params)) record.params = record.params.map(() => '[redacted]')
    } catch {
      // A frozen error keeps its text; nothing better to do.
    }
    current = record.cause
  }
  return error
}

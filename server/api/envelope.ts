import 'server-only'
// What every /api/v1 answer shares, whether or not a key is involved (handler.ts for the routes; methods.ts for
// methods a route lacks; the catch-all route for paths none has): the request id, Server-Timing with the number of
// queries, problem+json for every error, and one structured log line.
import { randomUUID } from 'node:crypto'
import { countQueries } from '@/db/query-stats'
import { DatabaseStartupError } from '@/db/startup-error'
import { isTransientDatabaseError } from '@/db/transient-error'
import { logger } from './logger'
import { ProblemError, problemResponse } from './problem'

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/** How long a client should wait before retrying while the database is unreachable (/api/ready is 503 meanwhile). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5

export type Envelope = {
  requestId: string
  url: URL
  /** Headers added to whatever the answer is (the rate-limit headers, once the key's budget was taken). */
  extraHeaders: Record<string, string>
  /** Set once the key is known: the log line names it (its prefix) and its organization. */
  caller: { apiKey: string; organizationId: string } | null
}

/** The client's X-Request-Id when it is a sane one, else a fresh one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID()
}

type Outcome = { response: Response; level: 'info' | 'warn' | 'error'; message: string; fields?: object }

function outcomeOf(error: unknown, request: Request, envelope: Envelope): Outcome {
  const where = { requestId: envelope.requestId, instance: envelope.url.pathname }
  // A client that went away: nobody reads the answer, and it is not a failure of ours (a body stream that errors
  // because the socket closed looks like ECONNRESET, which would otherwise pass for a database error below).
  if (
    (error instanceof ProblemError && error.kind === 'client-closed-request') ||
    (request.signal.aborted && !(error instanceof ProblemError))
  ) {
    return {
      response: problemResponse('client-closed-request', undefined, where),
      level: 'warn',
      message: 'api request aborted by the client',
      fields: { aborted: true },
    }
  }
  if (error instanceof ProblemError) {
    return {
      response: problemResponse(error.kind, error.detail, {
        ...where,
        ...(error.options.errors && { errors: error.options.errors }),
        headers: error.options.headers,
      }),
      level: 'info',
      message: 'api request',
    }
  }
  // The database is down, restarting or unreachable: the same request may well succeed in a moment, as /api/ready
  // tells the load balancer. Not a bug: 503 with Retry-After, not 500.
  if (isTransientDatabaseError(error) || error instanceof DatabaseStartupError) {
    return {
      response: problemResponse(
        'unavailable',
        'The database is not reachable right now; try again shortly.',
        { ...where, headers: { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_SECONDS) } },
      ),
      level: 'error',
      message: 'api request failed: database unavailable',
      fields: { err: error },
    }
  }
  return {
    response: problemResponse(
      'internal',
      'Something went wrong on our side; the request id helps us find it.',
      where,
    ),
    level: 'error',
    message: 'api request failed',
    fields: { err: error },
  }
}

/** Runs `answer` inside the envelope: any error it throws becomes its problem+json answer and log line. */
export async function withEnvelope(
  request: Request,
  answer: (envelope: Envelope) => Promise<Response>,
): Promise<Response> {
  const started = performance.now()
  const envelope: Envelope = {
    requestId: requestIdFrom(request.headers.get('x-request-id')),
    url: new URL(request.url),
    extraHeaders: {},
    caller: null,
  }
  const stats = { queries: 0 }
  const outcome = await countQueries(stats, async (): Promise<Outcome> => {
    try {
      return { response: await answer(envelope), level: 'info', message: 'api request' }
    } catch (error) {
      return outcomeOf(error, request, envelope)
    }
  })
  const ms = performance.now() - started
  const final = outcome.response
  final.headers.set('x-request-id', envelope.requestId)
  for (const [name, value] of Object.entries(envelope.extraHeaders)) final.headers.set(name, value)
  final.headers.set('server-timing', `app;dur=${ms.toFixed(2)}, db;desc="${stats.queries} queries"`)
  const line = {
    requestId: envelope.requestId,
    method: request.method,
    path: envelope.url.pathname,
    status: final.status,
    ms: Math.round(ms * 100) / 100,
    dbQueries: stats.queries,
    ...envelope.caller,
    ...outcome.fields,
  }
  logger[outcome.level](line, outcome.message)
  return final
}

import 'server-only'
// The one wrapper every /api/v1 route handler goes through: request id, API-key authentication and permission,
// per-key rate limit, body size limit and JSON parsing, problem+json for every error, one structured log line.
// Handlers stay thin: parse with the shared zod schemas → db/ and lib/ → JSON.
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { getDb } from '@/db/client'
import type { Db } from '@/db/connection'
import type { ApiKeyIdentity } from '@/db/dal/api-keys'
import { countQueries } from '@/db/query-stats'
import type { ApiKeyPermission } from '@/lib/api/api-key-schema'
import { bearerToken, identifyKey, takeRequest, type RateDecision } from './key-auth'
import { jsonResponse } from './json-response'
import { logger } from './logger'
import { ProblemError, problemResponse, zodFieldErrors, type ProblemKind } from './problem'

export const MAX_BODY_BYTES = 256 * 1024

export type ApiContext = {
  requestId: string
  key: ApiKeyIdentity
  db: Db
  now: Date
  url: URL
  request: Request
  params: Record<string, string>
}

type RouteContext = { params?: Promise<Record<string, string | string[]> | undefined> }

export type ApiRouteOptions = {
  /** The key needs at least one of these. */
  permissions: ApiKeyPermission[]
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

function rateHeaders(rate: RateDecision): Record<string, string> {
  // draft-ietf-httpapi-ratelimit-headers: the policy, and what is left of it now.
  return {
    'ratelimit-policy': `"per-key";q=${rate.limit};w=60`,
    ratelimit: `"per-key";r=${rate.remaining};t=${rate.resetSeconds}`,
  }
}

async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) throw new ProblemError('unsupported-media-type')
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (declared > MAX_BODY_BYTES) throw new ProblemError('payload-too-large')
  const reader = request.body?.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => {})
        throw new ProblemError('payload-too-large')
      }
      chunks.push(value)
    }
  }
  const text = Buffer.concat(chunks).toString('utf8')
  try {
    return JSON.parse(text)
  } catch {
    throw new ProblemError('malformed-json', 'The request body could not be parsed as JSON.')
  }
}

/** Parses with a shared schema; a failure becomes a 400 problem listing each field path and message. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    throw new ProblemError('validation', 'Some fields are not valid; see errors.', {
      errors: zodFieldErrors(parsed.error, prefix),
    })
  }
  return parsed.data
}

/** The search params as a plain object (a repeated parameter is a validation error, not silently the first one). */
export function queryObject(url: URL): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of url.searchParams) {
    const previous = out[name]
    out[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  return out
}

export function json(
  body: unknown,
  init: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return jsonResponse(body, {
    status: init.status ?? 200,
    contentType: 'application/json',
    headers: init.headers,
  })
}

export type ApiHandler = (context: ApiContext & { body: () => Promise<unknown> }) => Promise<Response>

export function apiRoute(options: ApiRouteOptions, handler: ApiHandler) {
  return async (request: Request, route?: RouteContext): Promise<Response> => {
    const started = performance.now()
    const incoming = request.headers.get('x-request-id')
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    const url = new URL(request.url)
    const stats = { queries: 0 }
    let caller: { apiKey: string; organizationId: string } | null = null
    let response: Response
    let failure: unknown = null
    const extraHeaders: Record<string, string> = {}
    await countQueries(stats, async () => {
      try {
        const declared = Number(request.headers.get('content-length') ?? '0')
        if (declared > MAX_BODY_BYTES) throw new ProblemError('payload-too-large')
        const secret = bearerToken(request.headers.get('authorization'))
        if (!secret) {
          throw new ProblemError('unauthorized', 'Send an API key as "Authorization: Bearer <key>".', {
            headers: { 'www-authenticate': 'Bearer realm="horarios"' },
          })
        }
        const db = await getDb()
        const now = new Date()
        const key = await identifyKey(db, secret, now.getTime())
        if (!key) {
          throw new ProblemError('unauthorized', 'The API key is not valid or has been revoked.', {
            headers: { 'www-authenticate': 'Bearer realm="horarios", error="invalid_token"' },
          })
        }
        const identity: ApiKeyIdentity = key
        caller = { apiKey: key.prefix, organizationId: key.organizationId }
        if (!options.permissions.some((permission) => identity.permissions.includes(permission))) {
          throw new ProblemError(
            'forbidden',
            `This request needs the ${options.permissions.map((p) => `"${p}"`).join(' or ')} permission.`,
          )
        }
        const rate = await takeRequest(db, identity, now)
        Object.assign(extraHeaders, rateHeaders(rate))
        if (!rate.allowed) {
          throw new ProblemError(
            'rate-limited',
            `This key may make ${rate.limit} requests per minute; try again in ${rate.resetSeconds} s.`,
            { headers: { 'retry-after': String(rate.resetSeconds) } },
          )
        }
        // Next passes no params for routes without dynamic segments.
        const raw = (await route?.params) ?? {}
        const params = Object.fromEntries(
          Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value.join('/') : value]),
        )
        response = await handler({
          requestId,
          key: identity,
          db,
          now,
          url,
          request,
          params,
          body: () => readJson(request),
        })
      } catch (error) {
        if (error instanceof ProblemError) {
          response = problemResponse(error.kind, error.detail, {
            requestId,
            instance: url.pathname,
            ...(error.options.errors && { errors: error.options.errors }),
            headers: error.options.headers,
          })
        } else {
          failure = error
          response = problemResponse(
            'internal',
            'Something went wrong on our side; the request id helps us find it.',
            {
              requestId,
              instance: url.pathname,
            },
          )
        }
      }
    })
    const ms = performance.now() - started
    const final = response!
    final.headers.set('x-request-id', requestId)
    for (const [name, value] of Object.entries(extraHeaders)) final.headers.set(name, value)
    final.headers.set('server-timing', `app;dur=${ms.toFixed(2)}, db;desc="${stats.queries} queries"`)
    const line = {
      requestId,
      method: request.method,
      path: url.pathname,
      status: final.status,
      ms: Math.round(ms * 100) / 100,
      dbQueries: stats.queries,
      ...(caller as { apiKey: string; organizationId: string } | null),
    }
    if (failure) logger.error({ ...line, err: failure }, 'api request failed')
    else logger.info(line, 'api request')
    return final
  }
}

export function notFound(detail: string): never {
  throw new ProblemError('not-found', detail)
}

export function fail(kind: ProblemKind, detail?: string, headers?: Record<string, string>): never {
  throw new ProblemError(kind, detail, { headers })
}

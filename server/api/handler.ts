import 'server-only'
// The one wrapper every /api/v1 route handler goes through: API-key authentication and permission, per-key rate
// limit, body size limit and JSON parsing (request-body.ts), inside the envelope every answer shares (envelope.ts:
// request id, problem+json for every error, one structured log line). Handlers stay thin: parse with the shared zod
// schemas → db/ and lib/ → JSON. Methods a route lacks answer from methods.ts.
import type { z } from 'zod'
import { getDb } from '@/db/client'
import type { Db } from '@/db/connection'
import type { ApiKeyIdentity } from '@/db/dal/api-keys'
import type { ApiKeyPermission } from '@/lib/api/api-key-schema'
import { clientAddress } from '@/server/client-address'
import { withEnvelope } from './envelope'
import { bearerToken, identifyKey, takeRequest, type RateDecision } from './key-auth'
import { jsonResponse } from './json-response'
import { ProblemError, zodFieldErrors, type ProblemKind } from './problem'
import { MAX_BODY_BYTES, readJson } from './request-body'

export { MAX_BODY_BYTES } from './request-body'

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

function rateHeaders(rate: RateDecision): Record<string, string> {
  // draft-ietf-httpapi-ratelimit-headers: the policy, and what is left of it now.
  return {
    'ratelimit-policy': `"per-key";q=${rate.limit};w=60`,
    ratelimit: `"per-key";r=${rate.remaining};t=${rate.resetSeconds}`,
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

/**
 * The route's params; Next.js passes none for routes without dynamic segments. Next.js has decoded them already: a
 * segment that is not valid percent-encoding never gets this far (raw-request-guard.ts answers it).
 */
async function routeParams(route: RouteContext | undefined): Promise<Record<string, string>> {
  const raw = (await route?.params) ?? {}
  return Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [name, Array.isArray(value) ? value.join('/') : value]),
  )
}

export function apiRoute(options: ApiRouteOptions, handler: ApiHandler) {
  return (request: Request, route?: RouteContext): Promise<Response> =>
    withEnvelope(request, async (envelope) => {
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
      const lookup = await identifyKey(db, secret, now, clientAddress(request.headers))
      if ('retryAfterSeconds' in lookup) {
        throw new ProblemError(
          'too-many-invalid-keys',
          `Too many requests with unknown API keys came from this address; try again in ${lookup.retryAfterSeconds} s.`,
          { headers: { 'retry-after': String(lookup.retryAfterSeconds) } },
        )
      }
      const key = lookup.identity
      if (!key) {
        throw new ProblemError('unauthorized', 'The API key is not valid or has been revoked.', {
          headers: { 'www-authenticate': 'Bearer realm="horarios", error="invalid_token"' },
        })
      }
      envelope.caller = { apiKey: key.prefix, organizationId: key.organizationId }
      if (!options.permissions.some((permission) => key.permissions.includes(permission))) {
        throw new ProblemError(
          'forbidden',
          `This request needs the ${options.permissions.map((p) => `"${p}"`).join(' or ')} permission.`,
        )
      }
      const rate = await takeRequest(db, key, now)
      Object.assign(envelope.extraHeaders, rateHeaders(rate))
      if (!rate.allowed) {
        throw new ProblemError(
          'rate-limited',
          `This key may make ${rate.limit} requests per minute; try again in ${rate.resetSeconds} s.`,
          { headers: { 'retry-after': String(rate.resetSeconds) } },
        )
      }
      return handler({
        requestId: envelope.requestId,
        key,
        db,
        now,
        url: envelope.url,
        request,
        params: await routeParams(route),
        body: () => readJson(request),
      })
    })
}

export function notFound(detail: string): never {
  throw new ProblemError('not-found', detail)
}

export function fail(kind: ProblemKind, detail?: string, headers?: Record<string, string>): never {
  throw new ProblemError(kind, detail, { headers })
}

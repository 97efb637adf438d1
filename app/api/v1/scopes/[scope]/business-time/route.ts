// GET /api/v1/scopes/{scope}/business-time?from=&to=&of= — open time between two instants (issue 26 item 6, §4.1).
import { BusinessTimeQuerySchema } from '@/lib/api/business-time-schemas'
import { ScopeIdSchema } from '@/lib/api/api-schemas'
import { businessTimeBetween } from '@/lib/api/business-time'
import { BUSINESS_TIME_HORIZON_DAYS, BUSINESS_TIME_HORIZON_MS } from '@/lib/schedule/business-time'
import { apiRoute, json, parseWith, queryObject } from '@/server/api/handler'
import { ProblemError } from '@/server/api/problem'
import { businessTimeScope } from '@/server/api/business-time-scope'
import { otherMethods } from '@/server/api/methods'

export const GET = apiRoute(
  { permissions: ['routing:read', 'settings:read'] },
  async ({ db, key, url, params }) => {
    const scopeId = parseWith(ScopeIdSchema, params.scope, 'scope')
    const query = parseWith(BusinessTimeQuerySchema, queryObject(url))
    const from = new Date(query.from)
    const to = new Date(query.to)
    // The API answers in non-negative counts (the lib's diff is antisymmetric; ask with from and to swapped).
    const span = to.getTime() - from.getTime()
    if (span < 0 || span > BUSINESS_TIME_HORIZON_MS) {
      const message =
        span < 0 ? 'Must be at or after from' : `At most ${BUSINESS_TIME_HORIZON_DAYS} days after from`
      throw new ProblemError('validation', message, { errors: [{ path: 'to', message }] })
    }
    const of = query.of ?? 'business'
    const { scope, schedule, timeZone } = await businessTimeScope(db, key.organizationId, scopeId, of)
    return json({
      scope,
      of,
      timeZone,
      from: from.toISOString(),
      to: to.toISOString(),
      ...businessTimeBetween(schedule, from, to),
    })
  },
)

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET })

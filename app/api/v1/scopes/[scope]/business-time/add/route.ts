// GET /api/v1/scopes/{scope}/business-time/add?at=&minutes=&of= — the instant N business minutes after another
// (issue 26 item 6, §4.1).
import { BusinessTimeAddQuerySchema } from '@/lib/api/business-time-schemas'
import { MAX_API_INSTANT, ScopeIdSchema } from '@/lib/api/api-schemas'
import { businessTimeAdd } from '@/lib/api/business-time'
import { apiRoute, json, parseWith, queryObject } from '@/server/api/handler'
import { businessTimeScope } from '@/server/api/business-time-scope'
import { otherMethods } from '@/server/api/methods'

// The search stops at the end of the API's window of instants (beyond it an answer has no four-digit year).
const SEARCH_UNTIL = new Date(Date.parse(MAX_API_INSTANT) + 1)

export const GET = apiRoute(
  { permissions: ['routing:read', 'settings:read'] },
  async ({ db, key, url, params }) => {
    const scopeId = parseWith(ScopeIdSchema, params.scope, 'scope')
    const query = parseWith(BusinessTimeAddQuerySchema, queryObject(url))
    const at = new Date(query.at)
    const of = query.of ?? 'business'
    const { scope, schedule, timeZone } = await businessTimeScope(db, key.organizationId, scopeId, of)
    const result = businessTimeAdd(schedule, at, query.minutes, SEARCH_UNTIL)
    return json({
      scope,
      of,
      timeZone,
      at: at.toISOString(),
      minutes: query.minutes,
      result: result?.toISOString() ?? null,
    })
  },
)

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET })

// GET /api/v1/scopes/{scope}/effective-hours?from=&to= — concrete business and assistant hours (issue 14).
import { EffectiveHoursQuerySchema, ScopeIdSchema } from '@/lib/api/api-schemas'
import { checkDateRange, effectiveHours, MAX_EFFECTIVE_HOURS_DAYS } from '@/lib/api/effective-hours'
import { apiRoute, json, notFound, parseWith, queryObject } from '@/server/api/handler'
import { ProblemError } from '@/server/api/problem'
import { scopeRef } from '@/server/api/decisions'
import { findScope, organizationRouting } from '@/server/api/routing-state'
import { otherMethods } from '@/server/api/methods'

const RANGE_MESSAGES = {
  invalid_from: ['from', 'Expected a real date YYYY-MM-DD'],
  invalid_to: ['to', 'Expected a real date YYYY-MM-DD'],
  to_before_from: ['to', 'Must be on or after from'],
  range_too_long: ['to', `At most ${MAX_EFFECTIVE_HOURS_DAYS} days from from (inclusive)`],
} as const

export const GET = apiRoute(
  { permissions: ['routing:read', 'settings:read'] },
  async ({ db, key, url, params }) => {
    const scopeId = parseWith(ScopeIdSchema, params.scope, 'scope')
    const { from, to } = parseWith(EffectiveHoursQuerySchema, queryObject(url))
    const rangeError = checkDateRange(from, to)
    if (rangeError) {
      const [path, message] = RANGE_MESSAGES[rangeError]
      throw new ProblemError('validation', message, { errors: [{ path, message }] })
    }
    const scope = findScope(await organizationRouting(db, key.organizationId), scopeId)
    if (!scope) notFound(`No scope "${scopeId}" in this organization.`)
    return json({ scope: scopeRef(scope), ...effectiveHours(scope.config, from, to) })
  },
)

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET })

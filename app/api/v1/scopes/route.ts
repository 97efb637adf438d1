// GET /api/v1/scopes — General and each department (issue 14).
import { apiRoute, json } from '@/server/api/handler'
import { organizationRouting } from '@/server/api/routing-state'
import { otherMethods } from '@/server/api/methods'

export const GET = apiRoute({ permissions: ['routing:read', 'settings:read'] }, async ({ db, key }) => {
  const routing = await organizationRouting(db, key.organizationId)
  return json({
    scopes: routing.scopes.map((scope) => ({
      id: scope.id,
      name: scope.name,
      usesGeneral: scope.departmentId !== null && scope.settings.usesGeneral,
      timeZone: scope.config.business.timeZone,
      version: scope.settings.version,
    })),
  })
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET })

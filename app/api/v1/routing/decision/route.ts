// GET /api/v1/routing/decision?scope=&at=&agentsOnline= — who answers a new conversation (issue 14, docs/behaviour.md §5).
import { DecisionQuerySchema } from '@/lib/api/api-schemas'
import { apiRoute, json, parseWith, queryObject } from '@/server/api/handler'
import { decideMany } from '@/server/api/decisions'
import { otherMethods } from '@/server/api/methods'

export const GET = apiRoute({ permissions: ['routing:read'] }, async ({ db, key, url, now }) => {
  const query = parseWith(DecisionQuerySchema, queryObject(url))
  const [decision] = await decideMany(db, key.organizationId, [query], now, 'decide', () => 'scope')
  return json(decision)
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET })

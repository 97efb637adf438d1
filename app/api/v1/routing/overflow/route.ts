// POST /api/v1/routing/overflow — docs/behaviour.md §5 "Desbordar": who takes a conversation the assistant hands over (issue 14).
import { DecisionRequestSchema } from '@/lib/api/api-schemas'
import { apiRoute, json, parseWith } from '@/server/api/handler'
import { decideMany } from '@/server/api/decisions'
import { otherMethods } from '@/server/api/methods'

export const POST = apiRoute({ permissions: ['routing:read'] }, async ({ db, key, now, body }) => {
  const input = parseWith(DecisionRequestSchema, await body())
  const [decision] = await decideMany(db, key.organizationId, [input], now, 'overflow', () => 'scope')
  return json(decision)
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST })

// POST /api/v1/routing/decisions — up to 200 decisions in one call, answered in order (issue 14).
import { BatchDecisionRequestSchema } from '@/lib/api/api-schemas'
import { apiRoute, json, parseWith } from '@/server/api/handler'
import { decideMany } from '@/server/api/decisions'
import { otherMethods } from '@/server/api/methods'

export const POST = apiRoute({ permissions: ['routing:read'] }, async ({ db, key, now, body }) => {
  const { requests } = parseWith(BatchDecisionRequestSchema, await body())
  const decisions = await decideMany(
    db,
    key.organizationId,
    requests,
    now,
    'decide',
    (i) => `requests.${i}.scope`,
  )
  return json({ decisions })
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods({ POST })

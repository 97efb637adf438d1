// PUT /api/v1/agents/load {"agents": [{"id", "activeChats"}]} — several agents' active chats at once, all or none
// (issue 17). An unknown agent anywhere → 404 naming it, nothing written.
import { setAgentLoads } from '@/db/queries'
import { LoadBatchBodySchema } from '@/lib/api/api-schemas'
import { agentLoadJson } from '@/server/api/agent-json'
import { apiRoute, json, parseWith } from '@/server/api/handler'
import { ProblemError } from '@/server/api/problem'
import { otherMethods } from '@/server/api/methods'

export const PUT = apiRoute({ permissions: ['presence:write'] }, async ({ key, body }) => {
  const { agents } = parseWith(LoadBatchBodySchema, await body())
  const result = await setAgentLoads(
    key.organizationId,
    agents.map((a) => ({ agentId: a.id, activeChats: a.activeChats })),
  )
  if (!result.ok) {
    throw new ProblemError(
      'not-found',
      `No agent ${result.missing.map((i) => `"${agents[i]!.id}"`).join(', ')} in this organization.`,
      { errors: result.missing.map((i) => ({ path: `agents.${i}.id`, message: 'Unknown agent' })) },
    )
  }
  return json({ agents: result.agents.map(agentLoadJson) })
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { GET, HEAD, OPTIONS, POST, DELETE, PATCH } = otherMethods({ PUT })

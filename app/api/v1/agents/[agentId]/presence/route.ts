// PUT /api/v1/agents/{agentId}/presence — the chat platform reports an agent online/away/offline (issue 14).
import { getAgent, setAgentPresence } from '@/db/queries'
import { AgentIdSchema, PresenceBodySchema } from '@/lib/api/api-schemas'
import { agentJson } from '@/server/api/agent-json'
import { apiRoute, json, notFound, parseWith } from '@/server/api/handler'
import { otherMethods } from '@/server/api/methods'

export const PUT = apiRoute({ permissions: ['presence:write'] }, async ({ key, params, body }) => {
  const agentId = parseWith(AgentIdSchema, params.agentId, 'agentId')
  const { presence } = parseWith(PresenceBodySchema, await body())
  // db/queries' setAgentPresence also tells every instance (change feed) so cached online counts refresh.
  if (!(await setAgentPresence(key.organizationId, agentId, presence)))
    notFound(`No agent "${agentId}" in this organization.`)
  const agent = await getAgent(key.organizationId, agentId)
  if (!agent) notFound(`No agent "${agentId}" in this organization.`)
  return json(agentJson(agent))
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { GET, HEAD, OPTIONS, POST, DELETE, PATCH } = otherMethods({ PUT })

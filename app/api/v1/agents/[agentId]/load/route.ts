// PUT /api/v1/agents/{agentId}/load {"activeChats": n} — the chat platform reports an agent's active chats on every
// assignment and closed chat (issue 17, docs/behaviour.md §5 capacity). Not audited. The answer comes after the
// write has committed and, when the agent's room flipped, after this instance's cached counts were dropped — so a
// decision asked after it sees it.
import { setAgentLoad } from '@/db/queries'
import { AgentIdSchema, LoadBodySchema } from '@/lib/api/api-schemas'
import { agentLoadJson } from '@/server/api/agent-json'
import { apiRoute, json, notFound, parseWith } from '@/server/api/handler'
import { otherMethods } from '@/server/api/methods'

export const PUT = apiRoute({ permissions: ['presence:write'] }, async ({ key, params, body }) => {
  const agentId = parseWith(AgentIdSchema, params.agentId, 'agentId')
  const { activeChats } = parseWith(LoadBodySchema, await body())
  const row = await setAgentLoad(key.organizationId, agentId, activeChats)
  if (!row) notFound(`No agent "${agentId}" in this organization.`)
  return json(agentLoadJson(row))
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { GET, HEAD, OPTIONS, POST, DELETE, PATCH } = otherMethods({ PUT })

// GET /api/v1/agents — the organization's agents, their presence, load and departments (issues 14, 17).
import { listAgents } from '@/db/dal/agents'
import { agentJson } from '@/server/api/agent-json'
import { apiRoute, json } from '@/server/api/handler'
import { otherMethods } from '@/server/api/methods'

export const GET = apiRoute({ permissions: ['routing:read', 'presence:write'] }, async ({ db, key }) => {
  const agents = await listAgents(db, key.organizationId)
  return json({ agents: agents.map(agentJson) })
})

// Every other method: 405 problem JSON with Allow (server/api/methods.ts).
export const { HEAD, OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods({ GET })

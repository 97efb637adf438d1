// GET /api/v1/agents — the organization's agents, their presence, load and departments (issues 14, 17).
import { listAgents } from '@/db/dal/agents'
import { agentJson } from '@/server/api/agent-json'
import { apiRoute, json } from '@/server/api/handler'

export const GET = apiRoute({ permissions: ['routing:read', 'presence:write'] }, async ({ db, key }) => {
  const agents = await listAgents(db, key.organizationId)
  return json({ agents: agents.map(agentJson) })
})

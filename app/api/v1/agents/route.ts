// GET /api/v1/agents — the organization's agents, their presence and departments (issue 14).
import { listAgents } from '@/db/dal/agents'
import { apiRoute, json } from '@/server/api/handler'

export const GET = apiRoute({ permissions: ['routing:read', 'presence:write'] }, async ({ db, key }) => {
  const agents = await listAgents(db, key.organizationId)
  return json({
    agents: agents.map((agent) => ({
      id: agent.id,
      name: agent.name,
      email: agent.email,
      presence: agent.presence,
      presenceUpdatedAt: agent.presenceUpdatedAt.toISOString(),
      departmentIds: agent.departmentIds,
    })),
  })
})

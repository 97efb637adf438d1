import 'server-only'
// The API's Agent and AgentLoad shapes (lib/api/api-schemas.ts), from db rows, for every /api/v1/agents route.
import type { AgentSummary } from '@/db/queries'
import type { AgentLoadRow } from '@/db/dal/agent-load'
import { isAvailable } from '@/lib/routing'

export function agentJson(agent: AgentSummary) {
  return {
    id: agent.id,
    name: agent.name,
    email: agent.email,
    presence: agent.presence,
    presenceUpdatedAt: agent.presenceUpdatedAt.toISOString(),
    departmentIds: agent.departmentIds,
    activeChats: agent.activeChats,
    maxActiveChats: agent.maxActiveChats,
    available: isAvailable(agent),
  }
}

export function agentLoadJson(row: AgentLoadRow) {
  return {
    id: row.id,
    activeChats: row.activeChats,
    maxActiveChats: row.maxActiveChats,
    available: row.available,
  }
}

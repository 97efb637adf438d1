'use server'
// Asesores and presence (issue 7; docs/behaviour.md §5 presence, §7 roles). Every action: parse → authorize → db → small typed
// result. The organization always comes from the session, never from the input.
import { revalidatePath } from 'next/cache'
import { defineAction } from '@/server/action-client'
import { can } from '@/lib/auth/permissions'
import {
  createAgent,
  deleteAgent,
  getAgent,
  getAgentByUserId,
  setAgentPresence,
  updateAgent,
  type AgentResult,
  type AgentSummary,
} from '@/db/queries'
import {
  CreateAgentSchema,
  DeleteAgentSchema,
  PresenceInputSchema,
  UpdateAgentSchema,
  type PresenceValue,
} from '@/lib/agents/agent-schema'
import type { ActionResult } from './action-result'

export type AgentDto = Omit<AgentSummary, 'presenceUpdatedAt'> & { presenceUpdatedAt: string }

function toDto(agent: AgentSummary): AgentDto {
  return { ...agent, presenceUpdatedAt: agent.presenceUpdatedAt.toISOString() }
}

function revalidate() {
  revalidatePath('/agents')
  revalidatePath('/preview')
}

/** Members set their own status (the agent linked to their user); admins set anyone's. */
export const setPresenceAction = defineAction({
  permission: { presence: ['update-own'] },
  schema: PresenceInputSchema,
  run: async (
    { agentId, presence },
    viewer,
  ): Promise<ActionResult<{ agentId: string; presence: PresenceValue; presenceUpdatedAt: string }>> => {
    if (!can(viewer.role, { presence: ['update-any'] })) {
      const own = await getAgentByUserId(viewer.organizationId, viewer.userId)
      if (own?.id !== agentId) {
        // Do not reveal whether an id exists in another organization.
        const exists = await getAgent(viewer.organizationId, agentId)
        return { ok: false, error: exists ? 'forbidden' : 'not_found' }
      }
    }
    const updated = await setAgentPresence(viewer.organizationId, agentId, presence)
    if (!updated) return { ok: false, error: 'not_found' }
    const agent = await getAgent(viewer.organizationId, agentId)
    if (!agent) return { ok: false, error: 'not_found' }
    revalidate()
    return {
      ok: true,
      data: { agentId, presence: agent.presence, presenceUpdatedAt: agent.presenceUpdatedAt.toISOString() },
    }
  },
})

function agentResult(result: AgentResult): ActionResult<AgentDto> {
  if (result.ok) {
    revalidate()
    return { ok: true, data: toDto(result.agent) }
  }
  switch (result.reason) {
    case 'not_found':
      return { ok: false, error: 'not_found' }
    case 'department_not_found':
      return { ok: false, error: 'invalid', fieldErrors: { departmentIds: 'departmentNotFound' } }
    case 'user_not_member':
      return { ok: false, error: 'invalid', fieldErrors: { userId: 'userNotMember' } }
    case 'user_already_linked':
      return { ok: false, error: 'invalid', fieldErrors: { userId: 'userAlreadyLinked' } }
  }
}

export const createAgentAction = defineAction({
  permission: { agents: ['manage'] },
  schema: CreateAgentSchema,
  run: async ({ email, userId, ...rest }, viewer) =>
    agentResult(
      await createAgent(viewer.organizationId, { ...rest, email: email || null, userId: userId || null }),
    ),
})

export const updateAgentAction = defineAction({
  permission: { agents: ['manage'] },
  schema: UpdateAgentSchema,
  run: async ({ agentId, email, userId, ...rest }, viewer) =>
    agentResult(
      await updateAgent(viewer.organizationId, agentId, {
        ...rest,
        email: email || null,
        userId: userId || null,
      }),
    ),
})

export const deleteAgentAction = defineAction({
  permission: { agents: ['manage'] },
  schema: DeleteAgentSchema,
  run: async ({ agentId }, viewer): Promise<ActionResult<{ agentId: string }>> => {
    const deleted = await deleteAgent(viewer.organizationId, agentId)
    if (!deleted) return { ok: false, error: 'not_found' }
    revalidate()
    return { ok: true, data: { agentId } }
  },
})

import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { requireViewer } from '@/server/session'
import { can } from '@/lib/auth/permissions'
import { getAgentByUserId, listAgents, listDepartments } from '@/db/queries'
import { listMembers } from '@/db/auth-queries'
import { AgentsView } from '@/components/agents/agents-view'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('agents.page'))('title') }
}

/** docs/behaviour.md §8 /agents — Asesores and presence: admins manage, every member sets their own status (§7). */
export default async function AgentsPage() {
  const viewer = await requireViewer({ agents: ['read'] })
  const canManage = can(viewer.role, { agents: ['manage'] })
  const [agents, departments, own, members] = await Promise.all([
    listAgents(viewer.organizationId),
    listDepartments(viewer.organizationId),
    getAgentByUserId(viewer.organizationId, viewer.userId),
    canManage ? listMembers(viewer.organizationId) : Promise.resolve([]),
  ])
  return (
    <AgentsView
      initialAgents={agents.map((a) => ({ ...a, presenceUpdatedAt: a.presenceUpdatedAt.toISOString() }))}
      departments={departments.map((d) => ({ id: d.id, name: d.name }))}
      members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email }))}
      ownAgentId={own?.id ?? null}
      canManage={canManage}
      canUpdateAny={can(viewer.role, { presence: ['update-any'] })}
      // eslint-disable-next-line react-hooks/purity -- the request time, rendered once on the server
      nowMs={Date.now()}
    />
  )
}

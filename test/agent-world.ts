// The agents the agent-action tests move (server/actions/agent-actions.test.ts), on top of the demo data: the demo
// staff member's own agent and a second staff member's agent, both in a department of their own so the live count
// depends only on them, and a Montaña agent for the other-organization cases.
import { eq } from 'drizzle-orm'
import type { Db } from '@/db/connection'
import * as dal from '@/db/dal/agents'
import { createDepartment } from '@/db/dal/departments'
import { user } from '@/db/schema'
import { DEMO_ORGANIZATIONS } from '@/db/seed'
import { DEMO, createMember, seedDemoData } from '@/test/action-harness'

export const AURORA: string = DEMO_ORGANIZATIONS.aurora.id
export const MONTANA: string = DEMO_ORGANIZATIONS.montana.id
/** A second Aurora staff member (the demo seed has one), linked to an agent of their own. */
export const OTHER_STAFF = { email: 'otra.asesora@tienda-aurora.co', password: 'Otra-asesora-2026' }

export type AgentWorld = {
  staffUser: string
  staffAgent: string
  otherAgent: string
  foreignAgent: string
  depA: string
}

export async function seedAgentWorld(db: Db): Promise<AgentWorld> {
  await seedDemoData(db)
  const [staff] = await db.select({ id: user.id }).from(user).where(eq(user.email, DEMO.staff.email))
  const staffUser = staff!.id
  // The demo staff member's own agent (Andrés Gómez, linked by e-mail in the seed).
  const own = await dal.getAgentByUserId(db, AURORA, staffUser)
  if (!own) throw new Error('demo staff agent missing')
  const dep = await createDepartment(db, AURORA, 'Equipo de pruebas')
  if (!dep.ok) throw new Error('department')
  const depA = dep.department.id
  const moved = await dal.updateAgent(db, AURORA, own.id, { departmentIds: [...own.departmentIds, depA] })
  if (!moved.ok) throw new Error(moved.reason)
  const otherStaffUser = await createMember(db, { orgId: AURORA, role: 'staff', ...OTHER_STAFF })
  const other = await dal.createAgent(db, AURORA, {
    name: 'Other Agent',
    userId: otherStaffUser,
    departmentIds: [depA],
  })
  if (!other.ok) throw new Error(other.reason)
  const [montanaAgent] = await dal.listAgents(db, MONTANA)
  if (!montanaAgent) throw new Error('demo Montaña agent missing')
  return { staffUser, staffAgent: own.id, otherAgent: other.agent.id, foreignAgent: montanaAgent.id, depA }
}

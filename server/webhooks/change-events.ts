// The payloads of settings.updated and presence.changed, read from what the change left in the database, with the
// dedupe key that makes every instance hearing the same change write one delivery.
import type { Db } from '@/db/connection'
import { getAgent } from '@/db/dal/agents'
import { listDepartments } from '@/db/dal/departments'
import { getSaveSummary } from '@/db/dal/webhook-routing-state'
import {
  changedSections,
  presenceChangedPayload,
  settingsUpdatedPayload,
  type WebhookPayload,
} from '@/lib/webhooks/events'
import { scopeKeyOf } from './webhook-ids'

export type SettingsSavedEvent = { departmentId: string | null; version: number }
export type ChangeEvent = { payload: WebhookPayload; dedupeKey: string }

/** The save's audit entry says what changed and who saved, whoever the caller (editor or API). */
export async function settingsUpdatedEvent(
  db: Db,
  organizationId: string,
  event: SettingsSavedEvent,
  now: Date,
): Promise<ChangeEvent | null> {
  const summary = await getSaveSummary(db, organizationId, event.departmentId, event.version)
  if (!summary) return null
  const payload = settingsUpdatedPayload(
    {
      scope: { departmentId: event.departmentId, name: summary.scopeName },
      version: event.version,
      actor: summary.actor,
      changedSections: changedSections(summary.changedFields),
    },
    now,
  )
  return { payload, dedupeKey: `settings|${scopeKeyOf(event.departmentId)}|${event.version}` }
}

export async function presenceChangedEvent(
  db: Db,
  organizationId: string,
  agentId: string,
  now: Date,
): Promise<ChangeEvent | null> {
  const agent = await getAgent(db, organizationId, agentId)
  if (!agent) return null
  const names = new Map((await listDepartments(db, organizationId)).map((d) => [d.id, d.name]))
  const payload = presenceChangedPayload(
    {
      agent: { id: agent.id, name: agent.name },
      departments: agent.departmentIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      presence: agent.presence,
    },
    now,
  )
  return { payload, dedupeKey: `presence|${agent.id}|${agent.presenceUpdatedAt.toISOString()}` }
}

import 'server-only'
// The scope and schedule both business-time routes answer for (issue 26 item 6): 404 for a scope the organization
// does not have, 400 naming `of` when the assistant's hours are asked of a scope without an assistant.
import type { Db } from '@/db/connection'
import { businessTimeSchedule, type BusinessTimeOf } from '@/lib/api/business-time'
import type { Schedule } from '@/lib/schedule/types'
import { scopeRef } from './decisions'
import { notFound } from './handler'
import { ProblemError } from './problem'
import { findScope, organizationRouting } from './routing-state'

export async function businessTimeScope(
  db: Db,
  organizationId: string,
  scopeId: string,
  of: BusinessTimeOf,
): Promise<{ scope: ReturnType<typeof scopeRef>; schedule: Schedule; timeZone: string }> {
  const scope = findScope(await organizationRouting(db, organizationId), scopeId)
  if (!scope) notFound(`No scope "${scopeId}" in this organization.`)
  const schedule = businessTimeSchedule(scope.config, of)
  if (schedule === null) {
    const message = `Scope "${scopeId}" has no assistant`
    throw new ProblemError('validation', message, { errors: [{ path: 'of', message }] })
  }
  return { scope: scopeRef(scope), schedule, timeZone: schedule.timeZone }
}

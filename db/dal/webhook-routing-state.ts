import 'server-only'
// What webhook events compare against or report (issue 15): the answer last announced per scope (routing.changed)
// and a save's summary from its audit entry (settings.updated). Every query filters by the organization id.
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { auditLog, webhookRoutingState } from '../schema'

export type RoutingState = {
  responder: string
  reason: string
  effectiveAt: Date
  nextTransitionAt: Date | null
}

/** Reads the scopes' states and locks them until the transaction ends (call inside db.transaction). */
export async function lockRoutingStates(
  tx: Db,
  organizationId: string,
  scopeKeys: string[],
): Promise<Map<string, RoutingState>> {
  if (scopeKeys.length === 0) return new Map()
  const rows = await tx
    .select({
      scopeKey: webhookRoutingState.scopeKey,
      responder: webhookRoutingState.responder,
      reason: webhookRoutingState.reason,
      effectiveAt: webhookRoutingState.effectiveAt,
      nextTransitionAt: webhookRoutingState.nextTransitionAt,
    })
    .from(webhookRoutingState)
    .where(
      and(
        eq(webhookRoutingState.organizationId, organizationId),
        inArray(webhookRoutingState.scopeKey, scopeKeys),
      ),
    )
    .orderBy(webhookRoutingState.scopeKey)
    .for('update')
  return new Map(rows.map(({ scopeKey, ...state }) => [scopeKey, state]))
}

export async function saveRoutingStates(
  tx: Db,
  organizationId: string,
  states: (RoutingState & { scopeKey: string })[],
): Promise<void> {
  if (states.length === 0) return
  await tx
    .insert(webhookRoutingState)
    .values(states.map((state) => ({ organizationId, ...state })))
    .onConflictDoUpdate({
      target: [webhookRoutingState.organizationId, webhookRoutingState.scopeKey],
      set: {
        responder: sql`excluded.responder`,
        reason: sql`excluded.reason`,
        effectiveAt: sql`excluded.effective_at`,
        nextTransitionAt: sql`excluded.next_transition_at`,
      },
    })
}

export async function deleteRoutingStates(
  tx: Db,
  organizationId: string,
  scopeKeys: string[],
): Promise<void> {
  if (scopeKeys.length === 0) return
  await tx
    .delete(webhookRoutingState)
    .where(
      and(
        eq(webhookRoutingState.organizationId, organizationId),
        inArray(webhookRoutingState.scopeKey, scopeKeys),
      ),
    )
}

export async function deleteAllRoutingStates(tx: Db, organizationId: string): Promise<void> {
  await tx.delete(webhookRoutingState).where(eq(webhookRoutingState.organizationId, organizationId))
}

/** What a save changed (from its audit entry): the scope's name and the changed fields, for settings.updated. */
export async function getSaveSummary(
  db: Db,
  organizationId: string,
  departmentId: string | null,
  version: number,
): Promise<{
  scopeName: string
  changedFields: string[]
  actor: { userId: string | null; name: string }
} | null> {
  const [row] = await db
    .select({
      scopeName: auditLog.scopeName,
      changes: auditLog.changes,
      actorUserId: auditLog.actorUserId,
      actorName: auditLog.actorName,
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organizationId, organizationId),
        departmentId === null ? isNull(auditLog.departmentId) : eq(auditLog.departmentId, departmentId),
        // A restore is a save too (issue 16 item 1).
        inArray(auditLog.action, ['settings.update', 'settings.restore']),
        eq(auditLog.newVersion, version),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1)
  return row
    ? {
        scopeName: row.scopeName,
        changedFields: Object.keys(row.changes),
        actor: { userId: row.actorUserId, name: row.actorName },
      }
    : null
}

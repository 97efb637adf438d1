import 'server-only'
import { and, desc, eq, isNull, like, or, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { auditLog, scopeVersion, type AuditChanges } from '../schema'

export type AuditEntry = {
  id: number
  at: Date
  actorUserId: string | null
  actorName: string
  departmentId: string | null
  scopeName: string
  action: string
  changes: AuditChanges
  newVersion: number | null
  /** A restore ('settings.restore'): the version it brought back. */
  restoredVersion: number | null
  /** The version this entry made can be opened and restored (false: saved before snapshots existed, or none). */
  hasSnapshot: boolean
}

/** The scope's history, newest first. departmentId null = General's entries. */
export async function listAuditEntries(
  db: Db,
  organizationId: string,
  departmentId: string | null,
  limit = 50,
): Promise<AuditEntry[]> {
  const ofScope = <T extends typeof auditLog | typeof scopeVersion>(table: T) =>
    departmentId === null ? isNull(table.departmentId) : eq(table.departmentId, departmentId)
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorUserId: auditLog.actorUserId,
      actorName: auditLog.actorName,
      departmentId: auditLog.departmentId,
      scopeName: auditLog.scopeName,
      action: auditLog.action,
      changes: auditLog.changes,
      newVersion: auditLog.newVersion,
      restoredVersion: auditLog.restoredVersion,
      hasSnapshot: sql<boolean>`${scopeVersion.id} is not null`,
    })
    .from(auditLog)
    .leftJoin(
      scopeVersion,
      and(
        eq(scopeVersion.organizationId, organizationId),
        ofScope(scopeVersion),
        eq(scopeVersion.version, auditLog.newVersion),
      ),
    )
    .where(
      and(
        eq(auditLog.organizationId, organizationId),
        ofScope(auditLog),
        // A scope's history: its settings and its department. Organization-wide entries (API keys…) share the
        // table with a null department but are not General's history.
        or(like(auditLog.action, 'settings.%'), like(auditLog.action, 'department.%')),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(Math.max(1, Math.min(500, Math.floor(limit))))
}

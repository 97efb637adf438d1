import 'server-only'
import { and, desc, eq, isNull, like, or } from 'drizzle-orm'
import type { Db } from '../connection'
import { auditLog, type AuditChanges } from '../schema'

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
}

/** The scope's history, newest first. departmentId null = General's entries. */
export async function listAuditEntries(
  db: Db,
  organizationId: string,
  departmentId: string | null,
  limit = 50,
): Promise<AuditEntry[]> {
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
    })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.organizationId, organizationId),
        departmentId === null ? isNull(auditLog.departmentId) : eq(auditLog.departmentId, departmentId),
        // A scope's history: its settings and its department. Organization-wide entries (API keys…) share the
        // table with a null department but are not General's history.
        or(like(auditLog.action, 'settings.%'), like(auditLog.action, 'department.%')),
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(Math.max(1, Math.min(500, Math.floor(limit))))
}

import 'server-only'
// Departments (§3). A new department uses General and starts with a copy of General's configuration as its own.
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../connection'
import { auditLog, department, scopeSettings } from '../schema'
import { replaceScopeChildren, scopeColumns } from '../schedule-rows'
import { getScopeSettings } from './scopes'
import { pgErrorCode, type Actor } from './types'
import { departmentNameKey } from '@/lib/settings/department-name'

export type Department = { id: string; name: string; position: number }

export type DepartmentResult =
  | { ok: true; department: Department }
  | { ok: false; reason: 'not_found' }
  /** Another department's name is the same ignoring case, accents and spacing (`existingName` is how it's written). */
  | { ok: false; reason: 'duplicate_name'; existingName: string }

/** The department of the organization whose name has the same key (case/accent/space-insensitive), if any. */
async function sameNamed(tx: Db, organizationId: string, nameKey: string) {
  const [row] = await tx
    .select({ id: department.id, name: department.name })
    .from(department)
    .where(and(eq(department.organizationId, organizationId), eq(department.nameKey, nameKey)))
  return row ?? null
}

/** After ON CONFLICT DO NOTHING (the transaction is still usable): which department holds the name. */
async function duplicate(tx: Db, organizationId: string, nameKey: string, fallback: string) {
  const clash = await sameNamed(tx, organizationId, nameKey)
  return { ok: false, reason: 'duplicate_name', existingName: clash?.name ?? fallback } as const
}

const departmentColumns = { id: department.id, name: department.name, position: department.position }

export async function listDepartments(db: Db, organizationId: string): Promise<Department[]> {
  return db
    .select(departmentColumns)
    .from(department)
    .where(eq(department.organizationId, organizationId))
    .orderBy(department.position, department.name, department.id)
}

/** 'not_found' when the organization does not exist (or has no General scope to copy). */
export async function createDepartment(
  db: Db,
  organizationId: string,
  name: string,
  actor?: Actor,
): Promise<DepartmentResult> {
  return db.transaction(async (tx) => {
    const general = await getScopeSettings(tx, organizationId, null)
    if (!general) return { ok: false, reason: 'not_found' } as const
    const [created] = await tx
      .insert(department)
      .values({
        organizationId,
        name: name.trim(),
        nameKey: departmentNameKey(name),
        position: sql`(select coalesce(max(${department.position}) + 1, 0) from ${department} where ${department.organizationId} = ${organizationId})`,
      })
      .onConflictDoNothing({ target: [department.organizationId, department.nameKey] })
      .returning(departmentColumns)
    if (!created) return duplicate(tx, organizationId, departmentNameKey(name), name.trim())

    const [scope] = await tx
      .insert(scopeSettings)
      .values({
        organizationId,
        departmentId: created.id,
        usesGeneral: true,
        ...scopeColumns(general.config),
      })
      .returning({ id: scopeSettings.id })
    if (!scope) throw new Error('scope_settings insert returned no row')
    await replaceScopeChildren(tx, organizationId, scope.id, general.config)
    if (actor)
      await audit(tx, organizationId, created, 'department.create', actor, {
        name: { before: null, after: created.name },
      })
    return { ok: true, department: created } as const
  })
}

export async function renameDepartment(
  db: Db,
  organizationId: string,
  departmentId: string,
  name: string,
  actor?: Actor,
): Promise<DepartmentResult> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select(departmentColumns)
      .from(department)
      .where(and(eq(department.organizationId, organizationId), eq(department.id, departmentId)))
      .for('update')
    if (!before) return { ok: false, reason: 'not_found' } as const
    const nameKey = departmentNameKey(name)
    const clash = await sameNamed(tx, organizationId, nameKey)
    if (clash && clash.id !== departmentId)
      return { ok: false, reason: 'duplicate_name', existingName: clash.name } as const

    try {
      const [renamed] = await tx
        .update(department)
        .set({ name: name.trim(), nameKey })
        .where(and(eq(department.organizationId, organizationId), eq(department.id, departmentId)))
        .returning(departmentColumns)
      if (!renamed) return { ok: false, reason: 'not_found' } as const
      if (actor && renamed.name !== before.name) {
        await audit(tx, organizationId, renamed, 'department.rename', actor, {
          name: { before: before.name, after: renamed.name },
        })
      }
      return { ok: true, department: renamed } as const
    } catch (error) {
      // A concurrent insert of the same name slipped between the check and the update (the transaction is aborted
      // now, so the other department's spelling can't be read: the typed one stands in).
      if (pgErrorCode(error) === '23505')
        return { ok: false, reason: 'duplicate_name', existingName: name.trim() } as const
      throw error
    }
  })
}

/** Deletes the department with its scope, schedules and agent assignments (cascade). False when not found. */
export async function deleteDepartment(
  db: Db,
  organizationId: string,
  departmentId: string,
  actor?: Actor,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(department)
      .where(and(eq(department.organizationId, organizationId), eq(department.id, departmentId)))
      .returning(departmentColumns)
    if (!deleted) return false
    if (actor)
      await audit(tx, organizationId, deleted, 'department.delete', actor, {
        name: { before: deleted.name, after: null },
      })
    return true
  })
}

async function audit(
  tx: Db,
  organizationId: string,
  target: Department,
  action: string,
  actor: Actor,
  changes: Record<string, { before: unknown; after: unknown }>,
) {
  await tx.insert(auditLog).values({
    organizationId,
    actorUserId: actor.userId,
    actorName: actor.name,
    departmentId: target.id,
    scopeName: target.name,
    action,
    changes,
    newVersion: null,
  })
}

// Which scope and which version an action is about (the save, the restore). Ids are opaque (seeded slugs or UUIDs);
// versions are scope_settings.version values (PostgreSQL integer).
import { z } from 'zod'

/** null = General. */
export const DepartmentIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,128}$/)
  .nullable()

export const VersionSchema = z.number().int().min(1).max(2_147_483_647)

/** The Horarios editor of a scope (docs/behaviour.md §8). */
export function scopeHref(departmentId: string | null): string {
  return departmentId ? `/settings/schedules/${encodeURIComponent(departmentId)}` : '/settings/schedules'
}

/** One saved version of a scope, read-only, with its restore (docs/behaviour.md §6 › Versions, §8). */
export function versionHref(departmentId: string | null, version: number): string {
  return `${scopeHref(departmentId)}/versions/${version}`
}

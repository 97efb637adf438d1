// Which scope and which version an action is about (the save, the restore). Ids are opaque (seeded slugs or UUIDs);
// versions are scope_settings.version values (PostgreSQL integer).
import { z } from 'zod'

/** null = General. */
export const DepartmentIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,128}$/)
  .nullable()

export const VersionSchema = z.number().int().min(1).max(2_147_483_647)

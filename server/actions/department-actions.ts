'use server'

import { revalidatePath } from 'next/cache'
import { authorize, isAuthFailure } from '@/server/session'
import { createDepartment, deleteDepartment, renameDepartment } from '@/db/queries'
import {
  CreateDepartmentSchema,
  DeleteDepartmentSchema,
  RenameDepartmentSchema,
} from '@/lib/settings/department-schema'
import { fieldErrors, type ActionResult } from './action-result'

type DepartmentFailure = { ok: false; error: 'duplicate_name' }

export async function createDepartmentAction(
  input: unknown,
): Promise<ActionResult<{ departmentId: string }> | DepartmentFailure> {
  const viewer = await authorize({ settings: ['update'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = CreateDepartmentSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const result = await createDepartment(viewer.organizationId, parsed.data.name, {
    userId: viewer.userId,
    name: viewer.name,
  })
  if (!result.ok)
    return result.reason === 'duplicate_name'
      ? { ok: false, error: 'duplicate_name' }
      : { ok: false, error: 'not_found' }
  revalidatePath('/settings/schedules', 'layout')
  return { ok: true, data: { departmentId: result.department.id } }
}

export async function renameDepartmentAction(input: unknown): Promise<ActionResult | DepartmentFailure> {
  const viewer = await authorize({ settings: ['update'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = RenameDepartmentSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const result = await renameDepartment(viewer.organizationId, parsed.data.departmentId, parsed.data.name, {
    userId: viewer.userId,
    name: viewer.name,
  })
  if (!result.ok)
    return result.reason === 'duplicate_name'
      ? { ok: false, error: 'duplicate_name' }
      : { ok: false, error: 'not_found' }
  revalidatePath('/settings/schedules', 'layout')
  return { ok: true, data: undefined }
}

export async function deleteDepartmentAction(input: unknown): Promise<ActionResult> {
  const viewer = await authorize({ settings: ['update'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = DeleteDepartmentSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const deleted = await deleteDepartment(viewer.organizationId, parsed.data.departmentId, {
    userId: viewer.userId,
    name: viewer.name,
  })
  if (!deleted) return { ok: false, error: 'not_found' }
  revalidatePath('/settings/schedules', 'layout')
  return { ok: true, data: undefined }
}

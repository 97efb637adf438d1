'use server'

import { revalidatePath } from 'next/cache'
import { defineAction } from '@/server/action-client'
import { createDepartment, deleteDepartment, renameDepartment } from '@/db/queries'
import {
  CreateDepartmentSchema,
  DeleteDepartmentSchema,
  RenameDepartmentSchema,
} from '@/lib/settings/department-schema'
import type { ActionResult } from './action-result'

function revalidate() {
  revalidatePath('/settings/schedules', 'layout')
}

export const createDepartmentAction = defineAction({
  permission: { settings: ['update'] },
  schema: CreateDepartmentSchema,
  run: async (input, viewer): Promise<ActionResult<{ departmentId: string }>> => {
    const result = await createDepartment(viewer.organizationId, input.name, {
      userId: viewer.userId,
      name: viewer.name,
    })
    // A duplicate says how the existing department is written ("ventas" is refused beside "Ventas").
    if (!result.ok)
      return result.reason === 'duplicate_name'
        ? { ok: false, error: result.reason, existingName: result.existingName }
        : { ok: false, error: result.reason }
    revalidate()
    return { ok: true, data: { departmentId: result.department.id } }
  },
})

export const renameDepartmentAction = defineAction({
  permission: { settings: ['update'] },
  schema: RenameDepartmentSchema,
  run: async (input, viewer): Promise<ActionResult> => {
    const result = await renameDepartment(viewer.organizationId, input.departmentId, input.name, {
      userId: viewer.userId,
      name: viewer.name,
    })
    // A duplicate says how the existing department is written ("ventas" is refused beside "Ventas").
    if (!result.ok)
      return result.reason === 'duplicate_name'
        ? { ok: false, error: result.reason, existingName: result.existingName }
        : { ok: false, error: result.reason }
    revalidate()
    return { ok: true, data: undefined }
  },
})

export const deleteDepartmentAction = defineAction({
  permission: { settings: ['update'] },
  schema: DeleteDepartmentSchema,
  run: async (input, viewer): Promise<ActionResult> => {
    const deleted = await deleteDepartment(viewer.organizationId, input.departmentId, {
      userId: viewer.userId,
      name: viewer.name,
    })
    if (!deleted) return { ok: false, error: 'not_found' }
    revalidate()
    return { ok: true, data: undefined }
  },
})

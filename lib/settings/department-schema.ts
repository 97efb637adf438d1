import { z } from 'zod'

// Message values are keys of `schedules.departments.errors`.
export const DepartmentNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'nameRequired' })
  .max(100, { error: 'nameTooLong' })

export const CreateDepartmentSchema = z.strictObject({ name: DepartmentNameSchema })
export type CreateDepartmentInput = z.infer<typeof CreateDepartmentSchema>

export const RenameDepartmentSchema = z.strictObject({
  departmentId: z.string().min(1).max(100),
  name: DepartmentNameSchema,
})
export const DeleteDepartmentSchema = z.strictObject({ departmentId: z.string().min(1).max(100) })

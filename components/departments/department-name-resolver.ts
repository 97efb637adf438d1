import type { Resolver } from 'react-hook-form'
import type { CreateDepartmentInput } from '@/lib/settings/department-schema'

/** The department-name form's resolver, loaded lazily (see useLazyResolver): the schema the actions parse with. */
export async function loadDepartmentNameResolver(): Promise<Resolver<CreateDepartmentInput>> {
  const [{ zodResolver }, { CreateDepartmentSchema }] = await Promise.all([
    import('@hookform/resolvers/zod'),
    import('@/lib/settings/department-schema'),
  ])
  return zodResolver(CreateDepartmentSchema)
}

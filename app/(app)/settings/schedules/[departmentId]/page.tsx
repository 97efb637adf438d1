import { SchedulesScopePage, schedulesMetadata } from '../scope-page'

export const generateMetadata = schedulesMetadata

export default async function DepartmentSchedulesPage({
  params,
}: {
  params: Promise<{ departmentId: string }>
}) {
  const { departmentId } = await params
  return <SchedulesScopePage departmentId={departmentId} />
}

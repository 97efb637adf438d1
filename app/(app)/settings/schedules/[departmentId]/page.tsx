import { SchedulesScopePage, schedulesMetadata } from '../scope-page'

export const generateMetadata = schedulesMetadata

export default async function DepartmentSchedulesPage({
  params,
  searchParams,
}: {
  params: Promise<{ departmentId: string }>
  searchParams: Promise<{ history?: string | string[] }>
}) {
  const [{ departmentId }, { history }] = await Promise.all([params, searchParams])
  return <SchedulesScopePage departmentId={departmentId} history={history} />
}

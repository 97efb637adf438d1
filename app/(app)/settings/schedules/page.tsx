import { SchedulesScopePage, schedulesMetadata } from './scope-page'

export const generateMetadata = schedulesMetadata

export default async function GeneralSchedulesPage({
  searchParams,
}: {
  searchParams: Promise<{ history?: string | string[] }>
}) {
  const { history } = await searchParams
  return <SchedulesScopePage departmentId={null} history={history} />
}

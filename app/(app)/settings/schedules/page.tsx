import { SchedulesScopePage, schedulesMetadata } from './scope-page'

export const generateMetadata = schedulesMetadata

export default function GeneralSchedulesPage() {
  return <SchedulesScopePage departmentId={null} />
}

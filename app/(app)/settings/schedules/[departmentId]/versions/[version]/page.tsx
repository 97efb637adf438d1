import { SchedulesVersionPage, versionMetadata } from '../../../version-page'

export const generateMetadata = versionMetadata

export default async function DepartmentVersionPage({
  params,
}: {
  params: Promise<{ departmentId: string; version: string }>
}) {
  const { departmentId, version } = await params
  return <SchedulesVersionPage departmentId={departmentId} version={version} />
}

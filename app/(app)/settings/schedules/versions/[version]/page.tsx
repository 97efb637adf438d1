import { SchedulesVersionPage, versionMetadata } from '../../version-page'

export const generateMetadata = versionMetadata

export default async function GeneralVersionPage({ params }: { params: Promise<{ version: string }> }) {
  const { version } = await params
  return <SchedulesVersionPage departmentId={null} version={version} />
}

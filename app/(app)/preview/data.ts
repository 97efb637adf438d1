import 'server-only'
// Server-side data for the preview (issue 7): the routing inputs of every scope (configurations cached per
// organization, presence always fresh — db/dal/preview.ts), evaluated with lib/routing — the same
// pure functions the browser uses for instant what-ifs.
import { getRoutingInputsCached } from '@/db/preview-queries'
import { overviewRows, type OverviewRow } from '@/lib/preview/overview'
import { buildPreviewData, type PreviewData } from '@/lib/preview/page-data'

export async function loadPreview(
  organizationId: string,
  scopeParam: string | null,
  now: Date,
): Promise<PreviewData | null> {
  return buildPreviewData(await getRoutingInputsCached(organizationId), scopeParam, now)
}

/** The overview rows for the 30-second refresh. */
export async function loadOverview(organizationId: string, now: Date): Promise<OverviewRow[]> {
  return overviewRows(await getRoutingInputsCached(organizationId), now)
}

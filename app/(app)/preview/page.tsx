import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { requireViewer } from '@/server/session'
import { can } from '@/lib/auth/permissions'
import { parseAgentsParam, parseAtParam, parseLocalDate } from '@/lib/preview/time'
import { PreviewView } from '@/components/preview/preview-view'
import { loadPreview } from './data'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('preview.page'))('title') }
}

const one = (value: string | string[] | undefined): string | null =>
  typeof value === 'string' ? value : null

/** docs/behaviour.md §8 /preview — ¿Quién atiende? (admin, staff). State lives in the URL: scope, at (or date + time from the form), agents, room, from. */
export default async function PreviewPage({ searchParams }: PageProps<'/preview'>) {
  const viewer = await requireViewer({ preview: ['read'] })
  const params = await searchParams
  const now = new Date()
  const data = await loadPreview(viewer.organizationId, one(params.scope), now)
  if (!data) notFound()
  const tz = data.scope.config.business.timeZone
  // The controls are a GET form too (no JavaScript): it sends the moment as `date` + `time`, the links as `at`.
  const date = one(params.date)
  const time = one(params.time)
  const at = one(params.at) ?? (date !== null && time !== null ? `${date}T${time}` : null)
  const agents = one(params.agents)
  const from = one(params.from)
  const validAt = at !== null && parseAtParam(at, tz) !== null
  const validAgents = parseAgentsParam(agents)
  return (
    <PreviewView
      key={data.scope.key}
      scopes={data.scopes}
      scope={data.scope}
      companyName={viewer.organizationName}
      liveAgents={data.liveAgents}
      initialAt={validAt ? at : null}
      initialAgents={validAgents}
      initialRoom={validAgents === null ? null : parseAgentsParam(one(params.room))}
      invalidLink={{
        at: at !== null && !validAt ? at : null,
        agents: agents !== null && validAgents === null ? agents : null,
      }}
      initialFrom={from && parseLocalDate(from) ? from : null}
      nowMs={now.getTime()}
      initialRows={data.rows}
      settingsHref={
        !can(viewer.role, { settings: ['update'] })
          ? null
          : data.scope.departmentId
            ? `/settings/schedules/${data.scope.departmentId}`
            : '/settings/schedules'
      }
    />
  )
}

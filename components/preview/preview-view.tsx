'use client'

import { useCallback, useEffect, useId, useState, useTransition } from 'react'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useLocale, useTranslations } from 'next-intl'
import { RotateCcwIcon, SettingsIcon } from '@/components/ui/icons'
import type { OverviewRow } from '@/lib/preview/overview'
import type { AgentsInput, ScopeLoad } from '@/lib/routing'
import type { ScopeOption, SelectedScope } from '@/lib/preview/page-data'
import { instantToWall, parseAtParam, parseLocalDate } from '@/lib/preview/time'
import { formatLocalDate, parseTime, type LocalDate } from '@/lib/schedule/time'
import { localDateOf } from '@/lib/schedule/zone'
import { Button, buttonVariants } from '@/components/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { cn } from '@/lib/utils'
import { useHydrated } from '@/components/hooks/use-hydrated'
import { CoverageMap } from './coverage-map'
import { DecisionPanel } from './decision-panel'
import { StaffReplyCard } from './staff-reply-card'
import { isMessageLanguage, type MessageLanguage } from '@/lib/out-of-hours/phrases'
import { OverviewTable } from './overview-table'
import { AgentsFieldset } from './agents-fieldset'
import { MomentFieldset } from './moment-fieldset'
import { InvalidLinkAlert } from './invalid-link-alert'
import { ScopeSelect } from './scope-select'
import { useOverviewRefresh } from './use-overview-refresh'

export type { ScopeOption, SelectedScope }

export function PreviewView({
  scopes,
  scope,
  companyName,
  liveAgents,
  initialAt,
  initialAgents,
  initialRoom = null,
  initialFrom,
  invalidLink,
  nowMs,
  initialRows,
  settingsHref,
}: {
  scopes: ScopeOption[]
  scope: SelectedScope
  /** What {empresa} becomes in the out-of-hours message. */
  companyName: string
  liveAgents: ScopeLoad
  initialAt: string | null
  initialAgents: number | null
  /** What-if agents with room (`room` in the URL); null = all of the simulated agents. */
  initialRoom?: number | null
  initialFrom: string | null
  /** Raw `at` / `agents` values of the link that could not be read (shown as an error, never silently dropped). */
  invalidLink: { at: string | null; agents: string | null }
  nowMs: number
  initialRows: OverviewRow[]
  /** Where "Editar horarios" goes; null for viewers who cannot edit. */
  settingsHref: string | null
}) {
  const t = useTranslations('preview')
  const locale = useLocale()
  const router = useRouter()
  const id = useId()
  const [navigating, startNavigation] = useTransition()
  const tz = scope.config.business.timeZone
  // The viewer's own zone exists only in the browser (null in the server HTML).
  const viewerZone = useHydrated() ? Intl.DateTimeFormat().resolvedOptions().timeZone : null
  // The customer's language: which version of the out-of-hours message is shown, and the reply's language.
  const [customerLanguage, setCustomerLanguage] = useState<MessageLanguage>(
    isMessageLanguage(locale) ? locale : 'es',
  )

  // ---- state (mirrored into the URL) ----
  const [at, setAt] = useState<string | null>(initialAt)
  const [whatIf, setWhatIf] = useState<number | null>(initialAgents)
  const [whatIfRoom, setWhatIfRoom] = useState<number | null>(initialAgents === null ? null : initialRoom)
  const [from, setFrom] = useState<string | null>(initialFrom)
  const { rows, updatedAt, now, refreshing, failed } = useOverviewRefresh(initialRows, nowMs)

  // Drafts of the inputs (may be invalid while typing).
  const initialWall = instantToWall(initialAt ? (parseAtParam(initialAt, tz) ?? nowMs) : nowMs, tz)
  const [dateDraft, setDateDraft] = useState(initialWall.date)
  const [timeDraft, setTimeDraft] = useState(initialWall.time)
  const [agentsDraft, setAgentsDraft] = useState(String(initialAgents ?? liveAgents.online))
  const [roomDraft, setRoomDraft] = useState(String(initialRoom ?? initialAgents ?? liveAgents.available))

  const live = rows.find((r) => r.key === scope.key)?.agents ?? liveAgents
  // §5 capacity: the what-if's agents with room never exceed its agents online.
  const agents: AgentsInput =
    whatIf === null ? live : { online: whatIf, available: Math.min(whatIfRoom ?? whatIf, whatIf) }
  const moment = at ? parseAtParam(at, tz) : null
  const instant = moment ?? new Date(now)
  const coverageFrom: LocalDate = parseLocalDate(from) ?? localDateOf(instant, tz)

  const query = useCallback(
    (overrides: { scope?: string; keepAgents?: boolean } = {}) => {
      const params = new URLSearchParams()
      params.set('scope', overrides.scope ?? scope.key)
      if (at) params.set('at', at)
      if (whatIf !== null && overrides.keepAgents !== false) {
        params.set('agents', String(whatIf))
        if (whatIfRoom !== null) params.set('room', String(whatIfRoom))
      }
      if (from) params.set('from', from)
      return params.toString()
    },
    [scope.key, at, whatIf, whatIfRoom, from],
  )

  useEffect(() => {
    const next = `${window.location.pathname}?${query()}`
    if (`${window.location.pathname}${window.location.search}` !== next)
      window.history.replaceState(null, '', next)
  }, [query])

  // ---- handlers ----
  const changeScope = (key: string) => {
    startNavigation(() =>
      router.push(`/preview?${query({ scope: key, keepAgents: false })}`, { scroll: false }),
    )
  }

  const applyMoment = (date: string, time: string) => {
    setDateDraft(date)
    setTimeDraft(time)
    if (parseLocalDate(date) && parseTime(time) !== null) setAt(`${date}T${time}`)
  }
  const momentInvalid = at !== null && (parseLocalDate(dateDraft) === null || parseTime(timeDraft) === null)

  const setMode = (mode: string) => {
    if (mode === 'now') {
      setAt(null)
      return
    }
    const wall = instantToWall(now, tz)
    applyMoment(wall.date, wall.time)
  }

  // Until the viewer types a "con cupo" count, it follows the agents online (all of them have room).
  const applyAgents = (value: string, room = whatIfRoom) => {
    setAgentsDraft(value)
    if (room === null) setRoomDraft(value)
    if (/^\d{1,3}$/.test(value)) setWhatIf(Number(value))
  }
  const applyRoom = (value: string) => {
    setRoomDraft(value)
    if (/^\d{1,3}$/.test(value)) setWhatIfRoom(Number(value))
  }
  const agentsInvalid = whatIf !== null && !/^\d{1,3}$/.test(agentsDraft)
  const roomInvalid =
    whatIfRoom !== null && (!/^\d{1,3}$/.test(roomDraft) || Number(roomDraft) > Number(agentsDraft))

  const reset = () => {
    setAt(null)
    setWhatIf(null)
    setWhatIfRoom(null)
    setFrom(null)
    setAgentsDraft(String(live.online))
    setRoomDraft(String(live.available))
  }

  const displayName = scope.departmentId === null ? t('controls.general') : scope.name

  return (
    <div
      className={cn('flex flex-col gap-6 transition-opacity', navigating && 'opacity-60')}
      aria-busy={navigating}
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">{t('page.title')}</h1>
          <p className="mt-1 max-w-3xl text-sm text-muted-foreground">{t('page.description')}</p>
        </div>
        {settingsHref !== null && (
          <Link href={settingsHref} className={buttonVariants({ variant: 'outline', size: 'sm' })}>
            <SettingsIcon aria-hidden />
            {t('page.editSchedules')}
          </Link>
        )}
      </div>

      <InvalidLinkAlert at={invalidLink.at} agents={invalidLink.agents} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <Card aria-labelledby={`${id}-controls`} className="gap-5 self-start">
          <CardHeader>
            <CardTitle id={`${id}-controls`}>{t('controls.title')}</CardTitle>
          </CardHeader>
          {/* A GET form to this page: without JavaScript, Enter (or "Ver este momento") loads the chosen moment from the
              URL. With JavaScript every change already applies live, so submitting does nothing. */}
          <CardContent>
            <form
              method="get"
              action="/preview"
              className="flex flex-col gap-6"
              onSubmit={(e) => e.preventDefault()}
            >
              <input type="hidden" name="scope" value={scope.key} />
              {from !== null ? <input type="hidden" name="from" value={from} /> : null}
              <ScopeSelect
                id={`${id}-scope`}
                scopes={scopes}
                value={scope.key}
                label={displayName}
                onChange={changeScope}
              />

              <MomentFieldset
                id={id}
                custom={at !== null}
                dateDraft={dateDraft}
                timeDraft={timeDraft}
                invalid={momentInvalid}
                timeZone={tz}
                instant={instant}
                viewerZone={viewerZone}
                onMode={setMode}
                onMoment={applyMoment}
              />

              <AgentsFieldset
                id={id}
                live={live}
                whatIf={whatIf}
                draft={agentsDraft}
                roomDraft={roomDraft}
                invalid={agentsInvalid}
                roomInvalid={roomInvalid}
                onLive={() => {
                  setWhatIf(null)
                  setWhatIfRoom(null)
                }}
                onWhatIf={() => {
                  const full = live.available < live.online
                  setWhatIfRoom(full ? live.available : null)
                  applyAgents(String(live.online), full ? live.available : null)
                  if (full) setRoomDraft(String(live.available))
                }}
                onDraft={applyAgents}
                onRoomDraft={applyRoom}
              />

              {at !== null || whatIf !== null || from !== null ? (
                <Button variant="ghost" size="sm" className="w-fit" onClick={reset}>
                  <RotateCcwIcon aria-hidden />
                  {t('controls.reset')}
                </Button>
              ) : null}
              <noscript>
                <Button type="submit" size="sm" className="w-fit">
                  {t('controls.apply')}
                </Button>
              </noscript>
            </form>
          </CardContent>
        </Card>

        <DecisionPanel
          scopeName={displayName}
          usesGeneral={scope.usesGeneral}
          config={scope.config}
          assistantName={scope.assistantName}
          outOfHours={scope}
          language={customerLanguage}
          companyName={companyName}
          at={instant}
          agents={agents}
          live={whatIf === null}
          simulated={moment !== null}
          now={now}
        />
      </div>

      <StaffReplyCard
        key={scope.key}
        config={scope.config}
        agents={agents}
        at={instant}
        assistantName={scope.assistantName}
        now={nowMs}
        language={customerLanguage}
        onLanguageChange={setCustomerLanguage}
      />

      <CoverageMap
        scopeName={displayName}
        assistantName={scope.assistantName}
        config={scope.config}
        from={coverageFrom}
        onFromChange={(d) => setFrom(formatLocalDate(d))}
        today={localDateOf(now, tz)}
        now={now}
        moment={moment ? moment.getTime() : null}
        agentsNow={agents}
      />

      <OverviewTable
        rows={rows}
        selected={scope.key}
        updatedAt={updatedAt}
        refreshing={refreshing}
        failed={failed}
        hrefFor={(key) => `/preview?scope=${encodeURIComponent(key)}`}
      />
    </div>
  )
}

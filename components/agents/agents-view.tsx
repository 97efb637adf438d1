'use client'

import { useEffect, useMemo, useState, useTransition } from 'react'
import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { toast } from '@/components/ui/toast'
import { PlusIcon, UsersIcon } from '@/components/ui/icons'
import type { PresenceValue } from '@/lib/agents/agent-schema'
import { deleteAgentAction, setPresenceAction, type AgentDto } from '@/server/actions/agent-actions'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { AgentDialog, type DepartmentOption, type MemberOption } from './agent-dialog'
import { AgentsTable } from './agents-table'
import { PresenceSelect, RelativeTime } from './presence'

const CLOCK_MS = 30_000

export function AgentsView({
  initialAgents,
  departments,
  members,
  ownAgentId,
  canManage,
  canUpdateAny,
  nowMs,
}: {
  initialAgents: AgentDto[]
  departments: DepartmentOption[]
  members: MemberOption[]
  ownAgentId: string | null
  canManage: boolean
  canUpdateAny: boolean
  nowMs: number
}) {
  const t = useTranslations('agents')
  const [agents, setAgents] = useState(initialAgents)
  const [now, setNow] = useState(nowMs)
  const [editing, setEditing] = useState<{ agent: AgentDto | null } | null>(null)
  const [removing, setRemoving] = useState<AgentDto | null>(null)
  const [pendingIds, setPendingIds] = useState<ReadonlySet<string>>(new Set())
  const [, startTransition] = useTransition()

  // A server refresh (revalidatePath) brings new props: adopt them.
  const [seen, setSeen] = useState(initialAgents)
  if (seen !== initialAgents) {
    setSeen(initialAgents)
    setAgents(initialAgents)
  }
  useEffect(() => {
    const tick = () => setNow(Date.now())
    tick()
    const timer = window.setInterval(tick, CLOCK_MS)
    return () => window.clearInterval(timer)
  }, [])

  const own = agents.find((a) => a.id === ownAgentId) ?? null
  const counts = useMemo(() => {
    const c = { online: 0, away: 0, offline: 0 }
    for (const a of agents) c[a.presence] += 1
    return c
  }, [agents])

  const groups = useMemo(() => {
    const list = departments.map((d) => ({
      key: d.id,
      name: d.name,
      agents: agents.filter((a) => a.departmentIds.includes(d.id)),
    }))
    const none = agents.filter((a) => a.departmentIds.length === 0)
    if (none.length > 0) list.push({ key: '__none__', name: t('department.noDepartment'), agents: none })
    return list
  }, [agents, departments, t])

  const changePresence = (agent: AgentDto, presence: PresenceValue) => {
    if (presence === agent.presence) return
    const previous = agent
    setAgents((list) => list.map((a) => (a.id === agent.id ? { ...a, presence } : a)))
    setPendingIds((s) => new Set(s).add(agent.id))
    startTransition(async () => {
      const result = await setPresenceAction({ agentId: agent.id, presence })
      setPendingIds((s) => {
        const next = new Set(s)
        next.delete(agent.id)
        return next
      })
      if (result.ok) {
        setAgents((list) =>
          list.map((a) =>
            a.id === agent.id
              ? { ...a, presence: result.data.presence, presenceUpdatedAt: result.data.presenceUpdatedAt }
              : a,
          ),
        )
        setNow(Date.now())
        toast.success(t('toast.presence', { status: t(`presence.${result.data.presence}`) }))
        return
      }
      setAgents((list) => list.map((a) => (a.id === agent.id ? previous : a)))
      toast.error(t.has(`errors.${result.error}`) ? t(`errors.${result.error}`) : t('errors.unexpected'))
    })
  }

  const confirmRemove = (agent: AgentDto) => {
    startTransition(async () => {
      const result = await deleteAgentAction({ agentId: agent.id })
      setRemoving(null)
      if (result.ok || result.error === 'not_found') {
        setAgents((list) => list.filter((a) => a.id !== agent.id))
        if (result.ok) toast.success(t('toast.removed', { name: agent.name }))
        else toast.error(t('errors.not_found'))
        return
      }
      toast.error(t.has(`errors.${result.error}`) ? t(`errors.${result.error}`) : t('errors.unexpected'))
    })
  }

  const canChange = (agent: AgentDto) => canUpdateAny || agent.id === ownAgentId

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight">{t('page.title')}</h1>
          <p className="mt-1 max-w-3xl text-sm text-muted-foreground">{t('page.description')}</p>
          <p className="mt-2 text-sm font-medium" data-testid="agents-summary">
            {t('page.summary', counts)}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" asChild>
            <Link href="/preview">{t('page.previewLink')}</Link>
          </Button>
          {canManage ? (
            <Button onClick={() => setEditing({ agent: null })}>
              <PlusIcon aria-hidden />
              {t('page.add')}
            </Button>
          ) : null}
        </div>
      </div>

      <Card aria-labelledby="my-status-title" className="gap-4">
        <CardHeader>
          <CardTitle id="my-status-title">{t('me.title')}</CardTitle>
          <CardDescription>{own ? t('me.description') : t('me.notLinked')}</CardDescription>
        </CardHeader>
        {own ? (
          <CardContent className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <span className="text-sm">{t('me.as', { name: own.name })}</span>
            <PresenceSelect
              name={own.name}
              value={own.presence}
              onChange={(p) => changePresence(own, p)}
              disabled={pendingIds.has(own.id)}
            />
            <span className="text-sm text-muted-foreground">
              {t('table.updated')}: <RelativeTime at={own.presenceUpdatedAt} now={now} />
            </span>
          </CardContent>
        ) : null}
      </Card>

      {!canManage ? <p className="text-sm text-muted-foreground">{t('page.readOnly')}</p> : null}

      {agents.length === 0 ? (
        <Card>
          <CardContent className="flex flex-col items-center gap-3 py-6 text-center">
            <UsersIcon aria-hidden className="size-8 text-muted-foreground" />
            <p className="text-sm text-muted-foreground">{t('page.empty')}</p>
          </CardContent>
        </Card>
      ) : null}

      {groups.map((group) => {
        const online = group.agents.filter((a) => a.presence === 'online').length
        const titleId = `department-${group.key}`
        return (
          <Card
            key={group.key}
            aria-labelledby={titleId}
            data-testid={`department-${group.key}`}
            className="gap-3"
          >
            <CardHeader>
              <CardTitle id={titleId}>{group.name}</CardTitle>
              <CardAction>
                <Badge variant={online > 0 ? 'success' : 'outline'} data-testid="department-online">
                  {t('department.online', { count: online })}
                </Badge>
              </CardAction>
            </CardHeader>
            <CardContent>
              {group.agents.length === 0 ? (
                <p className="text-sm text-muted-foreground">{t('department.empty')}</p>
              ) : (
                <AgentsTable
                  titleId={titleId}
                  departmentName={group.name}
                  agents={group.agents}
                  ownAgentId={ownAgentId}
                  canManage={canManage}
                  canChange={canChange}
                  pendingIds={pendingIds}
                  now={now}
                  onPresence={changePresence}
                  onEdit={(agent) => setEditing({ agent })}
                  onRemove={setRemoving}
                />
              )}
            </CardContent>
          </Card>
        )
      })}

      {canManage ? (
        <AgentDialog
          open={editing !== null}
          onOpenChange={(open) => !open && setEditing(null)}
          agent={editing?.agent ?? null}
          departments={departments}
          members={members}
          onSaved={(saved, created) =>
            setAgents((list) =>
              created
                ? [...list, saved].sort((a, b) => a.name.localeCompare(b.name))
                : list.map((a) => (a.id === saved.id ? saved : a)),
            )
          }
        />
      ) : null}

      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={t('remove.title', { name: removing?.name ?? '' })}
        description={t('remove.description')}
        cancelLabel={t('remove.cancel')}
        confirmLabel={t('remove.confirm')}
        destructive
        onConfirm={(event) => {
          event.preventDefault()
          if (removing) confirmRemove(removing)
        }}
      />
    </div>
  )
}

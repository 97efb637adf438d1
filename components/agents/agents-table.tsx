'use client'

import { useTranslations } from 'next-intl'
import { PencilIcon, Trash2Icon } from '@/components/ui/icons'
import type { PresenceValue } from '@/lib/agents/agent-schema'
import type { AgentDto } from '@/server/actions/agent-actions'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { LoadCell, PresenceBadge, PresenceSelect, RelativeTime } from './presence'

/** One department's agents: name, presence (editable by admins and by the agent), last change, actions. */
export function AgentsTable({
  titleId,
  departmentName,
  agents,
  ownAgentId,
  canManage,
  canChange,
  pendingIds,
  now,
  onPresence,
  onEdit,
  onRemove,
}: {
  titleId: string
  departmentName: string
  agents: AgentDto[]
  ownAgentId: string | null
  canManage: boolean
  canChange: (agent: AgentDto) => boolean
  pendingIds: ReadonlySet<string>
  now: number
  onPresence: (agent: AgentDto, presence: PresenceValue) => void
  onEdit: (agent: AgentDto) => void
  onRemove: (agent: AgentDto) => void
}) {
  const t = useTranslations('agents')
  return (
    <Table
      aria-labelledby={titleId}
      containerLabel={t('table.caption', { department: departmentName })}
      className="min-w-[48rem] table-fixed"
    >
      <TableHeader>
        <TableRow>
          <TableHead>{t('table.agent')}</TableHead>
          <TableHead className="w-52">{t('table.status')}</TableHead>
          <TableHead className="w-28 text-right">{t('table.load')}</TableHead>
          <TableHead className="w-36">{t('table.updated')}</TableHead>
          {canManage ? <TableHead className="w-28 text-right">{t('table.actions')}</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {agents.map((agent) => (
          <TableRow key={agent.id} data-agent={agent.name} data-presence={agent.presence}>
            <TableCell>
              <div className="flex min-w-0 flex-col">
                <span className="truncate font-medium">
                  {agent.name}
                  {agent.id === ownAgentId ? (
                    <Badge variant="outline" className="ml-2 align-middle">
                      {t('department.you')}
                    </Badge>
                  ) : null}
                </span>
                {agent.email ? (
                  <span className="truncate text-xs text-muted-foreground">{agent.email}</span>
                ) : null}
              </div>
            </TableCell>
            <TableCell>
              {canChange(agent) ? (
                <PresenceSelect
                  name={agent.name}
                  value={agent.presence}
                  onChange={(p) => onPresence(agent, p)}
                  disabled={pendingIds.has(agent.id)}
                />
              ) : (
                <PresenceBadge presence={agent.presence} />
              )}
            </TableCell>
            <TableCell className="text-right whitespace-nowrap">
              <LoadCell agent={agent} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-muted-foreground">
              <RelativeTime at={agent.presenceUpdatedAt} now={now} />
            </TableCell>
            {canManage ? (
              <TableCell className="text-right">
                <div className="inline-flex gap-1">
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('table.edit', { name: agent.name })}
                    onClick={() => onEdit(agent)}
                  >
                    <PencilIcon aria-hidden />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('table.remove', { name: agent.name })}
                    onClick={() => onRemove(agent)}
                    className="text-destructive hover:text-destructive"
                  >
                    <Trash2Icon aria-hidden />
                  </Button>
                </div>
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}

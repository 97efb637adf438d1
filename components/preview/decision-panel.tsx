'use client'

import { useLocale, useTranslations } from 'next-intl'
import { ArrowRightIcon, InfoIcon, MessageSquareTextIcon } from '@/components/ui/icons'
import {
  agentCounts,
  decide,
  overflow,
  type AgentsInput,
  type Decision,
  type RoutingConfig,
} from '@/lib/routing'
import { outOfHoursText, type OutOfHoursMessages } from '@/lib/out-of-hours/messages'
import type { MessageLanguage } from '@/lib/out-of-hours/phrases'
import { decisionChanges } from '@/lib/preview/decision-change'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { formatDayTime, formatTime, relativeDay } from './format'
import { ResponderBadge } from './responder-style'

export function DecisionPanel({
  scopeName,
  usesGeneral,
  config,
  assistantName,
  outOfHours,
  language,
  companyName,
  at,
  agents,
  live,
  simulated,
  now,
}: {
  scopeName: string
  usesGeneral: boolean
  config: RoutingConfig
  assistantName: string | null
  outOfHours: OutOfHoursMessages
  /** The customer's language: picks the message's version (or the main message as fallback). */
  language: MessageLanguage
  companyName: string
  at: Date
  agents: AgentsInput
  live: boolean
  /** A moment other than now is shown: days are written out ("mar 15 dic"), never "mañana" from the real today. */
  simulated: boolean
  now: number
}) {
  const t = useTranslations('preview')
  const locale = useLocale()
  const tz = config.business.timeZone
  const decision = decide(config, at, agents)
  const handOff = decision.responder === 'assistant' ? overflow(config, at, agents) : null
  const after = decision.until ? decide(config, decision.until, agents) : null
  const assistantActive = config.assistant !== null && config.assistant.active
  const assistant = assistantName ?? t('responder.assistant')

  const when = (d: Date) => {
    const ms = d.getTime()
    const rel = simulated ? 'other' : relativeDay(ms, now, tz)
    return rel === 'other'
      ? formatDayTime(ms, locale, tz)
      : t(`moment.${rel}`, { time: formatTime(ms, locale, tz) })
  }

  const reasonKey = reasonMessage(decision, assistantActive)

  return (
    <Card
      aria-labelledby="decision-title"
      data-testid="decision"
      data-responder={decision.responder}
      data-reason={decision.reason}
    >
      <CardHeader>
        <CardTitle
          id="decision-title"
          className="text-sm font-medium uppercase tracking-wide text-muted-foreground"
        >
          {t('decision.title')}
        </CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <div className="flex flex-col gap-3" aria-live="polite" aria-atomic="true">
          <ResponderBadge
            responder={decision.responder}
            label={t(`responder.${decision.responder}`)}
            size="lg"
            className="text-xl"
          />
          <p className="text-base leading-relaxed" data-testid="decision-reason">
            {t(reasonKey, { assistant, agents: agentCounts(agents).available })}
          </p>
          <p className="text-sm" data-testid="decision-until">
            {decision.until ? (
              <>
                <span className="font-medium">{t('decision.until', { when: when(decision.until) })}</span>
                {after ? (
                  <span className="text-muted-foreground">
                    {' '}
                    ·{' '}
                    {after.responder === decision.responder
                      ? t('decision.thenSame', {
                          responder: t(`responder.${after.responder}`),
                          change: decisionChanges(decision, after)
                            .map((c) => t(`decision.change.${c}`, { assistant }))
                            .join(t('decision.changeJoin')),
                        })
                      : t('decision.then', { responder: t(`responder.${after.responder}`) })}
                  </span>
                ) : null}
              </>
            ) : (
              t('decision.noChange')
            )}
          </p>
          {decision.responder === 'closed' ? (
            <p className="text-sm font-medium" data-testid="decision-next-opening">
              {decision.nextOpening
                ? t('decision.nextOpening', { when: when(decision.nextOpening) })
                : t('decision.noOpening')}
            </p>
          ) : null}
        </div>

        {usesGeneral ? (
          <p
            className="flex items-start gap-2 rounded-md bg-muted px-3 py-2 text-sm"
            data-testid="uses-general"
          >
            <InfoIcon aria-hidden className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
            {t('decision.usesGeneral', { name: scopeName })}
          </p>
        ) : null}

        {decision.responder === 'closed' ? (
          <figure className="rounded-md border bg-muted/40 px-4 py-3" data-testid="out-of-hours-message">
            <figcaption className="mb-1 flex items-center gap-2 text-sm font-medium">
              <MessageSquareTextIcon aria-hidden className="size-4 text-muted-foreground" />
              {t('decision.message')}
            </figcaption>
            {outOfHours.outOfHoursMessage.trim() ? (
              <blockquote className="whitespace-pre-line text-sm leading-relaxed">
                {outOfHoursText(outOfHours, { business: config.business, companyName }, at, language).text}
              </blockquote>
            ) : (
              <p className="text-sm text-muted-foreground">{t('decision.noMessage')}</p>
            )}
          </figure>
        ) : null}

        {handOff ? (
          <section
            className="rounded-md border px-4 py-3"
            aria-labelledby="overflow-title"
            data-testid="overflow"
            data-responder={handOff.responder}
          >
            <h3 id="overflow-title" className="mb-2 text-sm font-medium">
              {t('decision.overflow')}
            </h3>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <ArrowRightIcon aria-hidden className="size-4 text-muted-foreground" />
              <ResponderBadge responder={handOff.responder} label={t(`responder.${handOff.responder}`)} />
              <span>
                {handOff.responder === 'agents'
                  ? t('decision.overflowAgents')
                  : handOff.responder === 'queue'
                    ? // Agents online but all at their maximum wait for room, not for someone to connect (§5).
                      t(
                        agentCounts(agents).online > 0
                          ? 'decision.overflowQueueFull'
                          : 'decision.overflowQueue',
                      )
                    : handOff.nextOpening
                      ? t('decision.overflowClosed', { when: when(handOff.nextOpening) })
                      : t('decision.overflowClosedNever')}
              </span>
            </div>
          </section>
        ) : null}

        <section aria-labelledby="facts-title">
          <h3 id="facts-title" className="mb-2 text-sm font-medium">
            {t('decision.facts')}
          </h3>
          <dl className="grid grid-cols-[minmax(0,12rem)_1fr] gap-x-4 gap-y-1.5 text-sm">
            <dt className="text-muted-foreground">{t('decision.business')}</dt>
            <dd data-testid="fact-business">
              {decision.businessOpen ? t('decision.businessOpen') : t('decision.businessClosed')}
            </dd>
            <dt className="text-muted-foreground">{t('decision.assistant')}</dt>
            <dd>
              {config.assistant === null
                ? t('decision.assistantNone')
                : !config.assistant.active
                  ? t('decision.assistantOff', { name: assistant })
                  : decision.assistantOn
                    ? t('decision.assistantOn', { name: assistant })
                    : t('decision.assistantAway', { name: assistant })}
            </dd>
            <dt className="text-muted-foreground">{t('decision.priority')}</dt>
            <dd>{assistantActive ? t(`priority.${config.priority}`) : t('decision.priorityIgnored')}</dd>
            <dt className="text-muted-foreground">{t('decision.agentsOnline')}</dt>
            <dd data-testid="fact-agents">
              {t(live ? 'decision.agentsLive' : 'decision.agentsWhatIf', {
                count: agentCounts(agents).online,
              })}
            </dd>
            <dt className="text-muted-foreground">{t('decision.agentsRoom')}</dt>
            <dd data-testid="fact-room">
              {t('decision.agentsRoomValue', {
                available: agentCounts(agents).available,
                count: agentCounts(agents).online,
              })}
            </dd>
          </dl>
        </section>
      </CardContent>
    </Card>
  )
}

function reasonMessage(decision: Decision, assistantActive: boolean): string {
  switch (decision.reason) {
    case 'assistant_first':
      return 'reason.assistant_first'
    case 'assistant_unavailable':
      return 'reason.assistant_unavailable'
    case 'agents_first':
      return assistantActive ? 'reason.agents_first' : 'reason.agents_first_noAssistant'
    case 'no_agents_online':
      return decision.responder === 'assistant'
        ? 'reason.no_agents_online_assistant'
        : 'reason.no_agents_online_queue'
    case 'agents_at_capacity':
      return decision.responder === 'assistant'
        ? 'reason.agents_at_capacity_assistant'
        : 'reason.agents_at_capacity_queue'
    case 'outside_business_hours':
      return decision.responder === 'assistant'
        ? 'reason.outside_business_hours_assistant'
        : 'reason.outside_business_hours_closed'
  }
}

'use client'

import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useFormState, useWatch, type Control } from 'react-hook-form'
import { useFormatter, useTranslations } from 'next-intl'
import { Bot, Clock, Moon, Users } from '@/components/ui/icons'
import { decide, toRoutingConfig, type AgentCounts, type Decision } from '@/lib/routing'
import type { ScopeConfiguration } from '@/lib/settings/types'
import type { createScopeSettingsSchema } from '@/lib/settings/scope-settings-schema'
import { cn } from '@/lib/utils'
import type { FormValues } from './form-fields'
import { firstProblem } from './live-status-problem'

const TICK_MS = 30_000

/**
 * docs/behaviour.md §5 — who answers in this scope right now and until when, from lib/routing with the form's CURRENT (unsaved)
 * values and the scope's presence. Starts at the server's render instant and ticks every 30 s.
 */
export function LiveStatus({
  control,
  schema,
  storedConfig,
  generalConfig,
  agents,
  renderedAt,
}: {
  control: Control<FormValues>
  /** Null until the schema has loaded (it is not part of the first-load JavaScript). */
  schema: ReturnType<typeof createScopeSettingsSchema> | null
  /** The configuration the form started from: shown until the schema can validate the current values. */
  storedConfig: ScopeConfiguration
  generalConfig: ScopeConfiguration
  /** The scope's agents online and available (online with room, §5 capacity). */
  agents: AgentCounts
  renderedAt: string
}) {
  const t = useTranslations('schedules.live')
  const ts = useTranslations('schedules')
  const format = useFormatter()
  const values = useDeferredValue(useWatch({ control }))
  // "Corrige los campos marcados" only while something IS marked (errors show after the first save attempt).
  const { errors } = useFormState({ control })
  const marked = Object.keys(errors).length > 0
  const [now, setNow] = useState(() => new Date(renderedAt))
  useEffect(() => {
    const id = window.setInterval(() => setNow(new Date()), TICK_MS)
    return () => window.clearInterval(id)
  }, [])

  const { config, problem } = useMemo(() => {
    if (values.usesGeneral) return { config: generalConfig, problem: null }
    // Server render and hydration happen before the schema loads; the form still holds the stored values then.
    if (!schema) return { config: storedConfig, problem: null }
    const parsed = schema.safeParse(values)
    return parsed.success
      ? { config: parsed.data.config as ScopeConfiguration, problem: null }
      : { config: null, problem: firstProblem(parsed.error.issues) }
  }, [values, schema, storedConfig, generalConfig])

  const decision = useMemo((): Decision | null => {
    if (!config) return null
    try {
      return decide(toRoutingConfig(config), now, agents)
    } catch {
      return null
    }
  }, [config, now, agents])

  const when = (date: Date) =>
    format.dateTime(date, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: config?.business.timeZone,
    })

  if (!decision || !config) {
    return (
      <p data-testid="live-status" className="flex items-start gap-2 text-sm text-muted-foreground">
        <Clock aria-hidden className="mt-0.5 size-4 shrink-0" />
        {problem
          ? t(marked ? 'problemMarked' : 'problem', {
              section: problem.section ? ts(problem.section) : t('form'),
              message: problem.message.replace(/[.。]$/, ''),
            })
          : marked
            ? t('invalid')
            : t('invalidUnmarked')}
      </p>
    )
  }
  const reopensAtUntil =
    decision.responder === 'closed' &&
    decision.nextOpening !== null &&
    decision.until !== null &&
    decision.nextOpening.getTime() === decision.until.getTime()
  const Icon = decision.responder === 'assistant' ? Bot : decision.responder === 'closed' ? Moon : Users
  const tone =
    decision.responder === 'closed'
      ? 'bg-slate-200 text-slate-800'
      : decision.responder === 'queue'
        ? 'bg-warning-soft text-warning'
        : 'bg-success-soft text-success'
  return (
    <div data-testid="live-status" className="flex min-w-0 items-start gap-3 text-xs sm:text-sm">
      <span
        className={cn('mt-0.5 inline-flex size-7 shrink-0 items-center justify-center rounded-full', tone)}
      >
        <Icon aria-hidden className="size-4" />
      </span>
      <p className="min-w-0 leading-snug">
        <span className="font-medium">{t(`responder.${decision.responder}`)}</span>{' '}
        <span className="text-muted-foreground">
          {/* Closed until it opens: one instant, said once ("abre el …"), not "hasta el X · abre el X". */}
          {reopensAtUntil
            ? t('nextOpening', { when: when(decision.nextOpening!) })
            : decision.until
              ? t('until', { when: when(decision.until) })
              : t('noChange')}
          {decision.responder === 'closed' && decision.nextOpening && !reopensAtUntil
            ? ` · ${t('nextOpening', { when: when(decision.nextOpening) })}`
            : ''}
          {' · '}
          {t('agentsOnline', { count: agents.online })}
          {agents.online > 0 ? ` · ${t('agentsWithRoom', { count: agents.available })}` : ''}
          {values.usesGeneral ? ` · ${t('fromGeneral')}` : ''}
        </span>
      </p>
    </div>
  )
}

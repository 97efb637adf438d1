'use client'

import Link from 'next/link'
import { useLocale, useTranslations } from 'next-intl'
import { ArrowRight, Link2 } from '@/components/ui/icons'
import { WEEKDAYS } from '@/lib/schedule/types'
import type { ScopeConfiguration } from '@/lib/settings/types'
import { zoneChoiceLabel } from '@/lib/clock/zone-name'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'

/** What a department that uses General inherits, read-only, with a way to edit General itself. */
export function GeneralSummary({ config }: { config: ScopeConfiguration }) {
  const t = useTranslations('schedules')
  const locale = useLocale()
  const { business, assistant } = config
  return (
    <Card data-testid="general-summary">
      <CardHeader>
        <CardTitle as="h3" className="flex items-center gap-2">
          <Link2 aria-hidden className="size-5 text-primary" />
          {t('editor.inherits.title')}
        </CardTitle>
        <CardDescription>{t('editor.inherits.description')}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
          {WEEKDAYS.map((day) => (
            <div key={day} className="contents">
              <dt className="font-medium">{t(`hours.days.${day}`)}</dt>
              <dd className="tabular-nums text-muted-foreground">
                {business.weekly[day].length === 0
                  ? t('hours.closed')
                  : business.weekly[day].map((r) => `${r.start}–${r.end}`).join(', ')}
              </dd>
            </div>
          ))}
          <dt className="mt-2 font-medium">{t('timeZone.label')}</dt>
          <dd className="mt-2 text-muted-foreground">{zoneChoiceLabel(business.timeZone, locale)}</dd>
          <dt className="font-medium">{t('dates.title')}</dt>
          <dd className="text-muted-foreground">
            {t('editor.inherits.dates', { count: business.overrides.length })}
          </dd>
          <dt className="font-medium">{t('assistant.title')}</dt>
          <dd className="text-muted-foreground">
            {assistant
              ? t('editor.inherits.assistant', {
                  name: assistant.name,
                  active: assistant.active ? 'yes' : 'no',
                })
              : t('editor.inherits.noAssistant')}
          </dd>
          {assistant?.active && (
            <>
              <dt className="font-medium">{t('priority.label')}</dt>
              <dd className="text-muted-foreground">
                {config.priority === 'agents' ? t('priority.agents') : t('priority.assistant')}
              </dd>
            </>
          )}
        </dl>
        <Button asChild variant="outline" size="sm" className="self-start">
          <Link href="/settings/schedules">
            {t('editor.inherits.edit')}
            <ArrowRight aria-hidden />
          </Link>
        </Button>
      </CardContent>
    </Card>
  )
}

'use client'

import { useFormContext, useWatch } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { Moon } from '@/components/ui/icons'
import { previousNightSpill } from '@/lib/schedule/overnight-spill'
import type { DateOverride, Schedule } from '@/lib/schedule/types'
import { cn } from '@/lib/utils'
import { overridesPath, type FormValues, type SchedulePath } from './form-fields'

/**
 * On a special date's row: the previous night's range that crosses midnight still runs into this date until its end
 * (docs/behaviour.md §4 › Special dates), so "Cerrado todo el día" after a night shift is open until, say, 06:00.
 */
export function OvernightSpillNote({
  base,
  date,
  id,
  className,
}: {
  base: SchedulePath
  date: unknown
  id: string
  className?: string
}) {
  const t = useTranslations('schedules.dates')
  const { control } = useFormContext<FormValues>()
  const weekly = useWatch({ control, name: `${base}.weekly` as 'config.business.weekly' }) as
    Schedule['weekly'] | undefined
  const overrides = useWatch({ control, name: overridesPath(base) }) as DateOverride[] | undefined
  const until =
    typeof date === 'string' && weekly && overrides ? previousNightSpill({ weekly, overrides }, date) : null
  if (!until) return null
  return (
    <p
      id={id}
      data-testid="overnight-spill"
      className={cn('flex items-start gap-1.5 text-xs text-muted-foreground', className)}
    >
      <Moon aria-hidden className="mt-px size-3.5 shrink-0" />
      {t('overnightSpill', { time: until })}
    </p>
  )
}

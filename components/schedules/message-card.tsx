'use client'

import { useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { MessageSquareText } from 'lucide-react'
import { characterCount, MAX_MESSAGE_LENGTH } from '@/lib/settings/scope-settings-values'
import { isAlwaysOpen } from '@/lib/settings/always-open'
import { cn } from '@/lib/utils'
import { FieldError } from '@/components/ui/form-message'
import { Label } from '@/components/ui/label'
import { Textarea } from '@/components/ui/textarea'
import { SectionCard } from './section-card'
import { errorAt, type FormValues } from './form-fields'

/** "Mensaje fuera de horario": required unless the scope is open 24/7 (docs/behaviour.md §4). */
export function MessageCard({ titleId, disabled }: { titleId: string; disabled: boolean }) {
  const t = useTranslations('schedules.message')
  const { control, register } = useFormContext<FormValues>()
  const message = useWatch({ control, name: 'config.outOfHoursMessage' }) ?? ''
  const business = useWatch({ control, name: 'config.business' })
  const { errors } = useFormState({ control, name: 'config.outOfHoursMessage' })
  const error = errorAt(errors, 'config.outOfHoursMessage')
  const count = characterCount(message)
  const alwaysOpen = isAlwaysOpen(business)
  return (
    <SectionCard
      titleId={titleId}
      icon={MessageSquareText}
      title={t('title')}
      description={t('description')}
      contentClassName="flex flex-col gap-1.5"
    >
      <Label htmlFor="out-of-hours-message">
        {t('label')}
        {!alwaysOpen && <span className="font-normal text-muted-foreground">({t('required')})</span>}
      </Label>
      <Textarea
        id="out-of-hours-message"
        rows={4}
        placeholder={t('placeholder')}
        aria-invalid={!!error || undefined}
        aria-required={!alwaysOpen}
        aria-describedby="out-of-hours-message-hint out-of-hours-message-error"
        disabled={disabled}
        defaultValue={message}
        {...register('config.outOfHoursMessage')}
      />
      <div className="flex items-start justify-between gap-3">
        <FieldError id="out-of-hours-message-error" message={error} />
        <p
          id="out-of-hours-message-hint"
          className={cn(
            'ml-auto shrink-0 text-xs tabular-nums',
            count > MAX_MESSAGE_LENGTH ? 'font-medium text-destructive' : 'text-muted-foreground',
          )}
        >
          {alwaysOpen ? `${t('optional')} · ` : ''}
          {t('counter', { count, max: MAX_MESSAGE_LENGTH })}
        </p>
      </div>
    </SectionCard>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { FieldError } from '@/components/ui/form-message'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { TimeInput } from '@/components/ui/time-input'
import { MomentSummary } from './moment-summary'

/** "Momento": now, or a date and time typed on the scope's wall clock. */
export function MomentFieldset({
  id,
  custom,
  dateDraft,
  timeDraft,
  invalid,
  timeZone,
  instant,
  viewerZone,
  onMode,
  onMoment,
}: {
  id: string
  custom: boolean
  dateDraft: string
  timeDraft: string
  invalid: boolean
  timeZone: string
  instant: Date
  viewerZone: string | null
  onMode: (mode: string) => void
  onMoment: (date: string, time: string) => void
}) {
  const t = useTranslations('preview')
  return (
    <fieldset className="grid gap-3">
      <legend className="mb-1.5 text-sm font-medium">{t('controls.moment')}</legend>
      <RadioGroup
        value={custom ? 'custom' : 'now'}
        onValueChange={onMode}
        className="flex flex-wrap gap-4"
        aria-label={t('controls.moment')}
      >
        <div className="flex items-center gap-2">
          <RadioGroupItem value="now" id={`${id}-now`} />
          <Label htmlFor={`${id}-now`} className="font-normal">
            {t('controls.now')}
          </Label>
        </div>
        <div className="flex items-center gap-2">
          <RadioGroupItem value="custom" id={`${id}-custom`} />
          <Label htmlFor={`${id}-custom`} className="font-normal">
            {t('controls.custom')}
          </Label>
        </div>
      </RadioGroup>
      {custom ? (
        <div className="flex flex-wrap items-start gap-3">
          <div className="grid gap-1">
            <Label htmlFor={`${id}-date`}>{t('controls.date')}</Label>
            <Input
              id={`${id}-date`}
              type="date"
              className="w-44"
              value={dateDraft}
              aria-invalid={invalid}
              aria-describedby={`${id}-moment-error`}
              onChange={(e) => onMoment(e.currentTarget.value, timeDraft)}
            />
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`${id}-time`}>{t('controls.time', { zone: timeZone })}</Label>
            <TimeInput
              id={`${id}-time`}
              allow24={false}
              value={timeDraft}
              aria-invalid={invalid}
              aria-describedby={`${id}-moment-error`}
              onValueChange={(v) => onMoment(dateDraft, v)}
            />
          </div>
        </div>
      ) : null}
      <FieldError id={`${id}-moment-error`} message={invalid ? t('controls.invalidMoment') : undefined} />
      <MomentSummary instant={instant} timeZone={timeZone} viewerZone={viewerZone} />
    </fieldset>
  )
}

'use client'

import { useTranslations } from 'next-intl'
import { FieldError } from '@/components/ui/form-message'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { RadioGroup, RadioGroupItem } from '@/components/ui/radio-group'
import { TimeInput } from '@/components/ui/time-input'
import { useLocale } from 'next-intl'
import { zoneName as nameOfZone } from '@/lib/clock/zone-name'
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
  const zoneName = nameOfZone(timeZone, useLocale(), instant)
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
              name="date"
              type="date"
              className="w-44"
              value={dateDraft}
              aria-invalid={invalid}
              aria-describedby={`${id}-moment-error`}
              onChange={(e) => onMoment(e.currentTarget.value, timeDraft)}
            />
          </div>
          <div className="grid gap-1">
            <Label htmlFor={`${id}-time`}>{t('controls.time', { zone: zoneName })}</Label>
            <TimeInput
              id={`${id}-time`}
              name="time"
              allow24={false}
              value={timeDraft}
              aria-invalid={invalid}
              aria-describedby={`${id}-moment-error`}
              onValueChange={(v) => onMoment(dateDraft, v)}
            />
          </div>
        </div>
      ) : (
        // Without JavaScript the radios cannot reveal the fields: they are there from the start, for the GET form.
        <noscript>
          <div className="flex flex-wrap items-start gap-3">
            <div className="grid gap-1">
              <label htmlFor={`${id}-nojs-date`} className="text-sm font-medium">
                {t('controls.date')}
              </label>
              <Input
                id={`${id}-nojs-date`}
                name="date"
                type="date"
                className="w-44"
                defaultValue={dateDraft}
              />
            </div>
            <div className="grid gap-1">
              <label htmlFor={`${id}-nojs-time`} className="text-sm font-medium">
                {t('controls.time', { zone: zoneName })}
              </label>
              <Input id={`${id}-nojs-time`} name="time" className="w-24" defaultValue={timeDraft} />
            </div>
          </div>
        </noscript>
      )}
      <FieldError id={`${id}-moment-error`} message={invalid ? t('controls.invalidMoment') : undefined} />
      <MomentSummary instant={instant} timeZone={timeZone} viewerZone={viewerZone} />
    </fieldset>
  )
}

'use client'

import { useMemo } from 'react'
import { Controller, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useLocale, useTranslations } from 'next-intl'
import { AlertTriangle, Clock } from '@/components/ui/icons'
import { formatUtcOffset, zoneOffsetMinutes } from '@/lib/schedule/time-zones'
import { zoneChoiceLabel } from '@/lib/clock/zone-name'
import { TimeZonePicker } from '@/components/fields/time-zone-picker'
import { useHydrated } from '@/components/hooks/use-hydrated'
import { Button } from '@/components/ui/button'
import { FieldError } from '@/components/ui/form-message'
import { Label } from '@/components/ui/label'
import { SectionCard } from './section-card'
import { useOpenAllWeek, WeeklyEditor } from './weekly-editor'
import { errorAt, type FormValues } from './form-fields'

/** "Horario de atención": the scope's time zone and its weekly ranges. */
export function BusinessHoursCard({
  titleId,
  renderedAt,
  disabled,
}: {
  titleId: string
  renderedAt: string
  disabled: boolean
}) {
  const t = useTranslations('schedules')
  const locale = useLocale()
  const { control } = useFormContext<FormValues>()
  const { errors, defaultValues } = useFormState({ control, name: 'config.business.timeZone' })
  const tzError = errorAt(errors, 'config.business.timeZone')
  const openAllWeek = useOpenAllWeek('config.business')
  const at = useMemo(() => new Date(renderedAt), [renderedAt])
  const hydrated = useHydrated()
  // A new zone keeps every time as typed (wall clock, docs/behaviour.md §4 › Model): the same 08:00 becomes another
  // instant, so the admin is told before saving.
  const zone = useWatch({ control, name: 'config.business.timeZone' })
  const storedZone = defaultValues?.config?.business?.timeZone
  const zoneMoved = hydrated && !!storedZone && !!zone && zone !== storedZone
  return (
    <SectionCard
      titleId={titleId}
      icon={Clock}
      title={t('hours.title')}
      description={t('hours.description')}
      contentClassName="flex flex-col gap-5"
    >
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="flex w-full max-w-md flex-col gap-1.5">
          <Label id="tz-label" htmlFor="tz">
            {t('timeZone.label')}
          </Label>
          <Controller
            control={control}
            name="config.business.timeZone"
            render={({ field }) =>
              !hydrated ? (
                // The picker computes the current offset of ~420 zones: done in the browser only, so the
                // server render stays fast. Same look and name until then.
                <button
                  type="button"
                  id="tz"
                  aria-labelledby="tz-label"
                  disabled
                  className="flex h-10 w-full items-center rounded-md border border-input bg-background px-3 text-left text-base md:text-sm"
                >
                  {zoneChoiceLabel(field.value, locale, at)}
                </button>
              ) : (
                <TimeZonePicker
                  id="tz"
                  value={field.value}
                  onValueChange={field.onChange}
                  at={at}
                  disabled={disabled}
                  invalid={!!tzError}
                  describedBy={zoneMoved ? 'tz-error tz-moved' : 'tz-error'}
                  aria-labelledby="tz-label"
                />
              )
            }
          />
          <FieldError id="tz-error" message={tzError} />
          {zoneMoved && (
            <p id="tz-moved" role="status" className="flex items-start gap-1.5 text-sm text-warning">
              <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
              {t('timeZone.changed', {
                zone: zoneChoiceLabel(zone, locale, at),
                offset: formatUtcOffset(zoneOffsetMinutes(zone, at)),
                before: zoneChoiceLabel(storedZone, locale, at),
              })}
            </p>
          )}
        </div>
        {!disabled && (
          <Button variant="outline" size="sm" onClick={openAllWeek}>
            {t('hours.openAllWeek')}
          </Button>
        )}
      </div>
      <WeeklyEditor base="config.business" disabled={disabled} />
    </SectionCard>
  )
}

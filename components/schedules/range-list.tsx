'use client'

import { useFormContext, useFormState, useWatch, type UseFieldArrayRemove } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { MoonStar, Trash2 } from '@/components/ui/icons'
import type { TimeRange } from '@/lib/schedule/types'
import { Button } from '@/components/ui/button'
import { TimeInput } from '@/components/ui/time-input'
import { FieldError } from '@/components/ui/form-message'
import { errorAt, fieldId, type FormValues, type RangesPath } from './form-fields'
import { isOvernight } from '@/lib/schedule/ranges'

/**
 * The ranges of one day (a weekday or a special date): 24-hour "HH:MM" inputs, a remove button per range, and
 * overnight ranges spelled out ("hasta 02:00 del día siguiente"). Errors sit under the range that caused them.
 */
export function RangeList({
  name,
  fields,
  remove,
  dayName,
  disabled,
}: {
  name: RangesPath
  fields: { id: string }[]
  remove: UseFieldArrayRemove
  /** How the day is named in accessible labels ("Lunes", "25 dic 2026"). */
  dayName: string
  disabled?: boolean
}) {
  const t = useTranslations('schedules.hours')
  const { register, control } = useFormContext<FormValues>()
  const ranges = (useWatch({ control, name }) ?? []) as TimeRange[]
  const { errors } = useFormState({ control, name })
  const listError = errorAt(errors, name)

  return (
    <div className="flex flex-col gap-2">
      <ul className="flex flex-col gap-2">
        {fields.map((field, index) => {
          const path = `${name}.${index}`
          const startPath = `${path}.start` as `${RangesPath}.0.start`
          const endPath = `${path}.end` as `${RangesPath}.0.end`
          const messages = [
            errorAt(errors, startPath),
            errorAt(errors, endPath),
            errorAt(errors, path),
          ].filter((m, i, all): m is string => !!m && all.indexOf(m) === i)
          const errorId = fieldId(`${path}-error`)
          const overnightId = fieldId(`${path}-overnight`)
          const range = ranges[index]
          const overnight = isOvernight(range)
          const describedBy = [overnight ? overnightId : null, errorId].filter(Boolean).join(' ')
          return (
            <li key={field.id} className="flex flex-col gap-1" data-testid="time-range">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <TimeInput
                  id={fieldId(startPath)}
                  aria-label={t('rangeFrom', { day: dayName, index: index + 1 })}
                  aria-invalid={!!(errorAt(errors, startPath) || errorAt(errors, path)) || undefined}
                  aria-describedby={describedBy}
                  disabled={disabled}
                  // Server-rendered value (register fills uncontrolled inputs only after hydration).
                  defaultValue={range?.start}
                  {...register(startPath)}
                />
                <span aria-hidden className="text-muted-foreground">
                  –
                </span>
                <TimeInput
                  id={fieldId(endPath)}
                  aria-label={t('rangeTo', { day: dayName, index: index + 1 })}
                  aria-invalid={!!errorAt(errors, endPath) || undefined}
                  aria-describedby={describedBy}
                  disabled={disabled}
                  defaultValue={range?.end}
                  {...register(endPath)}
                />
                {!disabled && (
                  <Button
                    variant="ghost"
                    size="icon"
                    className="size-9 text-muted-foreground hover:text-destructive"
                    aria-label={t('removeRange', { day: dayName, index: index + 1 })}
                    onClick={() => remove(index)}
                  >
                    <Trash2 aria-hidden />
                  </Button>
                )}
                {overnight && range && (
                  <span
                    id={overnightId}
                    data-testid="overnight-note"
                    className="inline-flex items-center gap-1 rounded-md bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-900"
                  >
                    <MoonStar aria-hidden className="size-3.5" />
                    {t('overnight', { time: range.end })}
                  </span>
                )}
              </div>
              <FieldError
                id={errorId}
                message={
                  messages.length > 0
                    ? messages.map((message) => (
                        <span key={message} className="block">
                          {message}
                        </span>
                      ))
                    : undefined
                }
              />
            </li>
          )
        })}
      </ul>
      {listError && <FieldError id={fieldId(`${name}-error`)} message={listError} />}
    </div>
  )
}

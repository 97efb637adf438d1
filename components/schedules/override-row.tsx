'use client'

import { useMemo, useState } from 'react'
import { get, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useFormatter, useTranslations } from 'next-intl'
import { ChevronDown, Plus, Trash2 } from '@/components/ui/icons'
import { MAX_LABEL_LENGTH, MAX_RANGES_PER_DAY } from '@/lib/schedule/limits'
import type { TimeRange } from '@/lib/schedule/types'
import { nextRange } from '@/lib/schedule/ranges'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { FieldError } from '@/components/ui/form-message'
import { OvernightSpillNote } from './overnight-spill-note'
import { RangeList } from './range-list'
import {
  errorAt,
  fieldId,
  overridesPath,
  type FormValues,
  type OverrideRangesPath,
  type RangesPath,
  type SchedulePath,
} from './form-fields'

/**
 * One special date: a one-line summary (date in words, label, "Cerrado todo el día" or the hours) that opens its
 * inputs. At every width: a grid of inputs per date made a holiday list thousands of pixels tall on a phone (issue 11
 * item 10) and 4–7 KB of HTML per date on the server-rendered page (item 12), so the inputs mount only when the row
 * is open. A row with an error is always open; the previous night's spill note stays on the closed row.
 */
export function OverrideRow({
  base,
  index,
  today,
  disabled,
  initiallyOpen,
  onRemove,
}: {
  base: SchedulePath
  index: number
  today: string
  disabled?: boolean
  /** Open on a phone from the start (a date just added, so its focused input is visible). */
  initiallyOpen?: boolean
  onRemove: () => void
}) {
  const t = useTranslations('schedules.dates')
  const format = useFormatter()
  const { control, register, getValues } = useFormContext<FormValues>()
  const [open, setOpen] = useState(!!initiallyOpen)
  const path = `${overridesPath(base)}.${index}` as `config.business.overrides.${number}`
  const rangesName = `${path}.ranges` as OverrideRangesPath
  const { fields, remove, replace, append } = useFieldArray({ control, name: rangesName })
  const { errors } = useFormState({ control, name: path })
  const date = useWatch({ control, name: `${path}.date` })
  const label = useWatch({ control, name: `${path}.label` })
  const ranges = useWatch({ control, name: rangesName }) as TimeRange[] | undefined
  const valid =
    typeof date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(Date.parse(`${date}T12:00:00Z`))
  // A local date of the scope's zone: formatted as that calendar day, whatever the viewer's zone.
  const longDate = useMemo(
    () =>
      valid
        ? format.dateTime(new Date(`${date}T12:00:00Z`), {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          })
        : null,
    [valid, date, format],
  )
  // The one-line summary on a phone: "mar, 8 dic" (the year is the group's heading).
  const shortDate = useMemo(
    () =>
      valid
        ? format.dateTime(new Date(`${date}T12:00:00Z`), {
            weekday: 'short',
            day: 'numeric',
            month: 'short',
            timeZone: 'UTC',
          })
        : null,
    [valid, date, format],
  )
  const dateError = errorAt(errors, `${path}.date`)
  const labelError = errorAt(errors, `${path}.label`)
  const hasError = get(errors, path) !== undefined
  const expanded = open || hasError
  const id = fieldId(path)
  const mode = fields.length > 0 ? 'hours' : 'closed'
  const rowName = label ? String(label) : (longDate ?? t('untitled'))
  const isPast = valid && date < today
  // "Cerrado" on a phone leaves the label room; "Cerrado todo el día" from `sm` up, as the editor says it.
  const hoursSummary =
    mode === 'closed' ? (
      <>
        <span className="sm:hidden">{t('closedShort')}</span>
        <span className="hidden sm:inline">{t('closed')}</span>
      </>
    ) : (
      (ranges ?? []).map((r) => `${r.start}–${r.end}`).join(', ') || t('specialHours')
    )

  return (
    <li data-testid="override-row" className="ui-date-row" data-open={expanded ? 'true' : undefined}>
      <button
        type="button"
        className="ui-date-line"
        aria-expanded={expanded}
        // Points at the inputs only while they exist: a closed line renders none (issue 11 item 12).
        aria-controls={expanded ? `${id}-fields` : undefined}
        onClick={() => setOpen((o) => !o)}
        data-testid="override-summary"
      >
        <time dateTime={valid ? date : undefined}>{shortDate ?? t('untitled')}</time>
        <span>{label ? String(label) : null}</span>
        {isPast && <Badge variant="secondary">{t('past')}</Badge>}
        <small>{hoursSummary}</small>
        <ChevronDown aria-hidden className={expanded ? 'rotate-180' : undefined} />
      </button>
      {mode === 'closed' && !expanded && (
        <OvernightSpillNote base={base} date={date} id={`${id}-spill`} className="pl-1 sm:pl-[7.5rem]" />
      )}
      {expanded && (
        <div id={`${id}-fields`} className="ui-date-fields">
          <div className="grid gap-2 sm:grid-cols-[10.5rem_minmax(0,1fr)_12rem_2.5rem] sm:items-start sm:gap-3">
            <div className="flex flex-col gap-1">
              <Label htmlFor={`${id}-date`} className="text-xs text-muted-foreground">
                {t('date')}
              </Label>
              <Input
                id={`${id}-date`}
                type="date"
                aria-invalid={!!dateError || undefined}
                aria-describedby={`${id}-date-hint ${id}-date-error`}
                disabled={disabled}
                defaultValue={typeof date === 'string' ? date : undefined}
                {...register(`${path}.date`)}
              />
              <p
                id={`${id}-date-hint`}
                className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground"
              >
                <span className="first-letter:uppercase">{longDate}</span>
                {isPast && <Badge variant="secondary">{t('past')}</Badge>}
              </p>
              <FieldError id={`${id}-date-error`} message={dateError} />
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor={`${id}-label`} className="text-xs text-muted-foreground">
                {t('label')}
              </Label>
              <Input
                id={`${id}-label`}
                placeholder={t('labelPlaceholder')}
                maxLength={MAX_LABEL_LENGTH}
                aria-invalid={!!labelError || undefined}
                aria-describedby={`${id}-label-error`}
                disabled={disabled}
                defaultValue={typeof label === 'string' ? label : undefined}
                {...register(`${path}.label`)}
              />
              <FieldError id={`${id}-label-error`} message={labelError} />
            </div>
            <div className="flex flex-col gap-1">
              <Label htmlFor={`${id}-mode`} className="text-xs text-muted-foreground">
                {t('mode')}
              </Label>
              <Select
                value={mode}
                disabled={disabled}
                onValueChange={(value) => {
                  if (value === 'closed') replace([])
                  else replace([{ start: '09:00', end: '13:00' }])
                }}
              >
                <SelectTrigger id={`${id}-mode`} aria-describedby={`${id}-spill`}>
                  <SelectValue>{mode === 'closed' ? t('closed') : t('specialHours')}</SelectValue>
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="closed">{t('closed')}</SelectItem>
                  <SelectItem value="hours">{t('specialHours')}</SelectItem>
                </SelectContent>
              </Select>
            </div>
            {!disabled && (
              <Button
                variant="ghost"
                size="icon"
                className="self-end text-muted-foreground hover:text-destructive sm:mt-5 sm:self-start"
                aria-label={t('remove', { name: rowName })}
                onClick={onRemove}
              >
                <Trash2 aria-hidden />
              </Button>
            )}
          </div>
          {mode === 'closed' && <OvernightSpillNote base={base} date={date} id={`${id}-spill`} />}
          {mode === 'hours' && (
            <div className="flex flex-col gap-1">
              <RangeList
                name={rangesName as unknown as RangesPath}
                fields={fields}
                remove={remove}
                dayName={rowName}
                disabled={disabled}
              />
              {!disabled && (
                <Button
                  variant="ghost"
                  size="sm"
                  className="-ml-2 h-8 self-start text-primary hover:text-primary"
                  disabled={fields.length >= MAX_RANGES_PER_DAY}
                  onClick={() =>
                    append(nextRange((getValues(rangesName) ?? []) as TimeRange[]), { shouldFocus: true })
                  }
                >
                  <Plus aria-hidden />
                  {t('addRange')}
                </Button>
              )}
            </div>
          )}
        </div>
      )}
    </li>
  )
}

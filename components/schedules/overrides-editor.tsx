'use client'

import { useMemo } from 'react'
import { useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useFormatter, useTranslations } from 'next-intl'
import { CalendarPlus, Plus, Trash2 } from 'lucide-react'
import { MAX_LABEL_LENGTH, MAX_OVERRIDES, MAX_RANGES_PER_DAY } from '@/lib/schedule/limits'
import type { DateOverride, TimeRange } from '@/lib/schedule/types'
import type { HolidayPreview } from '@/lib/holidays/countries'
import { mergeHolidays } from '@/lib/holidays/merge'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Input } from '@/components/ui/input'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { FieldError } from '@/components/ui/form-message'
import { HolidayImportDialog } from './holiday-import-dialog'
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
import { nextRange } from '@/lib/schedule/ranges'

const DAY_MS = 86_400_000

function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS
  return new Date(t).toISOString().slice(0, 10)
}

/** docs/behaviour.md §4 / §6 — dates closed all day or with their own hours, with a label; optional holiday import. */
export function OverridesEditor({
  base,
  today,
  disabled,
  importCountry,
}: {
  base: SchedulePath
  /** "YYYY-MM-DD" today in the scope's time zone. */
  today: string
  disabled?: boolean
  /** Default country for the holiday import; omit to hide the import. */
  importCountry?: string
}) {
  const t = useTranslations('schedules.dates')
  const { control, getValues } = useFormContext<FormValues>()
  const name = overridesPath(base)
  const { fields, append, remove, replace } = useFieldArray({ control, name })
  const { errors } = useFormState({ control, name })
  const listError = errorAt(errors, name)

  const addDate = () => {
    const taken = new Set(((getValues(name) ?? []) as DateOverride[]).map((o) => o.date))
    let date = addDays(today, 1)
    while (taken.has(date)) date = addDays(date, 1)
    append({ date, ranges: [], label: '' }, { shouldFocus: true })
  }

  const importHolidays = (holidays: HolidayPreview[]) => {
    const { overrides, added } = mergeHolidays((getValues(name) ?? []) as DateOverride[], holidays)
    replace(overrides)
    return added
  }

  return (
    <div className="flex flex-col gap-4">
      {fields.length === 0 ? (
        <p className="rounded-lg border border-dashed p-4 text-center text-sm text-muted-foreground">
          {disabled ? t('emptyReadOnly') : t('empty')}
        </p>
      ) : (
        <>
          <div
            aria-hidden
            className="hidden gap-3 border-b pb-2 text-xs font-medium text-muted-foreground sm:grid sm:grid-cols-[10.5rem_minmax(0,1fr)_12rem_2.5rem]"
          >
            <span>{t('date')}</span>
            <span>{t('label')}</span>
            <span>{t('mode')}</span>
          </div>
          <ul className="flex flex-col gap-3 sm:gap-0" aria-label={t('listLabel')}>
            {fields.map((field, index) => (
              <OverrideRow
                key={field.id}
                base={base}
                index={index}
                today={today}
                disabled={disabled}
                onRemove={() => remove(index)}
              />
            ))}
          </ul>
        </>
      )}
      {listError && <FieldError id={fieldId(`${name}-error`)} message={listError} />}
      {!disabled && (
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={addDate} disabled={fields.length >= MAX_OVERRIDES}>
            <Plus aria-hidden />
            {t('add')}
          </Button>
          {importCountry !== undefined && (
            <HolidayImportDialog
              defaultCountry={importCountry}
              today={today}
              existingDates={() => new Set(((getValues(name) ?? []) as DateOverride[]).map((o) => o.date))}
              onImport={importHolidays}
              trigger={
                <Button variant="outline" size="sm">
                  <CalendarPlus aria-hidden />
                  {t('import.open')}
                </Button>
              }
            />
          )}
        </div>
      )}
    </div>
  )
}

function OverrideRow({
  base,
  index,
  today,
  disabled,
  onRemove,
}: {
  base: SchedulePath
  index: number
  today: string
  disabled?: boolean
  onRemove: () => void
}) {
  const t = useTranslations('schedules.dates')
  const format = useFormatter()
  const { control, register, getValues } = useFormContext<FormValues>()
  const path = `${overridesPath(base)}.${index}` as `config.business.overrides.${number}`
  const rangesName = `${path}.ranges` as OverrideRangesPath
  const { fields, remove, replace, append } = useFieldArray({ control, name: rangesName })
  const { errors } = useFormState({ control, name: path })
  const date = useWatch({ control, name: `${path}.date` })
  const label = useWatch({ control, name: `${path}.label` })
  const valid =
    typeof date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    !Number.isNaN(Date.parse(`${date}T12:00:00Z`))
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
  const dateError = errorAt(errors, `${path}.date`)
  const labelError = errorAt(errors, `${path}.label`)
  const id = fieldId(path)
  const mode = fields.length > 0 ? 'hours' : 'closed'
  const rowName = label ? String(label) : (longDate ?? t('untitled'))

  return (
    <li
      data-testid="override-row"
      className="flex flex-col gap-2 rounded-lg border bg-card p-3 sm:rounded-none sm:border-0 sm:border-b sm:px-0 sm:py-2 sm:last:border-b-0"
    >
      <div className="grid gap-2 sm:grid-cols-[10.5rem_minmax(0,1fr)_12rem_2.5rem] sm:items-start sm:gap-3">
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-date`} className="text-xs text-muted-foreground sm:sr-only">
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
            {valid && date < today && <Badge variant="secondary">{t('past')}</Badge>}
          </p>
          <FieldError id={`${id}-date-error`} message={dateError} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-label`} className="text-xs text-muted-foreground sm:sr-only">
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
          <Label htmlFor={`${id}-mode`} className="text-xs text-muted-foreground sm:sr-only">
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
            className="self-end text-muted-foreground hover:text-destructive sm:self-start"
            aria-label={t('remove', { name: rowName })}
            onClick={onRemove}
          >
            <Trash2 aria-hidden />
          </Button>
        )}
      </div>
      {mode === 'closed' && (
        <div className="sm:pl-[11.25rem]">
          <OvernightSpillNote base={base} date={date} id={`${id}-spill`} />
        </div>
      )}
      {mode === 'hours' && (
        <div className="flex flex-col gap-1 sm:pl-[11.25rem]">
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
    </li>
  )
}

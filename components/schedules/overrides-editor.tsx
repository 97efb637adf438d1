'use client'

import { useId, useState } from 'react'
import { get, useFieldArray, useFormContext, useFormState } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { CalendarPlus, ChevronDown, Plus } from '@/components/ui/icons'
import { MAX_OVERRIDES } from '@/lib/schedule/limits'
import type { DateOverride } from '@/lib/schedule/types'
import type { HolidayPreview } from '@/lib/holidays/countries'
import { mergeHolidays } from '@/lib/holidays/merge'
import { groupOverrides } from '@/lib/schedule/override-groups'
import { cn } from '@/lib/utils'
import { Button } from '@/components/ui/button'
import { FieldError } from '@/components/ui/form-message'
import { HolidayImportDialog } from './holiday-import-dialog'
import { OverrideRow } from './override-row'
import { errorAt, fieldId, overridesPath, type FormValues, type SchedulePath } from './form-fields'

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
  const pastId = useId()
  const [pastOpen, setPastOpen] = useState(false)
  // Dates added here open on a phone at once: their first input takes the focus.
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set())

  const addDate = () => {
    const taken = new Set(((getValues(name) ?? []) as DateOverride[]).map((o) => o.date))
    let date = addDays(today, 1)
    while (taken.has(date)) date = addDays(date, 1)
    setAdded((prev) => new Set(prev).add(date))
    append({ date, ranges: [], label: '' }, { shouldFocus: true })
  }

  // Grouped by the dates the rows were created with (a field array's `fields` keep them while inputs are typed in),
  // so a row never jumps to another year or into "past" mid-edit; it takes its place after the next save or import.
  const groups = groupOverrides(
    fields.map((field, index) => ({ field, index })),
    (item) => String((item.field as { date?: unknown }).date ?? ''),
    today,
  )
  const pastErrors = groups.past.some((item) => get(errors, `${name}.${item.index}`) !== undefined)
  const showPast = pastOpen || pastErrors
  const renderRows = (items: typeof groups.past) =>
    items.map(({ field, index }) => (
      <OverrideRow
        key={field.id}
        base={base}
        index={index}
        today={today}
        disabled={disabled}
        initiallyOpen={added.has(String((field as { date?: unknown }).date))}
        onRemove={() => remove(index)}
      />
    ))

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
          {groups.upcoming.map((group) => (
            <div key={group.year} className="flex flex-col" data-testid="override-year">
              {group.year && (
                <h4 className="border-b pb-1 text-sm font-semibold tabular-nums">{group.year}</h4>
              )}
              <ul
                className="flex flex-col"
                aria-label={group.year ? t('yearList', { year: group.year }) : t('listLabel')}
              >
                {renderRows(group.items)}
              </ul>
            </div>
          ))}
          {groups.past.length > 0 && (
            <div className="flex flex-col">
              <Button
                variant="ghost"
                size="sm"
                className="-ml-2 self-start text-muted-foreground"
                aria-expanded={showPast}
                aria-controls={`${pastId}-past`}
                onClick={() => setPastOpen((o) => !o)}
              >
                <ChevronDown aria-hidden className={cn('transition-transform', showPast && 'rotate-180')} />
                {t('pastDates', { count: groups.past.length })}
              </Button>
              <ul
                id={`${pastId}-past`}
                className={cn('flex-col', showPast ? 'flex' : 'hidden')}
                aria-label={t('pastList')}
              >
                {/* Mounted only when shown: a closed list would still weigh its rows in the page's HTML. */}
                {showPast && renderRows(groups.past)}
              </ul>
            </div>
          )}
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

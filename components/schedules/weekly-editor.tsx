'use client'

import { useRef, useState } from 'react'
import { get, useFieldArray, useFormContext, useFormState, useWatch } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { ChevronDown, Plus, Sun } from '@/components/ui/icons'
import { MAX_RANGES_PER_DAY } from '@/lib/schedule/limits'
import { WEEKDAYS, type TimeRange, type Weekday } from '@/lib/schedule/types'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { Switch } from '@/components/ui/switch'
import { CopyDayPopover } from './copy-day-popover'
import { RangeList } from './range-list'
import { fieldId, rangesPath, type FormValues, type SchedulePath } from './form-fields'
import { cloneRanges, nextRange } from '@/lib/schedule/ranges'
import { cn } from '@/lib/utils'

const ALL_DAY: TimeRange = { start: '00:00', end: '24:00' }

/** docs/behaviour.md §6 weekly editor: each weekday on/off, several ranges per day, copy to other days, a 24-hour shortcut. */
export function WeeklyEditor({ base, disabled }: { base: SchedulePath; disabled?: boolean }) {
  return (
    <div className="flex flex-col divide-y">
      {WEEKDAYS.map((day) => (
        <DayRow key={day} base={base} day={day} disabled={disabled} />
      ))}
    </div>
  )
}

/** Sets every day to 00:00–24:00 (the "24/7" shortcut). */
export function useOpenAllWeek(base: SchedulePath) {
  const { setValue } = useFormContext<FormValues>()
  return () => {
    for (const day of WEEKDAYS)
      setValue(rangesPath(base, day), [{ ...ALL_DAY }], { shouldDirty: true, shouldTouch: true })
  }
}

function DayRow({ base, day, disabled }: { base: SchedulePath; day: Weekday; disabled?: boolean }) {
  const t = useTranslations('schedules.hours')
  const { control, getValues } = useFormContext<FormValues>()
  const name = rangesPath(base, day)
  const { fields, append, remove, replace } = useFieldArray({ control, name })
  const { errors } = useFormState({ control, name })
  const ranges = useWatch({ control, name }) as TimeRange[] | undefined
  // On a phone a day is one line (its hours) that opens its inputs: 14 days of inputs made the page thousands of
  // pixels tall (issue 11 item 10). A day with an error is always open.
  const [editing, setEditing] = useState(false)
  const expanded = editing || get(errors, name) !== undefined
  const phoneOnly = expanded ? 'flex' : 'hidden sm:flex'
  // What the day had before it was switched off, so switching it back on restores it.
  const remembered = useRef<TimeRange[]>([])
  const open = fields.length > 0
  // The assistant's rows get their own accessible names ("Martes del asistente"): both editors can be on screen.
  const dayName = base === 'config.business' ? t(`days.${day}`) : t('assistantDay', { day: t(`days.${day}`) })
  const switchId = fieldId(`${name}-open`)
  const labelId = `${switchId}-label`

  const toggle = (checked: boolean) => {
    if (checked) {
      replace(remembered.current.length > 0 ? cloneRanges(remembered.current) : [nextRange([])])
    } else {
      remembered.current = cloneRanges(getValues(name) as TimeRange[])
      replace([])
    }
  }

  return (
    <div role="group" aria-label={dayName} data-testid={`day-${day}`} className="ui-day-row">
      <div className="flex h-10 items-center gap-3">
        <Switch
          id={switchId}
          aria-label={dayName}
          checked={open}
          onCheckedChange={toggle}
          disabled={disabled}
        />
        <Label id={labelId} htmlFor={switchId} className="text-sm">
          {t(`days.${day}`)}
        </Label>
        <DaySummary
          dayName={dayName}
          summary={
            open ? (ranges ?? []).map((r) => `${r.start}–${r.end}`).join(', ') || t('closed') : t('closed')
          }
          expanded={expanded}
          controls={`${switchId}-ranges`}
          onToggle={() => setEditing((e) => !e)}
        />
      </div>
      {!disabled && (
        <div
          className={cn('col-start-2 row-start-1 items-start justify-end gap-1 md:col-start-3', phoneOnly)}
        >
          <Button
            variant="ghost"
            size="sm"
            className="px-2 md:px-3"
            aria-label={t('allDayLabel', { day: dayName })}
            title={t('allDayLabel', { day: dayName })}
            onClick={() => replace([{ ...ALL_DAY }])}
          >
            <Sun aria-hidden />
            <span className="hidden lg:inline">{t('allDay')}</span>
          </Button>
          <CopyDayPopover base={base} day={day} />
        </div>
      )}
      <div id={`${switchId}-ranges`} className={cn('ui-day-ranges', phoneOnly)}>
        {open ? (
          <RangeList name={name} fields={fields} remove={remove} dayName={dayName} disabled={disabled} />
        ) : (
          <p className="flex h-10 items-center text-sm text-muted-foreground">{t('closed')}</p>
        )}
        {!disabled && open && (
          <Button
            variant="ghost"
            size="sm"
            className="-ml-2 h-8 text-primary hover:text-primary"
            aria-label={t('addRangeLabel', { day: dayName })}
            disabled={fields.length >= MAX_RANGES_PER_DAY}
            onClick={() => append(nextRange((getValues(name) ?? []) as TimeRange[]), { shouldFocus: true })}
          >
            <Plus aria-hidden />
            {t('addRange')}
          </Button>
        )}
      </div>
    </div>
  )
}

/** The phone's one-line day: its hours (or "Cerrado"), opening the day's inputs. Hidden from `sm` up. */
function DaySummary({
  dayName,
  summary,
  expanded,
  controls,
  onToggle,
}: {
  dayName: string
  summary: string
  expanded: boolean
  controls: string
  onToggle: () => void
}) {
  return (
    <button
      type="button"
      className="ui-day-summary"
      aria-label={`${dayName}: ${summary}`}
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
      data-testid="day-summary"
    >
      <span className="truncate tabular-nums">{summary}</span>
      <ChevronDown
        aria-hidden
        className={cn('size-4 shrink-0 transition-transform', expanded && 'rotate-180')}
      />
    </button>
  )
}

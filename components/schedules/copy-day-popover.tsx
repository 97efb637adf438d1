'use client'

import { useState } from 'react'
import { useFormContext } from 'react-hook-form'
import { useTranslations } from 'next-intl'
import { toast } from '@/components/ui/toast'
import { Copy } from '@/components/ui/icons'
import { WEEKDAYS, type TimeRange, type Weekday } from '@/lib/schedule/types'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Label } from '@/components/ui/label'
import { Popover, PopoverContent, PopoverTrigger } from '@/components/ui/popover'
import { fieldId, rangesPath, type FormValues, type SchedulePath } from './form-fields'
import { cloneRanges } from '@/lib/schedule/ranges'

/** docs/behaviour.md §6 "copy a day's hours to other days". */
export function CopyDayPopover({ base, day }: { base: SchedulePath; day: Weekday }) {
  const t = useTranslations('schedules.hours')
  const { getValues, setValue } = useFormContext<FormValues>()
  const [open, setOpen] = useState(false)
  const [targets, setTargets] = useState<Set<Weekday>>(new Set())
  const others = WEEKDAYS.filter((d) => d !== day)
  const dayName = base === 'config.business' ? t(`days.${day}`) : t('assistantDay', { day: t(`days.${day}`) })
  const idBase = fieldId(`${base}-${day}-copy`)

  const apply = () => {
    const ranges = (getValues(rangesPath(base, day)) ?? []) as TimeRange[]
    for (const target of targets) {
      setValue(rangesPath(base, target), cloneRanges(ranges), { shouldDirty: true, shouldTouch: true })
    }
    toast.success(t('copied', { day: dayName, count: targets.size }))
    setOpen(false)
  }

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) setTargets(new Set())
      }}
    >
      <PopoverTrigger asChild>
        <Button
          variant="ghost"
          size="sm"
          className="px-2 md:px-3"
          aria-label={t('copyLabel', { day: dayName })}
        >
          <Copy aria-hidden />
          <span className="hidden sm:inline">{t('copy')}</span>
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-64" aria-labelledby={`${idBase}-title`}>
        <fieldset className="flex flex-col gap-3">
          <legend id={`${idBase}-title`} className="mb-2 text-sm font-medium">
            {t('copyTitle', { day: dayName })}
          </legend>
          <div className="flex gap-3 text-xs">
            <Button
              variant="link"
              size="sm"
              className="text-xs"
              onClick={() => setTargets(new Set(others.filter((d) => d !== 'sat' && d !== 'sun')))}
            >
              {t('copyWeekdays')}
            </Button>
            <Button variant="link" size="sm" className="text-xs" onClick={() => setTargets(new Set(others))}>
              {t('copyAll')}
            </Button>
          </div>
          {others.map((d) => (
            <div key={d} className="flex items-center gap-2">
              <Checkbox
                id={`${idBase}-${d}`}
                checked={targets.has(d)}
                onCheckedChange={(checked) =>
                  setTargets((prev) => {
                    const next = new Set(prev)
                    if (checked === true) next.add(d)
                    else next.delete(d)
                    return next
                  })
                }
              />
              <Label htmlFor={`${idBase}-${d}`} className="font-normal">
                {t(`days.${d}`)}
              </Label>
            </div>
          ))}
          <Button size="sm" onClick={apply} disabled={targets.size === 0}>
            {t('copyApply')}
          </Button>
        </fieldset>
      </PopoverContent>
    </Popover>
  )
}

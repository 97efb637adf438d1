'use client'

import { useEffect, useMemo, useState, useTransition } from 'react'
import { useFormatter, useLocale, useTranslations } from 'next-intl'
import { toast } from '@/components/ui/toast'
import { previewHolidaysAction } from '@/server/actions/schedule-actions'
import { HOLIDAY_COUNTRIES, type HolidayPreview } from '@/lib/holidays/countries'
import { offeredHolidays, periodYears, selectableYears, type ImportPeriod } from '@/lib/holidays/upcoming'
import { Button } from '@/components/ui/button'
import { Checkbox } from '@/components/ui/checkbox'
import { Label } from '@/components/ui/label'
import { Skeleton } from '@/components/ui/skeleton'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@/components/ui/dialog'

type State =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; key: string; holidays: HolidayPreview[]; selected: Set<string> }

/**
 * docs/behaviour.md §6 — import a country's public holidays: the next 12 months by default or a chosen year, never a
 * date before today (lib/holidays/upcoming.ts); computed on the server (date-holidays), previewed with a checkbox per
 * date, dates already in the list are shown but skipped.
 */
export function HolidayImportDialog({
  defaultCountry,
  today,
  existingDates,
  onImport,
  trigger,
}: {
  defaultCountry: string
  /** "YYYY-MM-DD" today in the schedule's zone: nothing before it is offered. */
  today: string
  existingDates: () => Set<string>
  /** Adds the chosen holidays; returns how many were added. */
  onImport: (holidays: HolidayPreview[]) => number
  trigger: React.ReactNode
}) {
  const t = useTranslations('schedules.dates.import')
  const tc = useTranslations('schedules.editor')
  const locale = useLocale()
  const format = useFormatter()
  const [open, setOpen] = useState(false)
  const [country, setCountry] = useState(
    (HOLIDAY_COUNTRIES as readonly string[]).includes(defaultCountry) ? defaultCountry : 'CO',
  )
  const [period, setPeriod] = useState<ImportPeriod>('next12')
  const [state, setState] = useState<State>({ status: 'loading' })
  const [existing, setExisting] = useState<Set<string>>(new Set())
  const [, startTransition] = useTransition()

  const countryNames = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region' })
    return HOLIDAY_COUNTRIES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
      a.name.localeCompare(b.name, locale),
    )
  }, [locale])

  const requestKey = `${country}:${period}`
  useEffect(() => {
    if (!open) return
    let cancelled = false
    startTransition(async () => {
      try {
        const results = await Promise.all(
          periodYears(period, today).map((y) => previewHolidaysAction(country, y)),
        )
        if (cancelled) return
        if (!results.every((r) => r.ok)) {
          setState({ status: 'error' })
          return
        }
        const holidays = offeredHolidays(
          results.flatMap((r) => (r.ok ? r.data : [])),
          period,
          today,
        )
        const taken = existingDates()
        setExisting(taken)
        setState({
          status: 'ready',
          key: requestKey,
          holidays,
          selected: new Set(holidays.map((h) => h.date).filter((d) => !taken.has(d))),
        })
      } catch {
        if (!cancelled) setState({ status: 'error' })
      }
    })
    return () => {
      cancelled = true
    }
    // existingDates is read once per request on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, country, period])

  const ready = state.status === 'ready' && state.key === requestKey ? state : null
  const selectedCount = ready ? ready.selected.size : 0

  const toggle = (date: string, checked: boolean) =>
    setState((prev) => {
      if (prev.status !== 'ready') return prev
      const selected = new Set(prev.selected)
      if (checked) selected.add(date)
      else selected.delete(date)
      return { ...prev, selected }
    })

  const confirm = () => {
    if (!ready) return
    const added = onImport(ready.holidays.filter((h) => ready.selected.has(h.date)))
    toast.success(t('added', { count: added }))
    setOpen(false)
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (next) setState({ status: 'loading' })
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent closeLabel={tc('close')} className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogDescription>{t('description')}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_11rem]">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="holiday-country">{t('country')}</Label>
            <Select
              value={country}
              onValueChange={(value) => {
                setCountry(value)
                setState({ status: 'loading' })
              }}
            >
              <SelectTrigger id="holiday-country">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {countryNames.map((c) => (
                  <SelectItem key={c.code} value={c.code}>
                    {c.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="holiday-year">{t('period')}</Label>
            <Select
              value={String(period)}
              onValueChange={(value) => {
                setPeriod(value === 'next12' ? 'next12' : Number(value))
                setState({ status: 'loading' })
              }}
            >
              <SelectTrigger id="holiday-year">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="next12">{t('next12')}</SelectItem>
                {selectableYears(today).map((y) => (
                  <SelectItem key={y} value={String(y)}>
                    {y}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
        </div>
        <div className="min-h-40" aria-busy={!ready}>
          {state.status === 'error' ? (
            <p role="alert" className="text-sm text-destructive">
              {t('error')}
            </p>
          ) : !ready ? (
            <div className="flex flex-col gap-2" aria-label={t('loading')}>
              <Skeleton className="h-6 w-full" />
              <Skeleton className="h-6 w-5/6" />
              <Skeleton className="h-6 w-4/6" />
            </div>
          ) : ready.holidays.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t('none')}</p>
          ) : (
            <fieldset>
              <legend className="sr-only">{t('listLabel')}</legend>
              {/* Focusable so a keyboard can scroll it even when every date is already added (all disabled). */}
              <ul
                tabIndex={0}
                aria-label={t('listLabel')}
                className="flex max-h-72 flex-col gap-1 overflow-y-auto rounded-md border p-2 focus-visible:outline-2 focus-visible:outline-ring"
              >
                {ready.holidays.map((h) => {
                  const already = existing.has(h.date)
                  const id = `holiday-${h.date}`
                  return (
                    <li key={h.date} className="flex items-start gap-3 rounded px-1 py-1.5">
                      <Checkbox
                        id={id}
                        checked={ready.selected.has(h.date)}
                        disabled={already}
                        onCheckedChange={(checked) => toggle(h.date, checked === true)}
                        className="mt-0.5"
                      />
                      <Label
                        htmlFor={id}
                        className="flex flex-col items-start gap-0.5 font-normal leading-snug"
                      >
                        <span className="font-medium">{h.name}</span>
                        <span className="text-xs text-muted-foreground first-letter:uppercase">
                          {format.dateTime(new Date(`${h.date}T12:00:00Z`), {
                            weekday: 'long',
                            day: 'numeric',
                            month: 'long',
                            year: 'numeric',
                            timeZone: 'UTC',
                          })}
                          {already ? ` · ${t('already')}` : ''}
                        </span>
                      </Label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          )}
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            {tc('cancel')}
          </Button>
          <Button onClick={confirm} disabled={selectedCount === 0}>
            {t('confirm', { count: selectedCount })}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  )
}

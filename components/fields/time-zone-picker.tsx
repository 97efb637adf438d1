'use client'

import { useMemo } from 'react'
import { useTranslations } from 'next-intl'
import { Combobox } from '@/components/ui/combobox'

/** "UTC−05:00" for the zone right now — the picker shows the current offset so admins recognise their zone. */
function currentOffsetLabel(timeZone: string, at: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value
  if (!part || part === 'GMT') return 'UTC±00:00'
  return part.replace('GMT', 'UTC').replace('-', '−')
}

export function allTimeZones(): string[] {
  const zones = Intl.supportedValuesOf('timeZone')
  return zones.includes('UTC') ? zones : [...zones, 'UTC']
}

type Props = {
  id: string
  value: string
  onValueChange: (zone: string) => void
  disabled?: boolean
  invalid?: boolean
  describedBy?: string
  /** The reference instant for the offsets shown (the page passes its render time so server and client agree). */
  at: Date
  'aria-labelledby'?: string
}

export function TimeZonePicker({
  id,
  value,
  onValueChange,
  disabled,
  invalid,
  describedBy,
  at,
  ...rest
}: Props) {
  const t = useTranslations('schedules.timeZone')
  const options = useMemo(() => {
    const zones = allTimeZones()
    if (value && !zones.includes(value)) zones.push(value)
    return zones.map((zone) => {
      const offset = currentOffsetLabel(zone, at)
      return { value: zone, label: `${zone.replaceAll('_', ' ')} (${offset})`, hint: offset }
    })
  }, [value, at])
  return (
    <Combobox
      id={id}
      options={options}
      value={value}
      onValueChange={onValueChange}
      placeholder={t('placeholder')}
      searchPlaceholder={t('search')}
      emptyText={t('empty')}
      loadingText={t('loading')}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-labelledby={rest['aria-labelledby']}
    />
  )
}

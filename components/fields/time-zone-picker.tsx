'use client'

import { useCallback, useEffect, useMemo, useState } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import { Combobox } from '@/components/ui/combobox'
import { formatUtcOffset, listTimeZones, zoneOffsetMinutes } from '@/lib/schedule/time-zones'
import type { ZoneSearchEntry } from '@/lib/schedule/zone-search'
import { zoneChoiceLabel } from '@/lib/clock/zone-name'

type Search = {
  index: Map<string, ZoneSearchEntry>
  score: (entry: ZoneSearchEntry, query: string) => number
}

/**
 * docs/behaviour.md §6 — the searchable IANA zone picker: each option is the zone's name with its offset now (once);
 * the search finds zones by city (current or legacy name), country (es/en/pt and the viewer's language), legacy alias
 * and offset (lib/schedule/zone-search.ts, loaded after the page).
 */
export function TimeZonePicker({
  id,
  value,
  onValueChange,
  disabled,
  invalid,
  describedBy,
  at,
  ...rest
}: {
  id: string
  value: string
  onValueChange: (zone: string) => void
  disabled?: boolean
  invalid?: boolean
  describedBy?: string
  /** The reference instant for the offsets shown (the page passes its render time so server and client agree). */
  at: Date
  'aria-labelledby'?: string
}) {
  const t = useTranslations('schedules.timeZone')
  const locale = useLocale()
  const zones = useMemo(() => {
    const all = listTimeZones()
    return value && !all.includes(value) ? [...all, value] : all
  }, [value])
  const options = useMemo(
    () =>
      zones.map((zone) => ({
        value: zone,
        label: zoneChoiceLabel(zone, locale, at),
        hint: formatUtcOffset(zoneOffsetMinutes(zone, at)),
      })),
    [zones, at, locale],
  )

  const [search, setSearch] = useState<Search | null>(null)
  useEffect(() => {
    let live = true
    void import('@/lib/schedule/zone-search').then((m) => {
      if (live) setSearch({ index: m.buildZoneSearchIndex(zones, at, locale), score: m.zoneSearchScore })
    })
    return () => {
      live = false
    }
  }, [zones, at, locale])

  const filter = useCallback(
    (zone: string, query: string) => {
      const entry = search?.index.get(zone)
      if (entry) return search!.score(entry, query)
      // Until the search index has loaded: the zone's name only.
      const words = query.toLowerCase().replace(/[_/]+/g, ' ').trim()
      return zone.toLowerCase().replace(/[_/]+/g, ' ').includes(words) ? 1 : 0
    },
    [search],
  )

  return (
    <Combobox
      id={id}
      options={options}
      value={value}
      onValueChange={onValueChange}
      filter={filter}
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

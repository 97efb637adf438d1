// Issue 11 item 8 — finding a time zone the way admins think of it: by city (current or legacy name), by country
// (in Spanish, English and Portuguese), by legacy alias ("US/Eastern") or by UTC offset ("-05:00", "GMT-5", "UTC-5").
//
// Separate from time-zones.ts on purpose: the zone ↔ country table (countries-and-timezones, ~40 KB) is only needed
// once someone searches, so the picker imports this module on demand and the page's first load stays small.
import { getAllTimezones, type Timezone } from 'countries-and-timezones'
import { zoneOffsetMinutes } from './time-zones'

export { formatUtcOffset, zoneOffsetMinutes } from './time-zones'

/** What one option of the picker is searched by. */
export type ZoneSearchEntry = {
  zone: string
  /** Normalised words: the zone's names (current, legacy, aliases) and its countries' names. Never its offset. */
  haystack: string
  /** The zone's UTC offset at the reference instant, in minutes (Bogotá: -300). */
  offsetMinutes: number
}

/** Lower-case, accent-free, with "_", "/" and "-" as spaces: "America/Bogotá" → "america bogota". */
export function normalizeSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[_/-]+/g, ' ')
    .trim()
}

/**
 * A search that is an offset: an explicit sign and hours, optionally minutes and a "UTC"/"GMT" prefix ("-05:00",
 * "-5", "GMT-5", "utc +05:30", "+0530", "UTC−3"). Null otherwise — so "UTC" alone is a name search (it finds the
 * UTC zone), not an offset that every zone would match.
 */
export function parseOffsetQuery(query: string): number | null {
  const match = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(query.trim())
  if (!match) return null
  const hours = Number(match[2])
  const minutes = match[3] === undefined ? 0 : Number(match[3])
  if (hours > 14 || minutes > 59) return null
  const total = hours * 60 + minutes
  return match[1] === '+' ? total : -total
}

/** The languages country names are searched in (the product's three), besides the viewer's own. */
const COUNTRY_NAME_LOCALES = ['es', 'en', 'pt'] as const

/**
 * The search entries of `zones` (the picker's options) with offsets at `at`. `locale` is the viewer's language: its
 * country names are added to the three product languages'.
 */
export function buildZoneSearchIndex(
  zones: readonly string[],
  at: Date,
  locale?: string,
): Map<string, ZoneSearchEntry> {
  const byName: Partial<Record<string, Timezone>> = getAllTimezones({ deprecated: true })
  // Alias groups: one pass over the table instead of one per zone.
  const aliases = new Map<string, string[]>()
  for (const info of Object.values(byName)) {
    if (!info?.aliasOf) continue
    aliases.set(info.aliasOf, [...(aliases.get(info.aliasOf) ?? []), info.name])
  }
  const locales = [...new Set([...COUNTRY_NAME_LOCALES, ...(locale ? [locale] : [])])]
  const displayNames = locales.flatMap((l) => {
    try {
      return [new Intl.DisplayNames([l], { type: 'region' })]
    } catch {
      return []
    }
  })
  const countryNames = (code: string) =>
    displayNames.map((names) => {
      try {
        return names.of(code) ?? ''
      } catch {
        return ''
      }
    })
  const index = new Map<string, ZoneSearchEntry>()
  for (const zone of zones) {
    const canonical = byName[zone]?.aliasOf ?? zone
    const names = new Set([zone, canonical, ...(aliases.get(canonical) ?? [])])
    const countries = new Set<string>()
    for (const name of names) for (const code of byName[name]?.countries ?? []) countries.add(code)
    const words = [...names, ...[...countries].flatMap(countryNames)]
    index.set(zone, {
      zone,
      haystack: ` ${[...new Set(words.map(normalizeSearch))].join(' ')} `,
      offsetMinutes: zoneOffsetMinutes(zone, at),
    })
  }
  return index
}

/**
 * How well `entry` matches `query`: 0 = no match; otherwise higher is better (a word that starts with the search beats
 * one that only contains it). An offset search matches exactly the zones at that offset now.
 */
export function zoneSearchScore(entry: ZoneSearchEntry, query: string): number {
  const offset = parseOffsetQuery(query)
  if (offset !== null) return entry.offsetMinutes === offset ? 1 : 0
  const tokens = normalizeSearch(query).split(/\s+/).filter(Boolean)
  if (tokens.length === 0) return 1
  let score = 1
  for (const token of tokens) {
    if (entry.haystack.includes(` ${token}`)) score = Math.min(score, 1)
    else if (entry.haystack.includes(token)) score = Math.min(score, 0.5)
    else return 0
  }
  return score
}

/** The zones matching `query`, best first (ties keep the index's order). */
export function searchTimeZones(index: Map<string, ZoneSearchEntry>, query: string): string[] {
  return [...index.values()]
    .map((entry, i) => ({ zone: entry.zone, score: zoneSearchScore(entry, query), i }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((hit) => hit.zone)
}

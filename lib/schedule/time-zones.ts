// docs/behaviour.md §4 — which IANA zone names a schedule may use: exactly those the runtime can evaluate.

let knownZones: Set<string> | null = null
const acceptedAliases = new Set<string>()

/** The runtime's canonical zone list (Intl.supportedValuesOf('timeZone')) plus 'UTC', e.g. for a zone picker. */
export function listTimeZones(): string[] {
  const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return list.includes('UTC') ? [...list] : [...list, 'UTC']
}

/**
 * A zone the runtime knows: listed by Intl.supportedValuesOf('timeZone'), 'UTC', or an alias that
 * Intl.DateTimeFormat accepts (e.g. 'US/Eastern', 'Etc/GMT+5'). The engine reads offsets through the same Intl,
 * so every accepted name evaluates.
 */
export function isKnownTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false
  knownZones ??= new Set(listTimeZones())
  if (knownZones.has(value) || acceptedAliases.has(value)) return true
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
  } catch {
    return false
  }
  // Only accepted names are cached, so this set is bounded by what Intl accepts.
  acceptedAliases.add(value)
  return true
}

/**
 * The canonical IANA spelling of an accepted zone name ('america/bogota' → 'America/Bogota'), as Intl resolves it;
 * null for a name the runtime does not know. Stored zones are always canonical (issue 12 item 5).
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (!isKnownTimeZone(value)) return null
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone
  } catch {
    return null
  }
}

/** The zone's UTC offset at `at`, in minutes east of UTC, as Intl reports it (0 for a name Intl rejects). */
export function zoneOffsetMinutes(zone: string, at: Date): number {
  let name: string | undefined
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value
  } catch {
    return 0
  }
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name ?? '')
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

/** "UTC−05:00", "UTC+05:30", "UTC±00:00" (a real minus sign, as the picker shows it). */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC±00:00'
  const abs = Math.abs(minutes)
  const hh = String(Math.floor(abs / 60)).padStart(2, '0')
  const mm = String(abs % 60).padStart(2, '0')
  return `UTC${minutes < 0 ? '−' : '+'}${hh}:${mm}`
}

// Issue 22 — how a time zone is shown to people: in the viewer's language, never as a raw IANA id. The name comes
// from Intl's `longGeneric` ("hora estándar de Colombia", "India Standard Time"): Chromium's ICU data has no
// localized city names, so `shortGeneric` reads "hora de Mexico City" in Spanish there, while `longGeneric` is
// localized in the browser and in Node alike (server and client render the same text).

/**
 * Zone ids that ICU still reports under an older spelling (Intl.supportedValuesOf and resolvedOptions return
 * "Asia/Calcutta") with the name IANA uses now. Only renames of the same place; links that merge two places
 * (Europe/Stockholm → Europe/Berlin) keep their own name.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
}

/** The zone's current IANA name ("Asia/Calcutta" → "Asia/Kolkata"). */
export function currentZoneId(zone: string): string {
  return CURRENT_NAMES[zone] ?? zone
}

/** The id as people read it: current name, spaces for underscores ("America/Mexico City", "Asia/Kolkata"). */
export function readableZoneId(zone: string): string {
  return currentZoneId(zone).replaceAll('_', ' ')
}

// Portuguese capitalises the generic words of a zone name ("Horário Padrão da Colômbia"); inside a sentence they
// are common nouns. Place names ("Colômbia", "Europa Central") keep their capitals.
const PT_COMMON_WORDS = new Set(['Horário', 'Padrão', 'Verão', 'Oficial'])

/** Generic names do not depend on the instant much; a fixed recent one keeps server and browser in step. */
const RECENT = Date.UTC(2026, 0, 15)

const formatters = new Map<string, Intl.DateTimeFormat>()
function genericFormatter(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    formatters.set(key, f)
  }
  return f
}

/**
 * The zone's everyday name in `locale`, written for the middle of a sentence: "hora estándar de Colombia",
 * "Colombia Standard Time", "horário padrão da Colômbia". A zone without a name gives its offset ("GMT-05:00").
 */
export function zoneName(timeZone: string, locale: string, at: Date | number = RECENT): string {
  let name: string
  try {
    name =
      genericFormatter(locale, timeZone)
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? readableZoneId(timeZone)
  } catch {
    return readableZoneId(timeZone)
  }
  if (locale.toLowerCase().startsWith('pt'))
    name = name
      .split(' ')
      .map((word) => (PT_COMMON_WORDS.has(word) ? word.toLowerCase() : word))
      .join(' ')
  return name
}

/** The same name at the start of a line or as a list item: "Hora estándar de Colombia". */
export function zoneTitle(timeZone: string, locale: string, at: Date | number = RECENT): string {
  const name = zoneName(timeZone, locale, at)
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
}

/** A zone where a zone is chosen or listed: its readable id and its name ("America/Mexico City (hora estándar central)"). */
export function zoneChoiceLabel(timeZone: string, locale: string, at: Date | number = RECENT): string {
  const id = readableZoneId(timeZone)
  const name = zoneName(timeZone, locale, at)
  // Zones without a name of their own (UTC, Etc/GMT+5) are named by their offset: the id says it already.
  return /^(GMT|UTC)/.test(name) ? id : `${id} (${name})`
}

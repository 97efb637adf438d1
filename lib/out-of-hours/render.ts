// Issue 16 §2 — the out-of-hours message with variables, rendered at send time from the scope's real schedule, in
// the scope's zone and the message's language. Pure: the moment is always a parameter (`at`).
import { isOpen, nextChange } from '../schedule/engine'
import { formatDate, MINUTES_PER_DAY, parseTime } from '../schedule/time'
import type { Schedule, TimeRange } from '../schedule/types'
import { WEEKDAYS } from '../schedule/types'
import { characterCount, MAX_COMPANY_NAME_LENGTH } from '../settings/scope-settings-values'
import {
  atTime,
  dayPhrase,
  joinList,
  timeRange,
  WORDS,
  type DayDistance,
  type MessageLanguage,
} from './phrases'
import { wallClock } from './wall-clock'

export const PLACEHOLDERS = ['proxima_apertura', 'horario_hoy', 'horario_semana', 'empresa'] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name)
}

/** What a message is rendered from: the scope's business hours and the organization's name. */
export type MessageScope = { business: Schedule; companyName: string }
export type RenderContext = MessageScope & { at: Date; language: MessageLanguage }

// Anything in braces without line breaks is meant as a variable; a typo such as "{emprsa}" or "{ empresa }" must be
// caught before a customer reads it verbatim.
const TOKEN_RE = /\{([^{}\n]{1,40})\}/g

export type PlaceholderToken = { text: string; name: string; start: number; end: number; known: boolean }

/** Every `{…}` in the template, in order, and whether it is one of PLACEHOLDERS. */
export function placeholderTokens(template: string): PlaceholderToken[] {
  const tokens: PlaceholderToken[] = []
  for (const m of template.matchAll(TOKEN_RE)) {
    const name = m[1] ?? ''
    const start = m.index
    tokens.push({ text: m[0], name, start, end: start + m[0].length, known: isPlaceholder(name) })
  }
  return tokens
}

/** The unknown `{…}` the template contains, each once, as typed (for the field's validation message). */
export function unknownPlaceholders(template: string): string[] {
  return [
    ...new Set(
      placeholderTokens(template)
        .filter((t) => !t.known)
        .map((t) => t.text),
    ),
  ]
}

function replaceTokens(template: string, value: (name: Placeholder) => string): string {
  return template.replace(TOKEN_RE, (whole, name: string) => (isPlaceholder(name) ? value(name) : whole))
}

// --- {proxima_apertura} -------------------------------------------------------------------------------------

/** When business hours next open, seen from `at`: open already, at an instant, or not within 400 days. */
export type NextOpening = { kind: 'now' } | { kind: 'at'; instant: Date } | { kind: 'none' }

/**
 * The instant {proxima_apertura} names. While closed it is the business schedule's next flip — the very value
 * lib/routing's decide() reports as `nextOpening` for a `closed` decision (properties test checks they agree).
 */
export function nextOpeningOf(business: Schedule, at: Date): NextOpening {
  if (isOpen(business, at)) return { kind: 'now' }
  const instant = nextChange(business, at)
  return instant === null ? { kind: 'none' } : { kind: 'at', instant }
}

/** "mañana martes a las 8:00" — the instant as a customer reads it, relative to `at`, in `timeZone`. */
export function openingPhrase(instant: Date, at: Date, timeZone: string, language: MessageLanguage): string {
  const today = wallClock(at, timeZone)
  const target = wallClock(instant, timeZone)
  const days = target.dayNumber - today.dayNumber
  const distance: DayDistance = days === 0 ? 'today' : days === 1 ? 'tomorrow' : 'later'
  const day = dayPhrase(target, distance, target.year !== today.year, language)
  return `${day} ${atTime(target.minutes, language)}`
}

function nextOpeningText(ctx: RenderContext): string {
  const next = nextOpeningOf(ctx.business, ctx.at)
  if (next.kind === 'now') return WORDS[ctx.language].now
  if (next.kind === 'none') return WORDS[ctx.language].noOpening
  return openingPhrase(next.instant, ctx.at, ctx.business.timeZone, ctx.language)
}

// --- {horario_hoy} / {horario_semana} -----------------------------------------------------------------------

type Minutes = { start: number; end: number }

function minutesOf(ranges: readonly TimeRange[]): Minutes[] {
  const out: Minutes[] = []
  for (const r of ranges) {
    const start = parseTime(r.start)
    const end = parseTime(r.end, true)
    if (start !== null && end !== null && start !== end) out.push({ start, end })
  }
  return out.sort((a, b) => a.start - b.start)
}

function rangesText(ranges: readonly TimeRange[], language: MessageLanguage): string {
  const list = minutesOf(ranges)
  if (list.length === 0) return WORDS[language].closed
  return joinList(
    list.map((r) => timeRange(r.start, r.end, language)),
    language,
  )
}

function dayText(ranges: readonly TimeRange[], label: string | undefined, language: MessageLanguage): string {
  const text = rangesText(ranges, language)
  const name = label?.trim()
  return name ? `${text} (${name})` : text
}

/**
 * Today's hours in the scope's zone: the special date's when there is one (with its name: "cerrado (Navidad)"),
 * else the weekday's. Ranges are listed as configured, overnight ones as "22:00–2:00".
 */
export function todayHoursText(business: Schedule, at: Date, language: MessageLanguage): string {
  const today = wallClock(at, business.timeZone)
  const date = formatDate(today.dayNumber)
  const override = business.overrides.find((o) => o.date === date)
  if (override !== undefined) return dayText(override.ranges, override.label, language)
  return dayText(business.weekly[WEEKDAYS[today.weekday] ?? 'mon'], undefined, language)
}

/**
 * The weekly hours in one line: runs of consecutive days with the same hours share one entry ("lun–vie
 * 8:00–18:00, sáb 9:00–13:00"); closed days are left out; the same hours all week read "todos los días …".
 */
export function weekHoursText(business: Schedule, language: MessageLanguage): string {
  const w = WORDS[language]
  const perDay = WEEKDAYS.map((day) => {
    const list = minutesOf(business.weekly[day])
    return {
      key: list.map((r) => `${r.start}-${r.end}`).join(','),
      text: rangesText(business.weekly[day], language),
    }
  })
  const first = perDay[0]
  if (first !== undefined && first.key !== '' && perDay.every((d) => d.key === first.key)) {
    return `${w.everyDay} ${first.text}`
  }
  const runs: { from: number; to: number; key: string; text: string }[] = []
  perDay.forEach((d, i) => {
    if (d.key === '') return
    const last = runs[runs.length - 1]
    if (last !== undefined && last.to === i - 1 && last.key === d.key) last.to = i
    else runs.push({ from: i, to: i, key: d.key, text: d.text })
  })
  if (runs.length === 0) return w.noWeeklyHours
  return runs
    .map((run) => {
      const days =
        run.from === run.to
          ? w.weekdaysShort[run.from]
          : `${w.weekdaysShort[run.from]}–${w.weekdaysShort[run.to]}`
      return `${days} ${run.text}`
    })
    .join(', ')
}

// --- rendering ----------------------------------------------------------------------------------------------

/** The value of every variable for one moment. */
export function placeholderValues(ctx: RenderContext): Record<Placeholder, string> {
  return {
    proxima_apertura: nextOpeningText(ctx),
    horario_hoy: todayHoursText(ctx.business, ctx.at, ctx.language),
    horario_semana: weekHoursText(ctx.business, ctx.language),
    empresa: ctx.companyName.trim(),
  }
}

/** The message as the customer receives it at `ctx.at`. Unknown `{…}` are left as typed (validation refuses them). */
export function renderMessage(template: string, ctx: RenderContext): string {
  if (!template.includes('{')) return template
  const values = placeholderValues(ctx)
  return replaceTokens(template, (name) => values[name])
}

// --- worst case ---------------------------------------------------------------------------------------------

const longestAtTime = new Map<MessageLanguage, number>()

function maxAtTimeLength(language: MessageLanguage): number {
  let max = longestAtTime.get(language)
  if (max === undefined) {
    max = 0
    for (let m = 0; m < MINUTES_PER_DAY; m++) max = Math.max(max, characterCount(atTime(m, language)))
    longestAtTime.set(language, max)
  }
  return max
}

/** The longest {proxima_apertura} can ever be in a language (every form, longest names, a year, longest time). */
export function maxNextOpeningLength(language: MessageLanguage): number {
  const w = WORDS[language]
  let max = Math.max(characterCount(w.now), characterCount(w.noOpening))
  const time = maxAtTimeLength(language) + 1 // the space before the time
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let month = 1; month <= 12; month++) {
      const day = { year: 2027, month, day: 30, weekday }
      for (const distance of ['today', 'tomorrow', 'later'] as const) {
        max = Math.max(max, characterCount(dayPhrase(day, distance, true, language)) + time)
      }
    }
  }
  return max
}

function maxTodayLength(business: Schedule, language: MessageLanguage): number {
  let max = 0
  for (const day of WEEKDAYS)
    max = Math.max(max, characterCount(dayText(business.weekly[day], undefined, language)))
  for (const o of business.overrides)
    max = Math.max(max, characterCount(dayText(o.ranges, o.label, language)))
  return max
}

/**
 * The most characters the rendered message can have, whatever the moment: what the counter shows and what the
 * 1000-character limit applies to. Each variable counts as its longest possible value.
 */
export function worstCaseLength(template: string, scope: MessageScope, language: MessageLanguage): number {
  const tokens = placeholderTokens(template)
  if (tokens.length === 0) return characterCount(template)
  const longest: Record<Placeholder, () => number> = {
    proxima_apertura: () => maxNextOpeningLength(language),
    horario_hoy: () => maxTodayLength(scope.business, language),
    horario_semana: () => characterCount(weekHoursText(scope.business, language)),
    empresa: () => characterCount(scope.companyName.trim()),
  }
  const memo = new Map<Placeholder, number>()
  let total = characterCount(template)
  for (const token of tokens) {
    if (!token.known) continue
    const name = token.name as Placeholder
    let n = memo.get(name)
    if (n === undefined) {
      n = longest[name]()
      memo.set(name, n)
    }
    total += n - characterCount(token.text)
  }
  return total
}

/**
 * What the editor's counter shows and the 1000-character rule checks: the message's worst case, never less than
 * the text as typed. `companyName` is what {empresa} becomes; unknown, it counts as the longest name allowed.
 * Tolerates malformed hours (they are reported on their own fields): it then counts the typed text.
 */
export function renderedWorstCase(
  message: string,
  business: unknown,
  companyName: string | undefined,
  language: MessageLanguage = 'es',
): number {
  const typed = characterCount(message)
  if (!message.includes('{')) return typed
  const company = companyName ?? 'x'.repeat(MAX_COMPANY_NAME_LENGTH)
  try {
    return Math.max(
      typed,
      worstCaseLength(message, { business: business as Schedule, companyName: company }, language),
    )
  } catch {
    return typed
  }
}

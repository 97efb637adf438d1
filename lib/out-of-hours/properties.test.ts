// Issue 16: "{proxima_apertura} always names the same instant as decide(...).nextOpening". The rendered phrase is
// read back with an independent parser (Intl for "today", resolveWall for the wall time) and compared.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decide } from '../routing'
import { agentsArb, configArb, instantArb } from '../routing/test-arbitraries'
import { daysFromCivil } from '../schedule/time'
import { getZone, resolveWall } from '../schedule/zone'
import { WORDS, type MessageLanguage } from './phrases'
import { nextOpeningOf, renderMessage } from './render'

const DAY = 86_400_000

/** The local date of an instant, straight from Intl (independent of the renderer's offset tables). */
function localDate(ms: number, timeZone: string) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(ms)
    .split('-')
    .map(Number)
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 }
}

const monthOf = (language: MessageLanguage, name: string) => WORDS[language].months.indexOf(name) + 1
const weekdayOf = (language: MessageLanguage, name: string) => WORDS[language].weekdays.indexOf(name)

type Parsed = { days: number; minutes: number; weekday: number | null }

/** Reads "mañana martes a las 8:00" (and every other form, in each language) back into a local day + time. */
function parsePhrase(text: string, language: MessageLanguage, todayDays: number, todayYear: number): Parsed {
  const fail = () => {
    throw new Error(`unparseable ${language} phrase: ${text}`)
  }
  const date = (day: string, month: string, year: string | undefined) =>
    daysFromCivil(year === undefined ? todayYear : Number(year), monthOf(language, month), Number(day))
  if (language === 'es') {
    const time = / a las? (\d{1,2}):(\d{2})$/.exec(text) ?? fail()
    const minutes = Number(time[1]) * 60 + Number(time[2])
    const head = text.slice(0, time.index)
    if (head === 'hoy') return { days: todayDays, minutes, weekday: null }
    const tomorrow = /^mañana (\S+)$/.exec(head)
    if (tomorrow) return { days: todayDays + 1, minutes, weekday: weekdayOf(language, tomorrow[1] ?? '') }
    const later = /^el (\S+) (\d{1,2}) de (\S+)(?: de (\d{4}))?$/.exec(head) ?? fail()
    return {
      days: date(later[2] ?? '', later[3] ?? '', later[4]),
      minutes,
      weekday: weekdayOf(language, later[1] ?? ''),
    }
  }
  if (language === 'en') {
    const time = / at (\d{1,2}):(\d{2}) (AM|PM)$/.exec(text) ?? fail()
    const minutes = ((Number(time[1]) % 12) + (time[3] === 'PM' ? 12 : 0)) * 60 + Number(time[2])
    const head = text.slice(0, time.index)
    if (head === 'today') return { days: todayDays, minutes, weekday: null }
    const tomorrow = /^tomorrow, (\w+),$/.exec(head)
    if (tomorrow) return { days: todayDays + 1, minutes, weekday: weekdayOf(language, tomorrow[1] ?? '') }
    const later = /^on (\w+), (\w+) (\d{1,2})(?:, (\d{4}))?$/.exec(head) ?? fail()
    return {
      days: date(later[3] ?? '', later[2] ?? '', later[4]),
      minutes,
      weekday: weekdayOf(language, later[1] ?? ''),
    }
  }
  const time = / às? (\d{1,2})h(\d{2})?$/.exec(text) ?? fail()
  const minutes = Number(time[1]) * 60 + Number(time[2] ?? 0)
  const head = text.slice(0, time.index)
  if (head === 'hoje') return { days: todayDays, minutes, weekday: null }
  const tomorrow = /^amanhã, (\S+),$/.exec(head)
  if (tomorrow) return { days: todayDays + 1, minutes, weekday: weekdayOf(language, tomorrow[1] ?? '') }
  const later = /^n[ao] (\S+), (\d{1,2}) de (\S+)(?: de (\d{4}))?,$/.exec(head) ?? fail()
  return {
    days: date(later[2] ?? '', later[3] ?? '', later[4]),
    minutes,
    weekday: weekdayOf(language, later[1] ?? ''),
  }
}

describe('{proxima_apertura} names decide(...).nextOpening (fast-check)', () => {
  for (const language of ['es', 'en', 'pt-BR'] as const) {
    it(`${language}: the rendered phrase reads back as exactly the decision's nextOpening`, () => {
      let closedCases = 0
      fc.assert(
        fc.property(configArb, instantArb, agentsArb, (config, t, agents) => {
          const at = new Date(t)
          const decision = decide(config, at, agents)
          const next = nextOpeningOf(config.business, at)
          // Whenever routing says `closed`, the renderer's opening is the decision's, instant for instant.
          if (decision.responder === 'closed') {
            closedCases++
            expect(next).toEqual(
              decision.nextOpening === null
                ? { kind: 'none' }
                : { kind: 'at', instant: decision.nextOpening },
            )
          }
          if (!decision.businessOpen) expect(next.kind).not.toBe('now')
          const text = renderMessage('{proxima_apertura}', {
            business: config.business,
            companyName: 'X',
            at,
            language,
          })
          if (next.kind !== 'at') {
            expect(text).toBe(next.kind === 'now' ? WORDS[language].now : WORDS[language].noOpening)
            return
          }
          const zone = config.business.timeZone
          const today = localDate(t, zone)
          const parsed = parsePhrase(
            text,
            language,
            daysFromCivil(today.year, today.month, today.day),
            today.year,
          )
          if (parsed.weekday !== null) expect(parsed.weekday).toBe((((parsed.days + 3) % 7) + 7) % 7)
          const instant = resolveWall(getZone(zone), parsed.days * DAY + parsed.minutes * 60_000)
          expect(new Date(instant).toISOString(), text).toBe(next.instant.toISOString())
        }),
        { numRuns: 400 },
      )
      // The property must not hold vacuously: plenty of runs were `closed` decisions.
      expect(closedCases).toBeGreaterThan(40)
    })
  }
})

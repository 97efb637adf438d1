// Customer-facing wording of days and times in the three message languages. Messages go to customers, so they
// follow each language's own conventions (not the admin's UI locale): Spanish and Portuguese read the 24-hour
// clock ("18:00", "18h"), English the 12-hour one ("6:00 PM"); "a la 1:00" / "à 1h" but "a las 2:00" / "às 2h".
// Names are tables rather than Intl so that a server, a browser and a test render exactly the same text.
import { MINUTES_PER_DAY } from '../schedule/time'

export const MESSAGE_LANGUAGES = ['es', 'en', 'pt-BR'] as const
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number]

export function isMessageLanguage(value: unknown): value is MessageLanguage {
  return typeof value === 'string' && (MESSAGE_LANGUAGES as readonly string[]).includes(value)
}

/** A local calendar day and a time of day in the scope's zone. `weekday`: 0 = Monday … 6 = Sunday. */
export type WallDay = { year: number; month: number; day: number; weekday: number }

type Words = {
  weekdays: readonly string[]
  weekdaysShort: readonly string[]
  months: readonly string[]
  everyDay: string
  allDay: string
  and: string
  closed: string
  noWeeklyHours: string
  now: string
  noOpening: string
}

export const WORDS: Record<MessageLanguage, Words> = {
  es: {
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    weekdaysShort: ['lun', 'mar', 'mié', 'jue', 'vie', 'sáb', 'dom'],
    months: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    everyDay: 'todos los días',
    allDay: '24 horas',
    and: 'y',
    closed: 'cerrado',
    noWeeklyHours: 'sin horario fijo',
    now: 'ahora mismo',
    noOpening: 'en una fecha aún por confirmar',
  },
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    everyDay: 'every day',
    allDay: '24 hours',
    and: 'and',
    closed: 'closed',
    noWeeklyHours: 'no regular hours',
    now: 'right now',
    noOpening: 'on a date yet to be confirmed',
  },
  'pt-BR': {
    weekdays: [
      'segunda-feira',
      'terça-feira',
      'quarta-feira',
      'quinta-feira',
      'sexta-feira',
      'sábado',
      'domingo',
    ],
    weekdaysShort: ['seg', 'ter', 'qua', 'qui', 'sex', 'sáb', 'dom'],
    months: [
      'janeiro',
      'fevereiro',
      'março',
      'abril',
      'maio',
      'junho',
      'julho',
      'agosto',
      'setembro',
      'outubro',
      'novembro',
      'dezembro',
    ],
    everyDay: 'todos os dias',
    allDay: '24 horas',
    and: 'e',
    closed: 'fechado',
    noWeeklyHours: 'sem horário fixo',
    now: 'agora mesmo',
    noOpening: 'em uma data ainda a confirmar',
  },
}

/** A wall-clock time of day (minutes 0..1440) as the language writes it: "8:00", "6:00 PM", "8h30". */
export function timeOfDay(minutes: number, language: MessageLanguage): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  const mm = String(m).padStart(2, '0')
  if (language === 'en') {
    const h12 = h % 12 === 0 ? 12 : h % 12
    // 24:00 is midnight at the end of the day: 12:00 AM.
    const period = h >= 12 && h < 24 ? 'PM' : 'AM'
    return `${h12}:${mm} ${period}`
  }
  if (language === 'pt-BR') return m === 0 ? `${h}h` : `${h}h${mm}`
  return `${h}:${mm}`
}

/** "a las 8:00" / "a la 1:00", "at 8:00 AM", "às 8h" / "à 1h". */
export function atTime(minutes: number, language: MessageLanguage): string {
  const singular = Math.floor(minutes / 60) === 1
  const time = timeOfDay(minutes, language)
  if (language === 'en') return `at ${time}`
  if (language === 'pt-BR') return `${singular ? 'à' : 'às'} ${time}`
  return `${singular ? 'a la' : 'a las'} ${time}`
}

/** "a partir de las 8:00", "from 8:00 AM", "a partir das 8h". */
export function fromTime(minutes: number, language: MessageLanguage): string {
  const singular = Math.floor(minutes / 60) === 1
  const time = timeOfDay(minutes, language)
  if (language === 'en') return `from ${time}`
  if (language === 'pt-BR') return `a partir ${singular ? 'da' : 'das'} ${time}`
  return `a partir de ${singular ? 'la' : 'las'} ${time}`
}

/** A wall-clock range: "8:00–18:00", "8:00 AM–6:00 PM", "8h–18h"; a whole day is "24 horas". */
export function timeRange(start: number, end: number, language: MessageLanguage): string {
  if (start === 0 && end === MINUTES_PER_DAY) return WORDS[language].allDay
  return `${timeOfDay(start, language)}–${timeOfDay(end, language)}`
}

/** "a, b y c" in the language. */
export function joinList(items: readonly string[], language: MessageLanguage): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${WORDS[language].and} ${items[items.length - 1]}`
}

/**
 * How far `target` is from `today` in local days decides the wording: 0 → "hoy", 1 → "mañana martes", later →
 * the weekday and date (with the year only when it is not this year, so the phrase is never ambiguous within the
 * 400 days the engine looks ahead).
 */
export type DayDistance = 'today' | 'tomorrow' | 'later'

/** "hoy", "mañana martes", "el jueves 4 de diciembre", "el lunes 4 de enero de 2027" (and en / pt-BR). */
export function dayPhrase(
  target: WallDay,
  distance: DayDistance,
  withYear: boolean,
  language: MessageLanguage,
): string {
  const w = WORDS[language]
  const weekday = w.weekdays[target.weekday] ?? ''
  const month = w.months[target.month - 1] ?? ''
  if (language === 'en') {
    if (distance === 'today') return 'today'
    if (distance === 'tomorrow') return `tomorrow, ${weekday},`
    return `on ${weekday}, ${month} ${target.day}${withYear ? `, ${target.year}` : ''}`
  }
  if (language === 'pt-BR') {
    if (distance === 'today') return 'hoje'
    if (distance === 'tomorrow') return `amanhã, ${weekday},`
    // Saturday and Sunday are masculine in Portuguese ("no sábado"), the -feira days feminine ("na segunda-feira").
    const article = target.weekday >= 5 ? 'no' : 'na'
    return `${article} ${weekday}, ${target.day} de ${month}${withYear ? ` de ${target.year}` : ''},`
  }
  if (distance === 'today') return 'hoy'
  if (distance === 'tomorrow') return `mañana ${weekday}`
  return `el ${weekday} ${target.day} de ${month}${withYear ? ` de ${target.year}` : ''}`
}

/** The date phrase without relative words: "el martes 2 de diciembre" (for sentences about any moment). */
export function datePhrase(target: WallDay, withYear: boolean, language: MessageLanguage): string {
  return dayPhrase(target, 'later', withYear, language).replace(/,$/, '')
}

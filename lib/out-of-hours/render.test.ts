import { describe, expect, it } from 'vitest'
import { alwaysClosed, alwaysOpen } from '../schedule'
import { at, schedule } from '../routing/test-fixtures'
import type { DateOverride, Schedule } from '../schedule/types'
import {
  maxNextOpeningLength,
  nextOpeningOf,
  placeholderTokens,
  placeholderValues,
  renderMessage,
  todayHoursText,
  unknownPlaceholders,
  weekHoursText,
  worstCaseLength,
  type MessageLanguage,
} from './index'

const BOGOTA = 'America/Bogota'
const office = schedule(BOGOTA, { weekdays: [['08:00', '18:00']], sat: [['09:00', '13:00']] }, [
  { date: '2026-12-08', ranges: [], label: 'Inmaculada Concepción' },
  { date: '2026-12-24', ranges: [{ start: '09:00', end: '12:00' }], label: 'Nochebuena' },
])
const scope = { business: office, companyName: 'Tienda Aurora' }
const ALL = 'Hola de {empresa}. Hoy: {horario_hoy}. Semana: {horario_semana}. Volvemos {proxima_apertura}.'

function render(template: string, iso: string, language: MessageLanguage, business: Schedule = office) {
  return renderMessage(template, { business, companyName: 'Tienda Aurora', at: at(iso), language })
}

describe('renderMessage — every variable in each language', () => {
  // Tuesday 1 December 2026, 20:00 in Bogotá: closed, opens Wednesday 8:00.
  const tuesdayNight = '2026-12-01T20:00-05:00'

  it('es', () => {
    expect(render(ALL, tuesdayNight, 'es')).toBe(
      'Hola de Tienda Aurora. Hoy: 8:00–18:00. Semana: lun–vie 8:00–18:00, sáb 9:00–13:00. ' +
        'Volvemos mañana miércoles a las 8:00.',
    )
  })

  it('en: 12-hour clock, weekday names capitalised', () => {
    expect(render(ALL, tuesdayNight, 'en')).toBe(
      'Hola de Tienda Aurora. Hoy: 8:00 AM–6:00 PM. Semana: Mon–Fri 8:00 AM–6:00 PM, Sat 9:00 AM–1:00 PM. ' +
        'Volvemos tomorrow, Wednesday, at 8:00 AM.',
    )
  })

  it('pt-BR: 24-hour clock written the Brazilian way', () => {
    expect(render(ALL, tuesdayNight, 'pt-BR')).toBe(
      'Hola de Tienda Aurora. Hoy: 8h–18h. Semana: seg–sex 8h–18h, sáb 9h–13h. ' +
        'Volvemos amanhã, quarta-feira, às 8h.',
    )
  })

  it('{proxima_apertura}: "hoy" before the opening on the same day', () => {
    expect(render('{proxima_apertura}', '2026-12-02T06:15-05:00', 'es')).toBe('hoy a las 8:00')
    expect(render('{proxima_apertura}', '2026-12-02T06:15-05:00', 'en')).toBe('today at 8:00 AM')
    expect(render('{proxima_apertura}', '2026-12-02T06:15-05:00', 'pt-BR')).toBe('hoje às 8h')
  })

  it('{proxima_apertura}: a later day names weekday and date; over the weekend it skips Sunday', () => {
    expect(render('{proxima_apertura}', '2026-12-05T14:00-05:00', 'es')).toBe(
      'el lunes 7 de diciembre a las 8:00',
    )
    expect(render('{proxima_apertura}', '2026-12-05T14:00-05:00', 'en')).toBe(
      'on Monday, December 7 at 8:00 AM',
    )
    expect(render('{proxima_apertura}', '2026-12-05T14:00-05:00', 'pt-BR')).toBe(
      'na segunda-feira, 7 de dezembro, às 8h',
    )
  })

  it('{proxima_apertura}: Portuguese weekend days are masculine ("no sábado")', () => {
    expect(render('{proxima_apertura}', '2026-12-03T20:00-05:00', 'pt-BR', office)).toBe(
      'amanhã, sexta-feira, às 8h',
    )
    expect(
      render(
        '{proxima_apertura}',
        '2026-12-03T20:00-05:00',
        'pt-BR',
        schedule(BOGOTA, { sat: [['09:00', '13:00']] }),
      ),
    ).toBe('no sábado, 5 de dezembro, às 9h')
  })

  it('{proxima_apertura}: "a la 1:00" / "à 1h" but "a las 13:00"', () => {
    const one = schedule(BOGOTA, {
      all: [
        ['01:30', '02:00'],
        ['13:00', '14:00'],
      ],
    })
    expect(render('{proxima_apertura}', '2026-12-01T00:00-05:00', 'es', one)).toBe('hoy a la 1:30')
    expect(render('{proxima_apertura}', '2026-12-01T00:00-05:00', 'pt-BR', one)).toBe('hoje à 1h30')
    expect(render('{proxima_apertura}', '2026-12-01T00:00-05:00', 'en', one)).toBe('today at 1:30 AM')
    expect(render('{proxima_apertura}', '2026-12-01T03:00-05:00', 'es', one)).toBe('hoy a las 13:00')
    expect(render('{proxima_apertura}', '2026-12-01T03:00-05:00', 'en', one)).toBe('today at 1:00 PM')
  })

  it('{proxima_apertura} while open says so ("ahora mismo"), for the editor example at any moment', () => {
    expect(render('{proxima_apertura}', '2026-12-01T10:00-05:00', 'es')).toBe('ahora mismo')
    expect(render('{proxima_apertura}', '2026-12-01T10:00-05:00', 'en')).toBe('right now')
    expect(render('{proxima_apertura}', '2026-12-01T10:00-05:00', 'pt-BR')).toBe('agora mesmo')
  })

  it('{horario_hoy} on a holiday names it; special hours show with the date’s name', () => {
    expect(render('{horario_hoy}', '2026-12-08T10:00-05:00', 'es')).toBe('cerrado (Inmaculada Concepción)')
    expect(render('{horario_hoy}', '2026-12-08T10:00-05:00', 'en')).toBe('closed (Inmaculada Concepción)')
    expect(render('{horario_hoy}', '2026-12-08T10:00-05:00', 'pt-BR')).toBe('fechado (Inmaculada Concepción)')
    expect(render('{horario_hoy}', '2026-12-24T13:00-05:00', 'es')).toBe('9:00–12:00 (Nochebuena)')
    expect(render('{horario_hoy}', '2026-12-06T10:00-05:00', 'es')).toBe('cerrado')
  })

  it('{horario_hoy} lists several ranges of a day in order', () => {
    const split = schedule(BOGOTA, {
      all: [
        ['14:00', '18:00'],
        ['08:00', '12:00'],
      ],
    })
    expect(todayHoursText(split, at('2026-12-01T20:00-05:00'), 'es')).toBe('8:00–12:00 y 14:00–18:00')
    expect(todayHoursText(split, at('2026-12-01T20:00-05:00'), 'en')).toBe(
      '8:00 AM–12:00 PM and 2:00 PM–6:00 PM',
    )
    expect(todayHoursText(split, at('2026-12-01T20:00-05:00'), 'pt-BR')).toBe('8h–12h e 14h–18h')
  })

  it('{horario_semana}: the same hours every day, 24 hours, no regular hours, scattered days', () => {
    expect(weekHoursText(schedule(BOGOTA, { all: [['08:00', '20:00']] }), 'es')).toBe(
      'todos los días 8:00–20:00',
    )
    expect(weekHoursText(alwaysOpen(BOGOTA), 'es')).toBe('todos los días 24 horas')
    expect(weekHoursText(alwaysOpen(BOGOTA), 'en')).toBe('every day 24 hours')
    expect(weekHoursText(alwaysOpen(BOGOTA), 'pt-BR')).toBe('todos os dias 24 horas')
    expect(weekHoursText(alwaysClosed(BOGOTA), 'es')).toBe('sin horario fijo')
    expect(weekHoursText(alwaysClosed(BOGOTA), 'en')).toBe('no regular hours')
    const scattered = schedule(BOGOTA, {
      mon: [['08:00', '12:00']],
      wed: [['08:00', '12:00']],
      thu: [['08:00', '12:00']],
      sun: [['10:00', '14:00']],
    })
    expect(weekHoursText(scattered, 'es')).toBe('lun 8:00–12:00, mié–jue 8:00–12:00, dom 10:00–14:00')
    expect(weekHoursText(scattered, 'en')).toBe(
      'Mon 8:00 AM–12:00 PM, Wed–Thu 8:00 AM–12:00 PM, Sun 10:00 AM–2:00 PM',
    )
  })

  it('{empresa} is the organization name, trimmed', () => {
    expect(
      renderMessage('Gracias por escribir a {empresa}.', {
        ...scope,
        companyName: '  Café Montaña ',
        at: at('2026-12-01T20:00-05:00'),
        language: 'es',
      }),
    ).toBe('Gracias por escribir a Café Montaña.')
  })

  it('a message without variables is returned unchanged', () => {
    expect(render('Volvemos pronto.', '2026-12-01T20:00-05:00', 'es')).toBe('Volvemos pronto.')
  })
})

describe('overnight ranges', () => {
  const nights = schedule(BOGOTA, { all: [['22:00', '02:00']] })

  it('reads as "22:00–2:00" and opens tonight', () => {
    expect(
      render('{horario_hoy} | {horario_semana} | {proxima_apertura}', '2026-12-01T03:00-05:00', 'es', nights),
    ).toBe('22:00–2:00 | todos los días 22:00–2:00 | hoy a las 22:00')
    expect(render('{horario_hoy} | {proxima_apertura}', '2026-12-01T03:00-05:00', 'en', nights)).toBe(
      '10:00 PM–2:00 AM | today at 10:00 PM',
    )
    expect(render('{horario_hoy}', '2026-12-01T03:00-05:00', 'pt-BR', nights)).toBe('22h–2h')
  })

  it('at 01:00 the previous night’s range is still open: "ahora mismo"', () => {
    expect(render('{proxima_apertura}', '2026-12-01T01:00-05:00', 'es', nights)).toBe('ahora mismo')
  })

  it('a range ending at 24:00 reads "24:00" / "12:00 AM"', () => {
    const evening = schedule(BOGOTA, { weekdays: [['18:00', '24:00']] })
    expect(weekHoursText(evening, 'es')).toBe('lun–vie 18:00–24:00')
    expect(weekHoursText(evening, 'en')).toBe('Mon–Fri 6:00 PM–12:00 AM')
    expect(weekHoursText(evening, 'pt-BR')).toBe('seg–sex 18h–24h')
  })
})

describe('DST days', () => {
  it('New York spring forward: a 02:30 opening happens when clocks jump, and the message says 3:00', () => {
    const ny = schedule('America/New_York', { sun: [['02:30', '05:00']] })
    // Sunday 8 March 2026, 01:00 EST.
    const d = at('2026-03-08T01:00-05:00')
    const next = nextOpeningOf(ny, d)
    expect(next).toEqual({ kind: 'at', instant: at('2026-03-08T03:00-04:00') })
    expect(
      renderMessage('{proxima_apertura}', { business: ny, companyName: 'X', at: d, language: 'es' }),
    ).toBe('hoy a las 3:00')
    expect(
      renderMessage('{proxima_apertura}', { business: ny, companyName: 'X', at: d, language: 'en' }),
    ).toBe('today at 3:00 AM')
  })

  it('Santiago’s DST Sunday begins at 01:00: an opening at 00:00 is "a la 1:00", still that Sunday', () => {
    const santiago = schedule('America/Santiago', { sun: [['00:00', '10:00']] })
    // Saturday 5 September 2026, 20:00 (-04).
    const d = at('2026-09-05T20:00-04:00')
    expect(nextOpeningOf(santiago, d)).toEqual({ kind: 'at', instant: at('2026-09-06T01:00-03:00') })
    expect(
      renderMessage('{proxima_apertura}', { business: santiago, companyName: 'X', at: d, language: 'es' }),
    ).toBe('mañana domingo a la 1:00')
    expect(
      renderMessage('{proxima_apertura}', { business: santiago, companyName: 'X', at: d, language: 'pt-BR' }),
    ).toBe('amanhã, domingo, à 1h')
  })

  it('Santiago fall back (Saturday 24:00 → 23:00): late Saturday is still "today", Sunday is "tomorrow"', () => {
    const santiago = schedule('America/Santiago', { sun: [['09:00', '18:00']] })
    // Saturday 4 April 2026 23:30 on the second pass (-04).
    const d = at('2026-04-04T23:30-04:00')
    expect(
      renderMessage('{horario_hoy} / {proxima_apertura}', {
        business: santiago,
        companyName: 'X',
        at: d,
        language: 'es',
      }),
    ).toBe('cerrado / mañana domingo a las 9:00')
  })
})

describe('long closures', () => {
  it('a scope closed for the next 10 days names the date it reopens', () => {
    const closures: DateOverride[] = Array.from({ length: 10 }, (_, i) => ({
      date: `2026-12-${String(14 + i).padStart(2, '0')}`,
      ranges: [],
      label: 'Inventario',
    }))
    const closed = { ...office, overrides: closures }
    // Sunday 13 December; Monday 14 … Wednesday 23 closed; reopens Thursday 24.
    expect(render('{proxima_apertura}', '2026-12-13T10:00-05:00', 'es', closed)).toBe(
      'el jueves 24 de diciembre a las 8:00',
    )
    expect(render('{proxima_apertura}', '2026-12-13T10:00-05:00', 'en', closed)).toBe(
      'on Thursday, December 24 at 8:00 AM',
    )
    expect(render('{proxima_apertura}', '2026-12-13T10:00-05:00', 'pt-BR', closed)).toBe(
      'na quinta-feira, 24 de dezembro, às 8h',
    )
  })

  it('an opening in another year carries the year', () => {
    const closures: DateOverride[] = [
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
    ].map((date) => ({ date, ranges: [] }))
    const closed = { ...office, overrides: closures }
    expect(render('{proxima_apertura}', '2026-12-26T14:00-05:00', 'es', closed)).toBe(
      'el sábado 2 de enero de 2027 a las 9:00',
    )
    expect(render('{proxima_apertura}', '2026-12-26T14:00-05:00', 'en', closed)).toBe(
      'on Saturday, January 2, 2027 at 9:00 AM',
    )
  })

  it('no opening within 400 days says the date is yet to be confirmed', () => {
    for (const [language, text] of [
      ['es', 'en una fecha aún por confirmar'],
      ['en', 'on a date yet to be confirmed'],
      ['pt-BR', 'em uma data ainda a confirmar'],
    ] as const) {
      expect(render('{proxima_apertura}', '2026-12-01T20:00-05:00', language, alwaysClosed(BOGOTA))).toBe(
        text,
      )
    }
    // Only a special date 401 days ahead: beyond the horizon too.
    const far = {
      ...alwaysClosed(BOGOTA),
      overrides: [{ date: '2028-01-07', ranges: [{ start: '09:00', end: '10:00' }] }],
    }
    expect(nextOpeningOf(far, at('2026-12-01T20:00-05:00'))).toEqual({ kind: 'none' })
  })
})

describe('placeholders and the worst case', () => {
  it('finds known and unknown placeholders, each unknown once', () => {
    const template = 'Hola {empresa}, {emprsa} {empresa} { empresa } {} {x}{x}'
    expect(placeholderTokens(template).map((t) => [t.name, t.known])).toEqual([
      ['empresa', true],
      ['emprsa', false],
      ['empresa', true],
      [' empresa ', false],
      ['x', false],
      ['x', false],
    ])
    expect(unknownPlaceholders(template)).toEqual(['{emprsa}', '{ empresa }', '{x}'])
    expect(unknownPlaceholders('Sin variables { ni llaves')).toEqual([])
  })

  it('unknown placeholders are left as typed', () => {
    expect(render('Hola {cliente}', '2026-12-01T20:00-05:00', 'es')).toBe('Hola {cliente}')
  })

  it('counts the longest possible value of every variable', () => {
    expect(worstCaseLength('Hola', scope, 'es')).toBe(4)
    expect(worstCaseLength('{empresa}!', scope, 'es')).toBe('Tienda Aurora!'.length)
    expect(worstCaseLength('{horario_semana}', scope, 'es')).toBe('lun–vie 8:00–18:00, sáb 9:00–13:00'.length)
    expect(worstCaseLength('{horario_hoy}', scope, 'es')).toBe('cerrado (Inmaculada Concepción)'.length)
    // "el miércoles 30 de septiembre de 2027 a las 10:00" is the longest Spanish opening.
    expect(maxNextOpeningLength('es')).toBe('el miércoles 30 de septiembre de 2027 a las 10:00'.length)
    expect(maxNextOpeningLength('en')).toBe('on Wednesday, September 30, 2027 at 10:00 AM'.length)
  })

  it('the worst case bounds every rendering over a year, in every language', () => {
    const template = `${ALL} {proxima_apertura} {horario_hoy}`
    for (const language of ['es', 'en', 'pt-BR'] as const) {
      const bound = worstCaseLength(template, scope, language)
      let longest = 0
      for (let h = 0; h < 365 * 24; h += 7) {
        const instant = new Date(Date.UTC(2026, 0, 1) + h * 3_600_000)
        const text = renderMessage(template, { ...scope, at: instant, language })
        longest = Math.max(longest, Array.from(text).length)
      }
      expect(longest).toBeLessThanOrEqual(bound)
      // …and is not a wild over-estimate: within the length of two of the longest opening phrases.
      expect(bound - longest).toBeLessThan(2 * maxNextOpeningLength(language))
    }
  })

  it('placeholderValues gives each variable on its own', () => {
    const values = placeholderValues({ ...scope, at: at('2026-12-01T20:00-05:00'), language: 'es' })
    expect(values).toEqual({
      proxima_apertura: 'mañana miércoles a las 8:00',
      horario_hoy: '8:00–18:00',
      horario_semana: 'lun–vie 8:00–18:00, sáb 9:00–13:00',
      empresa: 'Tienda Aurora',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { at, schedule } from '../routing/test-fixtures'
import { canonicalMessages, outOfHoursText, pickMessage } from './messages'

const business = schedule('America/Bogota', { weekdays: [['08:00', '18:00']] })
const scope = { business, companyName: 'Tienda Aurora' }
const messages = {
  outOfHoursMessage: 'Volvemos {proxima_apertura}.',
  outOfHoursTranslations: { en: 'We are back {proxima_apertura}.', 'pt-BR': '   ' },
}

describe('out-of-hours message per language, with a fallback', () => {
  it('a language with its own version gets it, rendered in that language', () => {
    expect(outOfHoursText(messages, scope, at('2026-12-01T20:00-05:00'), 'en')).toEqual({
      text: 'We are back tomorrow, Wednesday, at 8:00 AM.',
      language: 'en',
    })
  })

  it('a language without one (or blank) gets the main message in the main language', () => {
    expect(outOfHoursText(messages, scope, at('2026-12-01T20:00-05:00'), 'pt-BR')).toEqual({
      text: 'Volvemos mañana miércoles a las 8:00.',
      language: 'es',
    })
    expect(pickMessage(messages, null)).toEqual({ template: 'Volvemos {proxima_apertura}.', language: 'es' })
  })

  it('the main message can be in another language; its own language never uses a stale version', () => {
    const english = {
      outOfHoursMessage: 'Back {proxima_apertura}',
      outOfHoursLanguage: 'en' as const,
      outOfHoursTranslations: { en: 'old', es: 'Volvemos {proxima_apertura}' },
    }
    expect(pickMessage(english, 'en')).toEqual({ template: 'Back {proxima_apertura}', language: 'en' })
    expect(pickMessage(english, 'es')).toEqual({ template: 'Volvemos {proxima_apertura}', language: 'es' })
    expect(pickMessage(english, 'pt-BR')).toEqual({ template: 'Back {proxima_apertura}', language: 'en' })
  })

  it('canonical stored shape: default language and blank versions are left out', () => {
    expect(canonicalMessages(messages)).toEqual({
      outOfHoursTranslations: { en: 'We are back {proxima_apertura}.' },
    })
    expect(
      canonicalMessages({
        outOfHoursMessage: 'x',
        outOfHoursLanguage: 'es',
        outOfHoursTranslations: { es: 'y', en: '' },
      }),
    ).toEqual({})
    expect(canonicalMessages({ outOfHoursMessage: 'x', outOfHoursLanguage: 'pt-BR' })).toEqual({
      outOfHoursLanguage: 'pt-BR',
    })
  })
})

import { describe, expect, it } from 'vitest'
import { emptyWeek } from '../schedule/constructors'
import type { TimeRange } from '../schedule/types'
import { COPY_SECTIONS, copySections, describeCopy, type CopySection } from './copy-from'
import { toFormValues } from './scope-settings-values'
import type { ScopeConfiguration } from './types'

const r = (start: string, end: string): TimeRange => ({ start, end })

/** The department being edited (as the form holds it): night shift in Bogotá, no assistant. */
const target: ScopeConfiguration = toFormValues(false, {
  business: {
    timeZone: 'America/Bogota',
    weekly: { ...emptyWeek(), mon: [r('22:00', '06:00')], tue: [r('22:00', '06:00')] },
    overrides: [{ date: '2026-12-25', ranges: [], label: 'Navidad' }],
  },
  outOfHoursMessage: 'Turno nocturno: volvemos {proxima_apertura}.',
  priority: 'agents',
  assistant: null,
}).config

/** Another department, stored shape (no form defaults), in another zone, with an assistant on its own hours. */
const ventas: ScopeConfiguration = {
  business: {
    timeZone: 'America/Lima',
    weekly: { ...emptyWeek(), mon: [r('08:00', '13:00'), r('14:00', '19:00')], sat: [r('09:00', '14:00')] },
    overrides: [{ date: '2026-12-24', ranges: [r('08:00', '12:00')], label: 'Nochebuena' }],
  },
  outOfHoursMessage: 'Ventas atiende {horario_semana}.',
  outOfHoursLanguage: 'es',
  outOfHoursTranslations: { en: 'Sales is open {horario_semana}.' },
  priority: 'assistant',
  assistant: {
    name: 'Aurora',
    active: true,
    schedule: {
      timeZone: 'America/Lima',
      weekly: { ...emptyWeek(), sun: [r('09:00', '18:00')] },
      overrides: [],
    },
    followsBusinessOverrides: true,
  },
}

describe('copySections (issue 16 item 3 "Copiar de…")', () => {
  it('hours alone: the weekly hours, in the department’s zone; dates, message, assistant and priority untouched', () => {
    const copied = copySections(target, ventas, ['hours'])
    expect(copied.business.weekly).toEqual(ventas.business.weekly)
    expect(copied.business.timeZone).toBe('America/Bogota')
    expect(copied.business.overrides).toEqual(target.business.overrides)
    expect({ ...copied, business: target.business }).toEqual(target)
  })

  it('special dates alone: the source’s dates (with the form’s label field), weekly hours untouched', () => {
    const copied = copySections(target, ventas, ['specialDates'])
    expect(copied.business.overrides).toEqual([
      { date: '2026-12-24', ranges: [r('08:00', '12:00')], label: 'Nochebuena' },
    ])
    expect(copied.business.weekly).toEqual(target.business.weekly)
    expect({ ...copied, business: target.business }).toEqual(target)
  })

  it('message alone: main text, language and every version (blank ones as the form holds them)', () => {
    const copied = copySections(target, ventas, ['message'])
    expect(copied.outOfHoursMessage).toBe('Ventas atiende {horario_semana}.')
    expect(copied.outOfHoursLanguage).toBe('es')
    expect(copied.outOfHoursTranslations).toEqual({
      es: '',
      en: 'Sales is open {horario_semana}.',
      'pt-BR': '',
    })
    expect(copied.business).toEqual(target.business)
    expect(copied.priority).toBe('agents')
    expect(copied.assistant).toBeNull()
  })

  it('assistant alone: name, switch, own hours re-zoned to the department’s zone, follows-holidays option', () => {
    const copied = copySections(target, ventas, ['assistant'])
    expect(copied.assistant).toEqual({
      name: 'Aurora',
      active: true,
      schedule: { timeZone: 'America/Bogota', weekly: ventas.assistant!.schedule!.weekly, overrides: [] },
      followsBusinessOverrides: true,
    })
    expect(copied.priority).toBe('agents')
    expect({ ...copied, assistant: null }).toEqual(target)
  })

  it('priority alone', () => {
    const copied = copySections(target, ventas, ['priority'])
    expect(copied).toEqual({ ...target, priority: 'assistant' })
  })

  it('no section changes nothing', () => {
    expect(copySections(target, ventas, [])).toEqual(target)
  })

  it('all sections: the source’s configuration as the form would hold it, except the zone', () => {
    const copied = copySections(target, ventas, COPY_SECTIONS)
    const expected = toFormValues(false, ventas).config
    expect(copied).toEqual({
      ...expected,
      business: { ...expected.business, timeZone: 'America/Bogota' },
      assistant: {
        ...expected.assistant!,
        schedule: { ...expected.assistant!.schedule!, timeZone: 'America/Bogota' },
      },
    })
  })

  it('from General (an assistant always on, 24/7): the form gets it with a null schedule', () => {
    const general: ScopeConfiguration = {
      business: {
        timeZone: 'America/Bogota',
        weekly: { ...emptyWeek(), fri: [r('08:00', '18:00')] },
        overrides: [],
      },
      outOfHoursMessage: 'Gracias por escribir a {empresa}.',
      priority: 'assistant',
      assistant: { name: 'Asistente General', active: false, schedule: null },
    }
    const copied = copySections(target, general, COPY_SECTIONS)
    expect(copied.business.weekly.fri).toEqual([r('08:00', '18:00')])
    expect(copied.business.weekly.mon).toEqual([])
    expect(copied.assistant).toEqual({
      name: 'Asistente General',
      active: false,
      schedule: null,
      followsBusinessOverrides: false,
    })
    expect(copied.outOfHoursTranslations).toEqual({ es: '', en: '', 'pt-BR': '' })
    expect(copied.priority).toBe('assistant')
  })

  it('a source with no assistant removes the form’s assistant only when the assistant section is chosen', () => {
    const withAssistant = copySections(target, ventas, ['assistant'])
    const noAssistant: ScopeConfiguration = { ...ventas, assistant: null }
    expect(copySections(withAssistant, noAssistant, ['assistant']).assistant).toBeNull()
    expect(copySections(withAssistant, noAssistant, ['hours', 'message']).assistant).toEqual(
      withAssistant.assistant,
    )
    expect(describeCopy(withAssistant, noAssistant, ['assistant']).removesAssistant).toBe(true)
    expect(describeCopy(withAssistant, noAssistant, ['hours']).removesAssistant).toBe(false)
    expect(describeCopy(target, noAssistant, ['assistant']).removesAssistant).toBe(false)
  })

  it('never shares objects with the source: editing the copy leaves the source as it was', () => {
    const before = structuredClone(ventas)
    const copied = copySections(target, ventas, COPY_SECTIONS)
    copied.business.weekly.mon[0]!.start = '10:00'
    copied.business.overrides[0]!.ranges.push(r('15:00', '16:00'))
    copied.assistant!.schedule!.weekly.sun.pop()
    expect(ventas).toEqual(before)
  })

  it('the confirmation names the chosen sections in the editor’s order', () => {
    const chosen: CopySection[] = ['priority', 'hours', 'assistant']
    expect(describeCopy(target, ventas, chosen).sections).toEqual(['hours', 'assistant', 'priority'])
  })
})

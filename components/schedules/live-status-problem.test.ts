import { describe, expect, it } from 'vitest'
import { firstProblem, problemSection } from './live-status-problem'

// docs/behaviour.md §6: the live line names the real problem, not "hours that don't fit".
describe('the live line names the field that stops the evaluation', () => {
  it('a duplicate special date is a special-dates problem, with its own message', () => {
    expect(
      firstProblem([
        {
          path: ['config', 'business', 'overrides', 1, 'date'],
          message: 'Esta fecha ya tiene una excepción',
        },
      ]),
    ).toEqual({ section: 'dates.title', message: 'Esta fecha ya tiene una excepción' })
  })

  it('an empty assistant name is an assistant problem', () => {
    expect(
      firstProblem([
        { path: ['config', 'assistant', 'name'], message: 'Escribe un nombre para el asistente' },
      ]),
    ).toEqual({ section: 'assistant.title', message: 'Escribe un nombre para el asistente' })
  })

  it('maps every card of the editor', () => {
    expect(problemSection(['config', 'business', 'weekly', 'mon', 0, 'start'])).toBe('hours.title')
    expect(problemSection(['config', 'business', 'timeZone'])).toBe('hours.title')
    expect(problemSection(['config', 'outOfHoursMessage'])).toBe('message.title')
    expect(problemSection(['config', 'outOfHoursTranslations', 'en'])).toBe('message.title')
    expect(problemSection(['config', 'assistant', 'schedule', 'weekly', 'tue', 0, 'end'])).toBe(
      'assistant.schedule.title',
    )
    expect(problemSection(['config', 'priority'])).toBe('priority.label')
    expect(problemSection(['usesGeneral'])).toBeNull()
  })

  it('skips issues without a message and has nothing to say without issues', () => {
    expect(firstProblem([])).toBeNull()
    expect(
      firstProblem([
        { path: ['config'], message: ' ' },
        { path: ['config', 'priority'], message: 'Elige Asesores Humanos o Asistente Inteligente' },
      ]),
    ).toEqual({ section: 'priority.label', message: 'Elige Asesores Humanos o Asistente Inteligente' })
  })
})

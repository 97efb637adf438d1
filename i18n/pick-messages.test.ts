import { describe, expect, it } from 'vitest'
import { pickMessages } from './pick-messages'

const messages = {
  common: { appName: 'Horarios' },
  schedules: { title: 'Horarios', timeZone: { label: 'Zona horaria', search: 'Buscar' } },
  preview: { title: '¿Quién atiende?' },
}

describe('pickMessages', () => {
  it('keeps whole namespaces and leaves the others out', () => {
    expect(pickMessages(messages, ['common', 'preview'])).toEqual({
      common: { appName: 'Horarios' },
      preview: { title: '¿Quién atiende?' },
    })
  })

  it('keeps a branch inside a namespace without its siblings', () => {
    expect(pickMessages(messages, ['schedules.timeZone'])).toEqual({
      schedules: { timeZone: { label: 'Zona horaria', search: 'Buscar' } },
    })
  })

  it('merges a branch with a namespace already picked and skips paths that do not exist', () => {
    expect(pickMessages(messages, ['preview', 'schedules.timeZone', 'schedules.nothing'])).toEqual({
      preview: { title: '¿Quién atiende?' },
      schedules: { timeZone: { label: 'Zona horaria', search: 'Buscar' } },
    })
  })
})

import { describe, expect, it } from 'vitest'
import type { ScopeConfiguration, ScopeSettings } from '../settings/types'
import { configSource, decide, resolveScope, resolveScopeConfig, toRoutingConfig } from './index'
import { at, schedule } from './test-fixtures'

const generalConfig: ScopeConfiguration = {
  business: schedule('America/Bogota', { weekdays: [['09:00', '18:00']] }),
  outOfHoursMessage: 'Volvemos mañana',
  priority: 'assistant',
  assistant: { name: 'Ana', active: true, schedule: null },
}
const salesConfig: ScopeConfiguration = {
  business: schedule('America/Santiago', { weekdays: [['10:00', '19:00']] }),
  outOfHoursMessage: 'Fuera de horario',
  priority: 'agents',
  // Stored with another zone on purpose: the scope's zone must win (§3).
  assistant: {
    name: 'Leo',
    active: true,
    schedule: schedule('America/New_York', { all: [['20:00', '23:00']] }),
  },
}

function scope(departmentId: string | null, usesGeneral: boolean, config: ScopeConfiguration): ScopeSettings {
  return {
    departmentId,
    name: departmentId ?? 'General',
    usesGeneral,
    hasOwnConfig: true,
    version: 1,
    updatedAt: new Date(0),
    updatedBy: null,
    config,
  }
}

const general = scope(null, false, generalConfig)
const ownSales = scope('sales', false, salesConfig)
const inheritingSales = scope('sales', true, salesConfig)

describe('§3 scope resolution', () => {
  it('§3 a conversation with no department uses General', () => {
    expect(resolveScopeConfig(general, null)).toEqual(toRoutingConfig(generalConfig))
    expect(configSource(general, null)).toBe('general')
  })

  it('§3 a department with its own configuration routes with it', () => {
    const c = resolveScopeConfig(general, ownSales)
    expect(c.business).toBe(salesConfig.business)
    expect(c.priority).toBe('agents')
    expect(configSource(general, ownSales)).toBe('own')
    expect(resolveScope(general, ownSales).settings).toBe(ownSales)
  })

  it('§3 a department using General inherits everything, ignoring its stored copy', () => {
    expect(resolveScopeConfig(general, inheritingSales)).toEqual(resolveScopeConfig(general, null))
    expect(configSource(general, inheritingSales)).toBe('general')
    expect(resolveScope(general, inheritingSales).settings).toBe(general)
  })

  it('§3 the assistant schedule is evaluated in the scope time zone', () => {
    const c = resolveScopeConfig(general, ownSales)
    expect(c.assistant?.schedule?.timeZone).toBe('America/Santiago')
    expect(c.assistant?.schedule?.weekly).toBe(salesConfig.assistant?.schedule?.weekly)
    // The input is not mutated.
    expect(salesConfig.assistant?.schedule?.timeZone).toBe('America/New_York')
    // 21:00 in Santiago (UTC−3 in March) is 19:00 in New York: on by the scope's clock, off by the stored zone.
    expect(decide(c, at('2026-03-02T21:00:00-03:00'), 0)).toMatchObject({
      responder: 'assistant',
      assistantOn: true,
    })
  })

  it('§3 the assistant name/active flag and priority carry over; no assistant stays null', () => {
    expect(toRoutingConfig(generalConfig).assistant).toEqual({
      active: true,
      schedule: null,
      followsBusinessOverrides: false,
    })
    expect(toRoutingConfig({ ...generalConfig, assistant: null }).assistant).toBeNull()
    expect(
      toRoutingConfig({ ...generalConfig, assistant: { name: 'x', active: false, schedule: null } })
        .assistant,
    ).toEqual({
      active: false,
      schedule: null,
      followsBusinessOverrides: false,
    })
  })
})

// docs/behaviour.md §6 › Versions, §3 — what a restore replaces.
import { describe, expect, it } from 'vitest'
import { emptyWeek } from '../schedule/constructors'
import { restoreChanges, restoredSettings } from './restore'
import type { ScopeConfiguration } from './types'

const config = (message: string, sat: { start: string; end: string }[] = []): ScopeConfiguration => ({
  business: { timeZone: 'America/Bogota', weekly: { ...emptyWeek(), sat }, overrides: [] },
  outOfHoursMessage: message,
  priority: 'agents',
  assistant: null,
})

describe('restoring a version', () => {
  const current = { usesGeneral: false, config: config('Ahora', [{ start: '09:00', end: '13:00' }]) }

  it('an own-configuration version replaces the configuration: its changes are listed field by field', () => {
    const version = { usesGeneral: false, config: config('Antes') }
    expect(restoredSettings(current, version)).toEqual(version)
    expect(restoreChanges(current, version)).toEqual({
      'business.weekly.sat': { before: [{ start: '09:00', end: '13:00' }], after: [] },
      outOfHoursMessage: { before: 'Ahora', after: 'Antes' },
    })
  })

  it('a "uses General" version only switches to General: the own configuration stays as it is now (§3)', () => {
    const version = { usesGeneral: true, config: config('Propia de entonces') }
    expect(restoredSettings(current, version)).toEqual({ usesGeneral: true, config: current.config })
    expect(restoreChanges(current, version)).toEqual({ usesGeneral: { before: false, after: true } })
  })

  it('a version equal to the current configuration changes nothing, whatever the order of its keys', () => {
    expect(restoreChanges(current, structuredClone(current))).toEqual({})
    // As read back from jsonb: PostgreSQL orders object keys by length, so {end, start} and config keys reordered.
    const fromJsonb = JSON.parse(
      JSON.stringify(current, (_k, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    ) as typeof current
    expect(JSON.stringify(fromJsonb)).not.toBe(JSON.stringify(current))
    expect(restoreChanges(current, fromJsonb)).toEqual({})
    const inheriting = { usesGeneral: true, config: config('x') }
    expect(restoreChanges(inheriting, { usesGeneral: true, config: config('y') })).toEqual({})
  })
})

// Issue 12 item 4 — a scope page is read as ONE saved version. The settings come from several queries (scope row,
// ranges, special dates, assistant); without one snapshot a read running beside a save loop once showed save N's
// message with save N+1's special dates. Each save here writes the same marker into the message and the special
// date's label; every read must show one marker in both.
import { describe, expect, it } from 'vitest'
import { insertOrganization, insertUser, testDrivers, useTestDatabase } from '@/test/db'
import { getRoutingInputs, getScopeSettings, saveScopeSettings } from './scopes'

describe.each(testDrivers)('the scope page reads one version (%s)', (driver) => {
  const t = useTestDatabase(driver)

  it('60 reads beside a save loop: message and special dates always from the same save', async () => {
    const organizationId = await insertOrganization(t.db, { timeZone: 'America/Bogota' })
    const userId = await insertUser(t.db, { organizationId })
    const start = await getScopeSettings(t.db, organizationId, null)
    if (!start) throw new Error('General missing')

    let version = start.version
    let stop = false
    const writer = (async () => {
      for (let n = 1; !stop && n < 400; n++) {
        const marker = `v${n}`
        const config = structuredClone(start.config)
        config.outOfHoursMessage = `Cerrado ${marker}`
        config.business.overrides = [{ date: '2026-12-24', ranges: [], label: marker }]
        const saved = await saveScopeSettings(
          t.db,
          organizationId,
          null,
          { expectedVersion: version, usesGeneral: false, config },
          { userId, name: 'Test' },
        )
        if (!saved.ok) throw new Error(`save ${n}: ${saved.reason}`)
        version = saved.version
      }
    })()

    const mixed: string[] = []
    try {
      for (let read = 0; read < 60; read++) {
        const inputs = await getRoutingInputs(t.db, organizationId, null)
        const message = inputs?.scope.config.outOfHoursMessage ?? ''
        const label = inputs?.scope.config.business.overrides[0]?.label
        if (label !== undefined && message !== `Cerrado ${label}`) mixed.push(`${message} | ${label}`)
      }
    } finally {
      stop = true
      await writer
    }
    expect(mixed).toEqual([])
  }, 60_000)
})

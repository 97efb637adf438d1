import { describe, expect, it } from 'vitest'
import { listTimeZones } from '../schedule/time-zones'
import { currentZoneId, readableZoneId, zoneChoiceLabel, zoneName, zoneTitle } from './zone-name'

const december = new Date('2026-12-09T12:00:00Z')

// Issue 22: "Asia/Calcutta", "America/Mexico_City" and "(hora de Mexico City, GMT-6)" on a Spanish page.
describe('zone names people read', () => {
  it("names a zone in the viewer's language", () => {
    expect(zoneName('America/Bogota', 'es', december)).toBe('hora estándar de Colombia')
    expect(zoneName('America/Mexico_City', 'es', december)).toBe('hora estándar central')
    expect(zoneName('Asia/Calcutta', 'es', december)).toBe('hora estándar de la India')
    expect(zoneName('America/Bogota', 'en', december)).toBe('Colombia Standard Time')
  })

  it('writes Portuguese names in lower case mid-sentence, keeping the place names', () => {
    expect(zoneName('America/Bogota', 'pt-BR', december)).toBe('horário padrão da Colômbia')
    expect(zoneName('Europe/Madrid', 'pt-BR', december)).toBe('horário da Europa Central')
    expect(zoneTitle('America/Bogota', 'pt-BR', december)).toBe('Horário padrão da Colômbia')
    expect(zoneTitle('America/Bogota', 'es', december)).toBe('Hora estándar de Colombia')
  })

  it('shows the current IANA name without underscores', () => {
    expect(currentZoneId('Asia/Calcutta')).toBe('Asia/Kolkata')
    expect(readableZoneId('America/Mexico_City')).toBe('America/Mexico City')
    expect(readableZoneId('Asia/Saigon')).toBe('Asia/Ho Chi Minh')
    expect(zoneChoiceLabel('Asia/Calcutta', 'es', december)).toBe('Asia/Kolkata (hora estándar de la India)')
    expect(zoneChoiceLabel('UTC', 'es', december)).toBe('UTC')
  })

  it('no zone the runtime lists is shown with an underscore or under a name the runtime resolves elsewhere', () => {
    for (const zone of listTimeZones()) {
      for (const locale of ['es', 'en', 'pt-BR'])
        expect(zoneChoiceLabel(zone, locale, december)).not.toContain('_')
      // A renamed zone is the same place: the runtime resolves the new name to the same zone.
      const resolved = new Intl.DateTimeFormat('en', { timeZone: currentZoneId(zone) }).resolvedOptions()
        .timeZone
      expect(resolved, zone).toBe(
        new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone,
      )
    }
  })
})

import { describe, expect, it } from 'vitest'
import { formatInZone, needsZoneLabel, zoneLabel } from './org-clock'

// 2026-12-01 02:02 UTC = 2026-11-30 21:02 in Bogotá, 03:02 in Madrid.
const at = new Date('2026-12-01T02:02:00Z')

describe('org clock (issue 11.4)', () => {
  it("formats in the organization's zone, whatever the process zone", () => {
    expect(formatInZone(at, 'es', 'America/Bogota', 'time')).toBe('21:02')
    expect(formatInZone(at, 'es', 'Europe/Madrid', 'time')).toBe('03:02')
    expect(formatInZone(at, 'en', 'America/Bogota', 'date')).toBe('Nov 30, 2026')
    expect(formatInZone(at, 'es', 'America/Bogota', 'dateTime')).toMatch(/^30 nov 2026.*21:02$/)
  })

  it('labels the zone with its name and offset, in the language', () => {
    expect(zoneLabel(at, 'es', 'America/Bogota')).toBe('hora estándar de Colombia, GMT-5')
    expect(zoneLabel(at, 'en', 'America/Bogota')).toBe('Colombia Standard Time, GMT-5')
    // Issue 22: not "hora de Mexico City" (the browser's short name has no Spanish city names).
    expect(zoneLabel(at, 'es', 'America/Mexico_City')).toBe('hora estándar central, GMT-6')
    expect(zoneLabel(at, 'pt-BR', 'America/Bogota')).toBe('horário padrão da Colômbia, GMT-5')
    expect(zoneLabel(at, 'en', 'Etc/GMT+3')).toBe('GMT-3')
  })

  it('issue 22: English times use the 24-hour clock, as everywhere else in the app', () => {
    expect(formatInZone(at, 'en', 'America/Bogota', 'dateTime')).toBe('Nov 30, 2026, 21:02')
    expect(formatInZone(at, 'en', 'America/Bogota', 'longDateTime')).toMatch(/21:02$/)
    expect(formatInZone(at, 'en', 'America/Bogota', 'time')).toBe('21:02')
  })

  it('a label only when the viewer browser is in another zone', () => {
    expect(needsZoneLabel('America/Bogota', 'America/Bogota')).toBe(false)
    expect(needsZoneLabel('America/Bogota', null)).toBe(false)
    expect(needsZoneLabel('America/Bogota', 'Europe/Madrid')).toBe(true)
    expect(needsZoneLabel('America/Bogota', 'America/Lima')).toBe(true)
    expect(needsZoneLabel('Asia/Kolkata', 'Asia/Calcutta')).toBe(false)
  })
})

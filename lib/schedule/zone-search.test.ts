import { describe, expect, it } from 'vitest'
import { listTimeZones } from './time-zones'
import {
  buildZoneSearchIndex,
  formatUtcOffset,
  parseOffsetQuery,
  searchTimeZones,
  zoneOffsetMinutes,
} from './zone-search'

// A winter instant in the north (New York at −05:00, Madrid +01:00) and summer in Santiago (−03:00).
const AT = new Date('2026-01-15T12:00:00Z')
const ZONES = listTimeZones()
const index = buildZoneSearchIndex(ZONES, AT, 'es')
const search = (query: string) => searchTimeZones(index, query)

describe('time-zone search (issue 11 item 8)', () => {
  it('every zone the runtime knows is searchable', () => {
    expect(index.size).toBe(ZONES.length)
    expect(ZONES.length).toBeGreaterThan(300)
  })

  it.each([
    ['Colombia', 'America/Bogota'],
    ['colombia', 'America/Bogota'],
    ['México', 'America/Mexico_City'],
    ['Mexico', 'America/Mexico_City'],
    ['Brasil', 'America/Sao_Paulo'],
    ['Brazil', 'America/Sao_Paulo'],
    ['España', 'Europe/Madrid'],
    ['Espanha', 'Europe/Madrid'],
    ['Spain', 'Europe/Madrid'],
    ['Estados Unidos', 'America/New_York'],
    ['Perú', 'America/Lima'],
  ])('country name %s finds %s', (query, zone) => {
    expect(search(query)).toContain(zone)
  })

  it('a country search finds that country’s zones, not others', () => {
    expect(search('Colombia')).toEqual(['America/Bogota'])
    const spain = search('España')
    expect(spain).toEqual(expect.arrayContaining(['Europe/Madrid', 'Atlantic/Canary', 'Africa/Ceuta']))
    expect(spain).not.toContain('America/Bogota')
  })

  it('current and legacy city names find the zone whatever name the runtime lists it under', () => {
    const india = ZONES.find((z) => z === 'Asia/Kolkata' || z === 'Asia/Calcutta')!
    const nepal = ZONES.find((z) => z === 'Asia/Kathmandu' || z === 'Asia/Katmandu')!
    expect(search('Kolkata')).toContain(india)
    expect(search('Calcutta')).toContain(india)
    expect(search('Kathmandu')).toContain(nepal)
    expect(search('Katmandu')).toContain(nepal)
    expect(search('bogota')).toEqual(['America/Bogota'])
    expect(search('américa santiago')).toContain('America/Santiago')
    expect(search('santiago chile')).toEqual(['America/Santiago'])
  })

  it('legacy aliases find the current zone', () => {
    expect(search('US/Eastern')).toContain('America/New_York')
    expect(search('US Pacific')).toContain('America/Los_Angeles')
    expect(search('Brazil/East')).toContain('America/Sao_Paulo')
  })

  it.each(['-05:00', '-05', '-5', 'GMT-5', 'UTC-5', 'utc -05:00', 'UTC−5', '−05:00'])(
    'offset %s finds the zones at UTC−05:00 now, and only those',
    (query) => {
      const found = search(query)
      expect(found).toEqual(expect.arrayContaining(['America/Bogota', 'America/Lima', 'America/New_York']))
      expect(found).not.toContain('America/Santiago')
      expect(found).not.toContain('Europe/Madrid')
      for (const zone of found) expect(zoneOffsetMinutes(zone, AT)).toBe(-300)
    },
  )

  it('half-hour offsets and positive offsets', () => {
    expect(search('+05:30')).toContain(ZONES.find((z) => z === 'Asia/Kolkata' || z === 'Asia/Calcutta'))
    expect(search('UTC+1')).toContain('Europe/Madrid')
    expect(search('GMT+0')).toContain('UTC')
  })

  it('"UTC" does not match every zone (offsets are not searched as text)', () => {
    const found = search('UTC')
    expect(found).toContain('UTC')
    expect(found.length).toBeLessThan(5)
    expect(search('GMT').length).toBeLessThan(10)
  })

  it('a word that starts with the search comes before one that only contains it', () => {
    const found = search('lima')
    expect(found[0]).toBe('America/Lima')
  })

  it('nothing found for nonsense', () => {
    expect(search('zzzz')).toEqual([])
  })
})

describe('offset parsing and formatting', () => {
  it('reads sign, hours and optional minutes; refuses what is not an offset', () => {
    expect(parseOffsetQuery('-05:00')).toBe(-300)
    expect(parseOffsetQuery('+0530')).toBe(330)
    expect(parseOffsetQuery('GMT-3')).toBe(-180)
    expect(parseOffsetQuery('UTC')).toBeNull()
    expect(parseOffsetQuery('05:00')).toBeNull()
    expect(parseOffsetQuery('+15')).toBeNull()
    expect(parseOffsetQuery('bogota')).toBeNull()
  })

  it('formats with a real minus sign', () => {
    expect(formatUtcOffset(-300)).toBe('UTC−05:00')
    expect(formatUtcOffset(345)).toBe('UTC+05:45')
    expect(formatUtcOffset(0)).toBe('UTC±00:00')
  })

  it('offsets follow DST at the reference instant', () => {
    expect(zoneOffsetMinutes('America/New_York', AT)).toBe(-300)
    expect(zoneOffsetMinutes('America/New_York', new Date('2026-07-15T12:00:00Z'))).toBe(-240)
    expect(zoneOffsetMinutes('UTC', AT)).toBe(0)
  })
})

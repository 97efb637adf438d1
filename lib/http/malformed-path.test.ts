import { describe, expect, it } from 'vitest'
import { NOT_FOUND_REWRITE, pathDoesNotDecode } from './malformed-path'

describe('page paths whose percent-encoding does not decode (issue 22 item 3)', () => {
  it('tells a stray byte, an overlong or cut-short UTF-8 sequence, a bad escape', () => {
    for (const path of [
      '/settings/schedules/%FF',
      '/settings/schedules/%C0%AF/versions/1',
      '/settings/schedules/versions/%E0%A4%A',
      '/settings/schedules/%',
      '/agents/%zz',
      '/caf%C3',
    ]) {
      expect(pathDoesNotDecode(path), path).toBe(true)
    }
  })

  it('from paths that decode, percent-encoded or not', () => {
    for (const path of [
      '/',
      '/settings/schedules',
      '/settings/schedules/dep_aurora_ventas/versions/3',
      '/caf%C3%A9',
      '/%25FF',
      '/a%20b',
    ]) {
      expect(pathDoesNotDecode(path), path).toBe(false)
    }
  })

  it('rewrites to a private (underscore) folder, which is never a route, and decodes', () => {
    expect(NOT_FOUND_REWRITE).toMatch(/^\/_[a-z-]+$/)
    expect(pathDoesNotDecode(NOT_FOUND_REWRITE)).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { ifMatchHolds, parseIfMatch } from './if-match'

describe('If-Match (RFC 9110 §13.1.1)', () => {
  it('parses *, single and listed tags, weak or strong, ignoring empty members', () => {
    expect(parseIfMatch(null)).toEqual({ kind: 'absent' })
    expect(parseIfMatch(' \t')).toEqual({ kind: 'absent' })
    expect(parseIfMatch(' * ')).toEqual({ kind: 'any' })
    expect(parseIfMatch('"7"')).toEqual({ kind: 'tags', tags: [{ weak: false, opaque: '7' }] })
    expect(parseIfMatch(', W/"a,b" ,"",')).toEqual({
      kind: 'tags',
      tags: [
        { weak: true, opaque: 'a,b' },
        { weak: false, opaque: '' },
      ],
    })
  })

  it('refuses what is not the grammar: bare values, lowercase w/, unclosed quotes, * in a list, junk after a tag', () => {
    for (const header of ['7', 'w/"7"', '"7', '*, "7"', '"7" x', 'W/ "7"', ',,', '"a"b"', '"\u0100"']) {
      expect({ header, parsed: parseIfMatch(header) }).toEqual({ header, parsed: { kind: 'invalid' } })
    }
  })

  it('compares strongly: a weak tag never matches; * and any listed strong match hold', () => {
    expect(ifMatchHolds(parseIfMatch('W/"7"'), '7')).toBe(false)
    expect(ifMatchHolds(parseIfMatch('"7"'), '7')).toBe(true)
    expect(ifMatchHolds(parseIfMatch('"8", W/"7"'), '7')).toBe(false)
    expect(ifMatchHolds(parseIfMatch('"8", "7"'), '7')).toBe(true)
    expect(ifMatchHolds(parseIfMatch('*'), '7')).toBe(true)
    expect(ifMatchHolds(parseIfMatch('"07"'), '7')).toBe(false)
    expect(ifMatchHolds({ kind: 'absent' }, '7')).toBe(false)
    expect(ifMatchHolds({ kind: 'invalid' }, '7')).toBe(false)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findUnstorableText, isStorableText } from './safe-text'

describe('storable text', () => {
  it('accepts ordinary text in any script, emoji included', () => {
    expect(isStorableText('Atención al cliente — São Paulo 😀 日本')).toBe(true)
  })
  it('refuses NUL and lone surrogates', () => {
    expect(isStorableText('Ventas\u0000')).toBe(false)
    expect(isStorableText('a\ud800b')).toBe(false)
    expect(isStorableText('a\udc00')).toBe(false)
  })
  it('agrees with String#isWellFormed on any UTF-16 (fast-check)', () => {
    const units = fc.constantFrom('a', 'b', '\ud800', '\udbff', '\udc00', '\udfff', '😀')
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }), (parts) => {
        const text = parts.join('')
        expect(isStorableText(text)).toBe(text.isWellFormed())
      }),
      { numRuns: 2000 },
    )
  })
  it('finds the path of the first bad string, also inside arrays and keys', () => {
    expect(
      findUnstorableText({ name: 'ok', config: { overrides: [{ name: 'x' }, { name: 'a\ud800' }] } }),
    ).toBe('config.overrides.1.name')
    expect(findUnstorableText(['fine', { k: 'x\u0000' }])).toBe('1.k')
    expect(findUnstorableText({ 'bad\u0000key': 1 })).toBe('_form')
    expect(findUnstorableText({ a: 1, b: [true, null, 'ok'] })).toBeNull()
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { departmentNameKey } from './department-name'

describe('departmentNameKey (issue 11.5)', () => {
  it('ignores case, accents and spacing', () => {
    expect(departmentNameKey('Ventas')).toBe(departmentNameKey('ventas'))
    expect(departmentNameKey('Atención')).toBe(departmentNameKey('atencion'))
    expect(departmentNameKey('  Atención   al  Cliente ')).toBe('atencion al cliente')
    expect(departmentNameKey('FACTURACIÓN')).toBe('facturacion')
    expect(departmentNameKey('Señales')).toBe('senales')
    expect(departmentNameKey('Ｖｅｎｔａｓ')).toBe('ventas')
  })

  it('keeps different names different', () => {
    expect(departmentNameKey('Ventas')).not.toBe(departmentNameKey('Ventas 2'))
    expect(departmentNameKey('Soporte')).not.toBe(departmentNameKey('Soporte técnico'))
  })

  it('is idempotent and trimmed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        const key = departmentNameKey(name)
        expect(departmentNameKey(key)).toBe(key)
        expect(key).toBe(key.trim())
      }),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { can } from './permissions'

describe('§7 roles', () => {
  it('admin edits settings and manages members and agents', () => {
    expect(can('admin', { settings: ['update'] })).toBe(true)
    expect(can('admin', { member: ['create', 'delete'] })).toBe(true)
    expect(can('admin', { agents: ['manage'] })).toBe(true)
    expect(can('admin', { presence: ['update-any'] })).toBe(true)
    expect(can('admin', { apiKey: ['manage'] })).toBe(true)
  })
  it('staff only reads settings, uses the preview and sets its own presence', () => {
    expect(can('staff', { settings: ['read'] })).toBe(true)
    expect(can('staff', { preview: ['read'] })).toBe(true)
    expect(can('staff', { presence: ['update-own'] })).toBe(true)
    expect(can('staff', { settings: ['update'] })).toBe(false)
    expect(can('staff', { member: ['create'] })).toBe(false)
    expect(can('staff', { agents: ['manage'] })).toBe(false)
    expect(can('staff', { presence: ['update-any'] })).toBe(false)
    expect(can('staff', { apiKey: ['manage'] })).toBe(false)
  })
  it('unknown or missing roles grant nothing', () => {
    expect(can('owner', { settings: ['read'] })).toBe(false)
    expect(can(null, { preview: ['read'] })).toBe(false)
    expect(can(undefined, { settings: ['read'] })).toBe(false)
  })
})

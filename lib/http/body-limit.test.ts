import { describe, expect, it } from 'vitest'
import { MAX_PAGE_BODY_BYTES, declaredBodyTooLarge } from './body-limit'

describe('page body limit (issue 12 item 5: bodies over 1 MB answer 413)', () => {
  it('is 1 MB, and refuses only a declared length above it', () => {
    expect(MAX_PAGE_BODY_BYTES).toBe(1_048_576)
    expect(declaredBodyTooLarge('1048576')).toBe(false)
    expect(declaredBodyTooLarge('1048577')).toBe(true)
    expect(declaredBodyTooLarge(' 5000000 ')).toBe(true)
    expect(declaredBodyTooLarge('0')).toBe(false)
  })

  it('an absent or unreadable length is left to the framework limit', () => {
    expect(declaredBodyTooLarge(null)).toBe(false)
    expect(declaredBodyTooLarge('')).toBe(false)
    expect(declaredBodyTooLarge('-1')).toBe(false)
    expect(declaredBodyTooLarge('1e9')).toBe(false)
  })

  it('takes another limit', () => {
    expect(declaredBodyTooLarge('300', 256)).toBe(true)
  })
})

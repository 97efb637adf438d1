import { describe, expect, it } from 'vitest'
import { apiKeyPrefix, generateApiKeySecret, hashApiKeySecret } from './api-key-secret'

describe('API key secrets', () => {
  it('are random, prefixed and 256 bits long', () => {
    const a = generateApiKeySecret()
    const b = generateApiKeySecret()
    expect(a).toMatch(/^hor_[A-Za-z0-9_-]{43}$/)
    expect(a).not.toBe(b)
    expect(apiKeyPrefix(a)).toBe(a.slice(0, 12))
  })
  it('hash to a stable SHA-256 that does not contain the secret', () => {
    const secret = 'hor_example'
    expect(hashApiKeySecret(secret)).toBe(hashApiKeySecret(secret))
    expect(hashApiKeySecret(secret)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashApiKeySecret(secret)).not.toBe(hashApiKeySecret('hor_examplf'))
  })
})

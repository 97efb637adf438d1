import { describe, expect, it } from 'vitest'
import {
  decryptSecret,
  encryptSecret,
  generateSigningSecret,
  secretKeyFromEnv,
  WebhookKeyError,
} from './secret-box'

describe('webhook secrets at rest', () => {
  const key = secretKeyFromEnv({ WEBHOOK_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') })

  it('round-trips and never stores the plain secret', () => {
    const secret = generateSigningSecret()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/)
    const stored = encryptSecret(secret, key)
    expect(stored).not.toContain(secret.slice(6))
    expect(decryptSecret(stored, key)).toBe(secret)
    expect(encryptSecret(secret, key)).not.toBe(stored) // fresh IV every time
  })

  it('refuses another key and tampered ciphertext', () => {
    const stored = encryptSecret('whsec_abc', key)
    const other = secretKeyFromEnv({ WEBHOOK_SECRET_KEY: Buffer.alloc(32, 9).toString('base64') })
    expect(() => decryptSecret(stored, other)).toThrow(WebhookKeyError)
    const [v, iv, body] = stored.split(':')
    const flipped = Buffer.from(body!, 'base64')
    flipped[0]! ^= 1
    expect(() => decryptSecret(`${v}:${iv}:${flipped.toString('base64')}`, key)).toThrow(WebhookKeyError)
  })

  it('requires a 32-byte key, and a configured key on a production database', () => {
    expect(() => secretKeyFromEnv({ WEBHOOK_SECRET_KEY: 'c2hvcnQ=' })).toThrow(/32 random bytes/)
    expect(() => secretKeyFromEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' })).toThrow(
      /WEBHOOK_SECRET_KEY/,
    )
    expect(secretKeyFromEnv({}).length).toBe(32)
  })
})

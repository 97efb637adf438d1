// Webhook signing secrets at rest (issue 15). We sign every delivery with the endpoint's secret, so it cannot be
// stored as a hash: it is encrypted with AES-256-GCM under a key that lives outside the database.
//
//   WEBHOOK_SECRET_KEY  base64 of 32 random bytes (`openssl rand -base64 32`) — required in production.
//   unset elsewhere     a key derived from BETTER_AUTH_SECRET (or the fixed local-development secret), so the
//                       embedded demo works with zero setup.
//
// Stored form: "v1:<iv base64>:<ciphertext+tag base64>". Changing the key makes existing secrets undecryptable
// (deliveries then fail with a clear error and the admin rotates the secret).
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'

export class WebhookKeyError extends Error {}

const LOCAL_DEVELOPMENT_SECRET = 'horarios-local-development-secret-change-me-0123456789'

export function secretKeyFromEnv(env: Record<string, string | undefined> = process.env): Buffer {
  const configured = env.WEBHOOK_SECRET_KEY?.trim()
  if (configured) {
    const key = Buffer.from(configured, 'base64')
    if (key.length !== 32) {
      throw new WebhookKeyError(
        'WEBHOOK_SECRET_KEY must be 32 random bytes in base64 (openssl rand -base64 32).',
      )
    }
    return key
  }
  if (env.NODE_ENV === 'production' && env.DATABASE_URL?.trim()) {
    throw new WebhookKeyError(
      'Set WEBHOOK_SECRET_KEY (openssl rand -base64 32) to store webhook signing secrets on a production database.',
    )
  }
  const base = env.BETTER_AUTH_SECRET?.trim() || LOCAL_DEVELOPMENT_SECRET
  return Buffer.from(hkdfSync('sha256', base, 'horarios', 'webhook-secret-key', 32))
}

export function encryptSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `v1:${iv.toString('base64')}:${body.toString('base64')}`
}

export function decryptSecret(stored: string, key: Buffer): string {
  const [version, ivText, bodyText] = stored.split(':')
  if (version !== 'v1' || !ivText || !bodyText) throw new WebhookKeyError('unknown secret format')
  const body = Buffer.from(bodyText, 'base64')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(ivText, 'base64'))
  decipher.setAuthTag(body.subarray(body.length - 16))
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString(
      'utf8',
    )
  } catch (error) {
    throw new WebhookKeyError(
      'the webhook secret cannot be decrypted with the configured WEBHOOK_SECRET_KEY',
      {
        cause: error,
      },
    )
  }
}

/** A Standard Webhooks signing secret: "whsec_" + base64 of 24 random bytes. */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`
}

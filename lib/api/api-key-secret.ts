// Issue 14 — API-key secrets: "hor_" + 43 base64url characters (256 random bits). Only the SHA-256 of a secret is
// stored; with that much entropy a slow password hash adds nothing against guessing, and a fast one keeps the key
// check cheap (docs/decisions/005).
import { createHash, randomBytes } from 'node:crypto'

export const API_KEY_SECRET_PREFIX = 'hor_'
/** Characters of the secret kept in clear to recognise a key in lists ("hor_AbCd1234"). */
export const API_KEY_PREFIX_LENGTH = API_KEY_SECRET_PREFIX.length + 8

export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export function generateApiKeySecret(): string {
  return API_KEY_SECRET_PREFIX + randomBytes(32).toString('base64url')
}

export function apiKeyPrefix(secret: string): string {
  return secret.slice(0, API_KEY_PREFIX_LENGTH)
}

import { createHash, randomUUID } from 'node:crypto'

export type Clock = { now(): Date }
export const systemClock: Clock = { now: () => new Date() }

/** General's key in webhook_routing_state (department ids match [A-Za-z0-9_-], so '@' never collides). */
export const GENERAL_SCOPE_KEY = '@general'

export function scopeKeyOf(departmentId: string | null): string {
  return departmentId ?? GENERAL_SCOPE_KEY
}

export function newWebhookId(): string {
  return `msg_${randomUUID().replace(/-/g, '')}`
}

/** A uuid derived from a string: the same attempt of the same delivery always gets the same pg-boss job id. */
export function stableJobId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

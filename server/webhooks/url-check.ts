// Checks a webhook URL when an admin saves it, so a refused address is reported next to the field at once
// (deliveries check again on every request: DNS can change).
import {
  addressVerdict,
  checkWebhookUrl,
  type UrlRefusal,
  type WebhookUrlPolicy,
} from '@/lib/webhooks/address-policy'
import { isIP } from 'node:net'
import { systemResolve, type ResolveHost } from './guarded-fetch'

export async function checkWebhookUrlWithDns(
  raw: string,
  policy: WebhookUrlPolicy,
  resolveHost: ResolveHost = systemResolve,
): Promise<UrlRefusal | 'unresolvable' | null> {
  const refusal = checkWebhookUrl(raw, policy)
  if (refusal) return refusal
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return null
  let addresses: { address: string }[]
  try {
    addresses = await resolveHost(host)
  } catch {
    return 'unresolvable'
  }
  if (addresses.length === 0) return 'unresolvable'
  // Every address of the answer: a client may connect to any of them (and Node tries them in turn).
  for (const { address } of addresses) {
    const verdict = addressVerdict(address, policy)
    if (verdict) return verdict
  }
  return null
}

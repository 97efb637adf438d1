// Checks a webhook URL when an admin saves it, so a refused address is reported next to the field at once
// (deliveries check again on every request: DNS can change).
import dns from 'node:dns/promises'
import {
  addressVerdict,
  checkWebhookUrl,
  type UrlRefusal,
  type WebhookUrlPolicy,
} from '@/lib/webhooks/address-policy'
import { isIP } from 'node:net'

export async function checkWebhookUrlWithDns(
  raw: string,
  policy: WebhookUrlPolicy,
): Promise<UrlRefusal | 'unresolvable' | null> {
  const refusal = checkWebhookUrl(raw, policy)
  if (refusal) return refusal
  const host = new URL(raw).hostname.replace(/^\[|\]$/g, '')
  if (isIP(host)) return null
  try {
    const addresses = await dns.lookup(host, { all: true })
    for (const { address } of addresses) {
      const verdict = addressVerdict(address, policy)
      if (verdict) return verdict
    }
    return null
  } catch {
    return 'unresolvable'
  }
}

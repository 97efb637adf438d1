// One delivery attempt on the wire: sign with the current secret (and the previous one for 24 h after a rotation),
// POST through the SSRF guard with a timeout, and describe the outcome for the delivery log.
import { Webhook } from 'standardwebhooks'
import type { WebhookUrlPolicy } from '@/lib/webhooks/address-policy'
import { isSuccessStatus } from '@/lib/webhooks/delivery-policy'
import { guardedPost, RefusedUrlError } from './guarded-fetch'
import { decryptSecret } from './secret-box'

export type SendTarget = {
  url: string
  secretCiphertext: string
  previousSecretCiphertext: string | null
  previousSecretExpiresAt: Date | null
}

export type SendOutcome = { responseCode: number | null; latencyMs: number | null; error: string | null }

export async function sendSigned(
  endpoint: SendTarget,
  message: { webhookId: string; body: string },
  now: Date,
  options: { secretKey: Buffer; policy: WebhookUrlPolicy; timeoutMs: number },
): Promise<SendOutcome> {
  const secrets = [endpoint.secretCiphertext]
  if (
    endpoint.previousSecretCiphertext &&
    endpoint.previousSecretExpiresAt &&
    endpoint.previousSecretExpiresAt > now
  ) {
    secrets.push(endpoint.previousSecretCiphertext)
  }
  try {
    // The signature timestamp is the real time of sending: receivers reject stale timestamps (replay protection).
    const signature = secrets
      .map((stored) =>
        new Webhook(decryptSecret(stored, options.secretKey)).sign(message.webhookId, now, message.body),
      )
      .join(' ')
    const result = await guardedPost(
      endpoint.url,
      message.body,
      {
        'content-type': 'application/json',
        'user-agent': 'Horarios-Webhooks/1',
        'webhook-id': message.webhookId,
        'webhook-timestamp': Math.floor(now.getTime() / 1000).toString(),
        'webhook-signature': signature,
      },
      options.policy,
      options.timeoutMs,
    )
    return {
      responseCode: result.status,
      latencyMs: result.latencyMs,
      error: isSuccessStatus(result.status) ? null : `HTTP ${result.status}`,
    }
  } catch (caught) {
    const name = (caught as Error).name
    const error =
      caught instanceof RefusedUrlError
        ? `refused: ${caught.refusal}`
        : name === 'TimeoutError' || name === 'AbortError'
          ? 'timeout'
          : ((caught as Error).message ?? 'network error').slice(0, 300)
    return { responseCode: null, latencyMs: null, error }
  }
}

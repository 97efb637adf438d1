'use server'
// Issue 15 — admins manage webhook endpoints; staff only read the page. Every action: authorise → validate → db/ (and
// the running webhook service for events) → small typed result. The signing secret is returned once, on creation
// and on rotation; only its ciphertext is stored.
import { revalidatePath } from 'next/cache'
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpointForDelivery,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from '@/db/queries'
import { authorize, isAuthFailure } from '@/server/session'
import { runningWebhooks } from '@/server/webhooks/app-webhooks'
import { encryptSecret, generateSigningSecret, secretKeyFromEnv } from '@/server/webhooks/secret-box'
import { checkWebhookUrlWithDns } from '@/server/webhooks/url-check'
import { webhookUrlPolicyFromEnv } from '@/lib/webhooks/address-policy'
import { PREVIOUS_SECRET_VALID_MS } from '@/lib/webhooks/delivery-policy'
import {
  DeliveryIdSchema,
  EndpointEnabledSchema,
  EndpointIdSchema,
  WebhookEndpointSchema,
} from '@/lib/webhooks/endpoint-schema'
import { fieldErrors, type ActionResult } from './action-result'

type WebhookFailure = { ok: false; error: 'too_many_endpoints' | 'webhooks_unavailable' }

function revalidate() {
  revalidatePath('/settings/api')
}

export async function createWebhookEndpointAction(
  input: unknown,
): Promise<ActionResult<{ id: string; secret: string }> | WebhookFailure> {
  const viewer = await authorize({ webhooks: ['manage'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = WebhookEndpointSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const refusal = await checkWebhookUrlWithDns(parsed.data.url, webhookUrlPolicyFromEnv(process.env))
  if (refusal) return { ok: false, error: 'invalid', fieldErrors: { url: refusal } }

  const secret = generateSigningSecret()
  const created = await createWebhookEndpoint(
    viewer.organizationId,
    parsed.data,
    encryptSecret(secret, secretKeyFromEnv()),
  )
  if (!created.ok) return { ok: false, error: created.reason }
  // Take the routing baseline now, so the next transition is announced.
  await (await runningWebhooks())?.reevaluateOrganization(viewer.organizationId)
  revalidate()
  return { ok: true, data: { id: created.endpoint.id, secret } }
}

export async function setWebhookEndpointEnabledAction(input: unknown): Promise<ActionResult> {
  const viewer = await authorize({ webhooks: ['manage'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = EndpointEnabledSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const current = (await listWebhookEndpoints(viewer.organizationId)).find(
    (endpoint) => endpoint.id === parsed.data.endpointId,
  )
  if (!current) return { ok: false, error: 'not_found' }
  await updateWebhookEndpoint(viewer.organizationId, current.id, {
    url: current.url,
    description: current.description,
    events: current.events,
    enabled: parsed.data.enabled,
  })
  await (await runningWebhooks())?.reevaluateOrganization(viewer.organizationId)
  revalidate()
  return { ok: true, data: undefined }
}

export async function rotateWebhookSecretAction(input: unknown): Promise<ActionResult<{ secret: string }>> {
  const viewer = await authorize({ webhooks: ['manage'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = EndpointIdSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const secret = generateSigningSecret()
  const rotated = await rotateWebhookSecret(
    viewer.organizationId,
    parsed.data.endpointId,
    encryptSecret(secret, secretKeyFromEnv()),
    new Date(Date.now() + PREVIOUS_SECRET_VALID_MS),
  )
  if (!rotated) return { ok: false, error: 'not_found' }
  revalidate()
  return { ok: true, data: { secret } }
}

export async function deleteWebhookEndpointAction(input: unknown): Promise<ActionResult> {
  const viewer = await authorize({ webhooks: ['manage'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = EndpointIdSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const deleted = await deleteWebhookEndpoint(viewer.organizationId, parsed.data.endpointId)
  if (!deleted) return { ok: false, error: 'not_found' }
  await (await runningWebhooks())?.reevaluateOrganization(viewer.organizationId)
  revalidate()
  return { ok: true, data: undefined }
}

/** "Enviar evento de prueba". */
export async function sendWebhookTestAction(input: unknown): Promise<ActionResult | WebhookFailure> {
  const viewer = await authorize({ webhooks: ['manage'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = EndpointIdSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const endpoint = await getWebhookEndpointForDelivery(viewer.organizationId, parsed.data.endpointId)
  if (!endpoint) return { ok: false, error: 'not_found' }
  const service = await runningWebhooks()
  if (!service) return { ok: false, error: 'webhooks_unavailable' }
  await service.sendTestEvent(viewer.organizationId, endpoint.id)
  revalidate()
  return { ok: true, data: undefined }
}

/** "Reenviar": the same message (same webhook-id) again. */
export async function resendWebhookDeliveryAction(input: unknown): Promise<ActionResult | WebhookFailure> {
  const viewer = await authorize({ webhooks: ['manage'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = DeliveryIdSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const service = await runningWebhooks()
  if (!service) return { ok: false, error: 'webhooks_unavailable' }
  const resent = await service.resend(viewer.organizationId, parsed.data.deliveryId)
  if (!resent) return { ok: false, error: 'not_found' }
  revalidate()
  return { ok: true, data: undefined }
}

'use server'
// Issue 15 — admins manage webhook endpoints; staff only read the page. Every action goes through defineAction
// (server/action-client.ts): authorise → refuse unstorable text → validate → db/ (and the running webhook service for
// events) → small typed result. The signing secret is returned once, on creation and on rotation; only its
// ciphertext is stored.
import { revalidatePath } from 'next/cache'
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  getWebhookEndpointForDelivery,
  listWebhookEndpoints,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from '@/db/queries'
import { defineAction } from '@/server/action-client'
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
import type { Permission } from '@/lib/auth/permissions'
import type { ActionResult } from './action-result'

const MANAGE: Permission = { webhooks: ['manage'] }

/** The settings page shows endpoints and their log; the webhook service re-takes its routing baseline. */
async function changed(organizationId: string, reevaluate: boolean) {
  if (reevaluate) await (await runningWebhooks())?.reevaluateOrganization(organizationId)
  revalidatePath('/settings/api')
}

export const createWebhookEndpointAction = defineAction({
  permission: MANAGE,
  schema: WebhookEndpointSchema,
  run: async (input, viewer): Promise<ActionResult<{ id: string; secret: string }>> => {
    const refusal = await checkWebhookUrlWithDns(input.url, webhookUrlPolicyFromEnv(process.env))
    if (refusal) return { ok: false, error: 'invalid', fieldErrors: { url: refusal } }
    const secret = generateSigningSecret()
    const created = await createWebhookEndpoint(
      viewer.organizationId,
      input,
      encryptSecret(secret, secretKeyFromEnv()),
    )
    if (!created.ok) return { ok: false, error: created.reason }
    // Take the routing baseline now, so the next transition is announced.
    await changed(viewer.organizationId, true)
    return { ok: true, data: { id: created.endpoint.id, secret } }
  },
})

export const setWebhookEndpointEnabledAction = defineAction({
  permission: MANAGE,
  schema: EndpointEnabledSchema,
  run: async (input, viewer): Promise<ActionResult> => {
    const current = (await listWebhookEndpoints(viewer.organizationId)).find(
      (endpoint) => endpoint.id === input.endpointId,
    )
    if (!current) return { ok: false, error: 'not_found' }
    await updateWebhookEndpoint(viewer.organizationId, current.id, {
      url: current.url,
      description: current.description,
      events: current.events,
      enabled: input.enabled,
    })
    await changed(viewer.organizationId, true)
    return { ok: true, data: undefined }
  },
})

export const rotateWebhookSecretAction = defineAction({
  permission: MANAGE,
  schema: EndpointIdSchema,
  run: async (input, viewer): Promise<ActionResult<{ secret: string }>> => {
    const secret = generateSigningSecret()
    const rotated = await rotateWebhookSecret(
      viewer.organizationId,
      input.endpointId,
      encryptSecret(secret, secretKeyFromEnv()),
      new Date(Date.now() + PREVIOUS_SECRET_VALID_MS),
    )
    if (!rotated) return { ok: false, error: 'not_found' }
    await changed(viewer.organizationId, false)
    return { ok: true, data: { secret } }
  },
})

export const deleteWebhookEndpointAction = defineAction({
  permission: MANAGE,
  schema: EndpointIdSchema,
  run: async (input, viewer): Promise<ActionResult> => {
    const deleted = await deleteWebhookEndpoint(viewer.organizationId, input.endpointId)
    if (!deleted) return { ok: false, error: 'not_found' }
    await changed(viewer.organizationId, true)
    return { ok: true, data: undefined }
  },
})

/** "Enviar evento de prueba". */
export const sendWebhookTestAction = defineAction({
  permission: MANAGE,
  schema: EndpointIdSchema,
  run: async (input, viewer): Promise<ActionResult> => {
    const endpoint = await getWebhookEndpointForDelivery(viewer.organizationId, input.endpointId)
    if (!endpoint) return { ok: false, error: 'not_found' }
    const service = await runningWebhooks()
    if (!service) return { ok: false, error: 'webhooks_unavailable' }
    await service.sendTestEvent(viewer.organizationId, endpoint.id)
    await changed(viewer.organizationId, false)
    return { ok: true, data: undefined }
  },
})

/** "Reenviar": the same message (same webhook-id) again. */
export const resendWebhookDeliveryAction = defineAction({
  permission: MANAGE,
  schema: DeliveryIdSchema,
  run: async (input, viewer): Promise<ActionResult> => {
    const service = await runningWebhooks()
    if (!service) return { ok: false, error: 'webhooks_unavailable' }
    const resent = await service.resend(viewer.organizationId, input.deliveryId)
    if (!resent) return { ok: false, error: 'not_found' }
    await changed(viewer.organizationId, false)
    return { ok: true, data: undefined }
  },
})

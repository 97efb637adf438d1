// Issue 15 — what an admin submits for a webhook endpoint (the form and the server action share it). Messages are
// keys into webhooks.errors.
import { z } from 'zod'
import { WEBHOOK_EVENTS } from './events'

export const MAX_DESCRIPTION_LENGTH = 200
export const MAX_URL_LENGTH = 2000

export const WebhookEndpointSchema = z.strictObject({
  url: z
    .string()
    .trim()
    .min(1, { message: 'urlRequired' })
    .max(MAX_URL_LENGTH, { message: 'urlTooLong' })
    .refine(
      (value) => {
        try {
          const url = new URL(value)
          return url.protocol === 'https:' || url.protocol === 'http:'
        } catch {
          return false
        }
      },
      { message: 'invalid_url' },
    ),
  description: z.string().trim().max(MAX_DESCRIPTION_LENGTH, { message: 'descriptionTooLong' }),
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { message: 'eventsRequired' }))
    .min(1, { message: 'eventsRequired' })
    .max(WEBHOOK_EVENTS.length)
    .refine((list) => new Set(list).size === list.length, { message: 'eventsRequired' }),
  enabled: z.boolean(),
})
export type WebhookEndpointInput = z.input<typeof WebhookEndpointSchema>

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/)
export const EndpointIdSchema = z.strictObject({ endpointId: Id })
export const EndpointEnabledSchema = z.strictObject({ endpointId: Id, enabled: z.boolean() })
export const DeliveryIdSchema = z.strictObject({ deliveryId: Id })

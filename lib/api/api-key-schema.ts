// Issue 14 — what an admin submits to create an organization API key (the form and the server action share it).
import { z } from 'zod'

/** What a key may do: read decisions, read settings, write settings, write agents' presence. */
export const API_KEY_PERMISSIONS = [
  'routing:read',
  'settings:read',
  'settings:write',
  'presence:write',
] as const
export type ApiKeyPermission = (typeof API_KEY_PERMISSIONS)[number]

export const MAX_API_KEY_NAME_LENGTH = 100

export const CreateApiKeySchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { message: 'nameRequired' })
    .max(MAX_API_KEY_NAME_LENGTH, { message: 'nameTooLong' })
    .refine((name) => !/[\u0000-\u001f\u007f]/.test(name), { message: 'nameInvalid' }),
  permissions: z
    .array(z.enum(API_KEY_PERMISSIONS, { message: 'permissionsRequired' }))
    .min(1, { message: 'permissionsRequired' })
    .max(API_KEY_PERMISSIONS.length)
    .refine((list) => new Set(list).size === list.length, { message: 'permissionsRequired' }),
})
export type CreateApiKeyInput = z.input<typeof CreateApiKeySchema>

export const ApiKeyIdSchema = z.strictObject({ keyId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/) })

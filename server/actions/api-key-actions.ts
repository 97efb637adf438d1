'use server'
// Issue 14 — an admin creates and revokes the organization's API keys. authenticate → authorise → validate → db/.
// The secret is returned once, to the creating admin, and only its hash is stored.
import { revalidatePath } from 'next/cache'
import { createApiKey, revokeApiKey } from '@/db/queries'
import { defineAction } from '@/server/action-client'
import { ApiKeyIdSchema, CreateApiKeySchema } from '@/lib/api/api-key-schema'
import type { ActionResult } from './action-result'

export const createApiKeyAction = defineAction({
  permission: { apiKey: ['manage'] },
  schema: CreateApiKeySchema,
  run: async (input, viewer): Promise<ActionResult<{ id: string; secret: string; prefix: string }>> => {
    const { key, secret } = await createApiKey(viewer.organizationId, input, {
      userId: viewer.userId,
      name: viewer.name,
    })
    revalidatePath('/settings/api')
    return { ok: true, data: { id: key.id, secret, prefix: key.prefix } }
  },
})

export const revokeApiKeyAction = defineAction({
  permission: { apiKey: ['manage'] },
  schema: ApiKeyIdSchema,
  run: async (input, viewer): Promise<ActionResult> => {
    const revoked = await revokeApiKey(viewer.organizationId, input.keyId, {
      userId: viewer.userId,
      name: viewer.name,
    })
    if (!revoked) return { ok: false, error: 'not_found' }
    revalidatePath('/settings/api')
    return { ok: true, data: undefined }
  },
})

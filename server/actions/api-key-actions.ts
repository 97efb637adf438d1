'use server'
// Issue 14 — an admin creates and revokes the organization's API keys. authenticate → authorise → validate → db/.
// The secret is returned once, to the creating admin, and only its hash is stored.
import { revalidatePath } from 'next/cache'
import { createApiKey, revokeApiKey } from '@/db/queries'
import { authorize, isAuthFailure } from '@/server/session'
import { ApiKeyIdSchema, CreateApiKeySchema } from '@/lib/api/api-key-schema'
import { fieldErrors, type ActionResult } from './action-result'

export async function createApiKeyAction(
  input: unknown,
): Promise<ActionResult<{ id: string; secret: string; prefix: string }>> {
  const viewer = await authorize({ apiKey: ['manage'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = CreateApiKeySchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const { key, secret } = await createApiKey(viewer.organizationId, parsed.data, {
    userId: viewer.userId,
    name: viewer.name,
  })
  revalidatePath('/settings/api')
  return { ok: true, data: { id: key.id, secret, prefix: key.prefix } }
}

export async function revokeApiKeyAction(input: unknown): Promise<ActionResult> {
  const viewer = await authorize({ apiKey: ['manage'] })
  if (isAuthFailure(viewer)) return viewer
  const parsed = ApiKeyIdSchema.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrors(parsed.error) }
  const revoked = await revokeApiKey(viewer.organizationId, parsed.data.keyId, {
    userId: viewer.userId,
    name: viewer.name,
  })
  if (!revoked) return { ok: false, error: 'not_found' }
  revalidatePath('/settings/api')
  return { ok: true, data: undefined }
}

import { getOrganization, listApiKeys } from '@/db/queries'
import { ApiKeysPanel } from './api-keys-panel'

/** The API keys section of Ajustes → API: the organization's active keys and the form to create one. */
export async function ApiKeysSection({ organizationId }: { organizationId: string }) {
  const [keys, organization] = await Promise.all([
    listApiKeys(organizationId),
    getOrganization(organizationId),
  ])
  return (
    <ApiKeysPanel
      timeZone={organization?.timeZone ?? 'UTC'}
      keys={keys.map((key) => ({
        id: key.id,
        name: key.name,
        prefix: key.prefix,
        permissions: key.permissions,
        createdAt: key.createdAt.toISOString(),
        createdByName: key.createdByName,
        lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      }))}
    />
  )
}

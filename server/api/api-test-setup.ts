// Shared set-up of the API suites: a seeded test database behind getDb(), fresh API caches per database, and keys.
import { beforeAll } from 'vitest'
import { seedDemoData, useDatabase as pointAppAtDatabase } from '@/test/action-harness'
import { useTestDatabase, type TestDriver } from '@/test/db'
import { createApiKey } from '@/db/dal/api-keys'
import { DEMO_API_KEYS } from '@/db/seed'
import type { ApiKeyPermission } from '@/lib/api/api-key-schema'
import { resetKeyCaches } from './key-auth'
import { resetRoutingState } from './routing-state'

export const AURORA = 'org_tienda_aurora'
export const MONTANA = 'org_cafe_montana'
export const ALL_KEY = DEMO_API_KEYS.aurora.secret
export const MONTANA_KEY = DEMO_API_KEYS.montana.secret

export function useApiDatabase(driver: TestDriver) {
  const t = useTestDatabase(driver)
  beforeAll(async () => {
    pointAppAtDatabase(t.db)
    resetRoutingState()
    resetKeyCaches()
    await seedDemoData(t.db)
  })
  return t
}

export async function keyWith(
  db: Parameters<typeof createApiKey>[0],
  permissions: ApiKeyPermission[],
  options: { organizationId?: string; rateLimitPerMinute?: number } = {},
): Promise<{ id: string; secret: string }> {
  const { key, secret } = await createApiKey(
    db,
    options.organizationId ?? AURORA,
    {
      name: `test ${permissions.join(' ') || 'none'}`,
      permissions,
      ...(options.rateLimitPerMinute && { rateLimitPerMinute: options.rateLimitPerMinute }),
    },
    { userId: null, name: 'test' },
  )
  return { id: key.id, secret }
}

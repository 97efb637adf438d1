// Issue 14 — admins create and revoke API keys; the secret is returned once and only its hash is stored; both are
// audited; another organization's key cannot be revoked. (Anonymous and staff refusals: authorization.test.ts.)
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { and, eq, like } from 'drizzle-orm'
import { testDrivers, useTestDatabase } from '@/test/db'
import { DEMO, seedDemoData, signInAs, useDatabase } from '@/test/action-harness'
import { apiKey, auditLog } from '@/db/schema'
import { hashApiKeySecret } from '@/lib/api/api-key-secret'
import { findApiKeyBySecret, listApiKeys } from '@/db/dal/api-keys'
import { listAuditEntries } from '@/db/dal/audit'
import { DEMO_API_KEYS } from '@/db/seed'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const { createApiKeyAction, revokeApiKeyAction } = await import('./api-key-actions')
const { subscribe } = await import('@/db/change-feed')

describe.each(testDrivers)('API keys (%s)', (driver) => {
  const t = useTestDatabase(driver)

  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
  })

  it('the demo seed has one key with every permission, found by its secret', async () => {
    const found = await findApiKeyBySecret(t.db, DEMO_API_KEYS.aurora.secret)
    expect(found).toMatchObject({
      organizationId: DEMO.auroraId,
      permissions: ['routing:read', 'settings:read', 'settings:write', 'presence:write'],
    })
  })

  it('an admin creates a key: the secret comes back once, only its hash is stored, the creation is audited', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const result = await createApiKeyAction({
      name: '  Router  ',
      permissions: ['routing:read', 'settings:read'],
    })
    if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`)
    const { secret, id, prefix } = result.data
    expect(secret).toMatch(/^hor_[A-Za-z0-9_-]{43}$/)
    expect(prefix).toBe(secret.slice(0, 12))

    const [row] = await t.db.select().from(apiKey).where(eq(apiKey.id, id))
    expect(row).toMatchObject({
      organizationId: DEMO.auroraId,
      name: 'Router',
      secretHash: hashApiKeySecret(secret),
      permissions: ['routing:read', 'settings:read'],
      createdByName: 'Valentina Ríos',
    })
    expect(JSON.stringify(row)).not.toContain(secret)

    const listed = await listApiKeys(t.db, DEMO.auroraId)
    expect(listed.map((key) => key.id)).toContain(id)
    expect(JSON.stringify(listed)).not.toContain(secret)
    expect((await findApiKeyBySecret(t.db, secret))?.id).toBe(id)

    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, DEMO.auroraId), like(auditLog.action, 'api_key.%')))
    expect(audit.map((entry) => [entry.action, entry.scopeName, entry.actorName])).toContainEqual([
      'api_key.create',
      'Router',
      'Valentina Ríos',
    ])
    expect(JSON.stringify(audit)).not.toContain(secret)
    // Organization-wide entries do not appear in General's Horarios history.
    expect((await listAuditEntries(t.db, DEMO.auroraId, null)).map((e) => e.action)).not.toContain(
      'api_key.create',
    )
  })

  it('rejects a blank name and an empty permission list with field errors, creating nothing', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const before = await t.db.select({ id: apiKey.id }).from(apiKey)
    expect(await createApiKeyAction({ name: '   ', permissions: [] })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { name: 'nameRequired', permissions: 'permissionsRequired' },
    })
    const bad = await createApiKeyAction({ name: 'x', permissions: ['admin:all'] })
    expect(bad).toMatchObject({ ok: false, error: 'invalid' })
    expect(
      await createApiKeyAction({ name: 'x', permissions: ['routing:read'], organizationId: DEMO.montanaId }),
    ).toMatchObject({
      ok: false,
      error: 'invalid',
    })
    expect(await t.db.select({ id: apiKey.id }).from(apiKey)).toHaveLength(before.length)
  })

  it('revoking: the key stops working, the revocation is audited and announced on the change feed', async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const created = await createApiKeyAction({ name: 'Temporary', permissions: ['routing:read'] })
    if (!created.ok) throw new Error('create failed')
    const events: unknown[] = []
    const stop = subscribe((message) => events.push(message))
    try {
      expect(await revokeApiKeyAction({ keyId: created.data.id })).toEqual({ ok: true, data: undefined })
    } finally {
      stop()
    }
    expect(events).toContainEqual({ organizationId: DEMO.auroraId, kind: 'key', id: created.data.id })
    expect(await findApiKeyBySecret(t.db, created.data.secret)).toBeNull()
    expect((await listApiKeys(t.db, DEMO.auroraId)).map((key) => key.id)).not.toContain(created.data.id)
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'api_key.revoke'), eq(auditLog.scopeName, 'Temporary')))
    expect(entry?.actorName).toBe('Valentina Ríos')
    // A second revocation finds nothing to revoke.
    expect(await revokeApiKeyAction({ keyId: created.data.id })).toEqual({ ok: false, error: 'not_found' })
  })

  it("an admin of another organization cannot revoke this organization's key (not found, still active)", async () => {
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    const created = await createApiKeyAction({ name: 'Aurora only', permissions: ['routing:read'] })
    if (!created.ok) throw new Error('create failed')
    await signInAs(DEMO.otherAdmin.email, DEMO.otherAdmin.password)
    expect(await revokeApiKeyAction({ keyId: created.data.id })).toEqual({ ok: false, error: 'not_found' })
    expect((await findApiKeyBySecret(t.db, created.data.secret))?.id).toBe(created.data.id)
  })
})

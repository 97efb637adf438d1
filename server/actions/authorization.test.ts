// docs/behaviour.md §7 — every mutating server action authenticates and authorises on its own. This suite finds the actions by
// reading every 'use server' module, so a new action is covered (or must be listed as public) the day it is added.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { tableSnapshot, testDrivers, useTestDatabase } from '@/test/db'
import { DEMO, seedDemoData, signInAs, signOutLocally, useDatabase } from '@/test/action-harness'
import type { Db } from '@/db/connection'
import { insertDeliveries } from '@/db/dal/webhook-deliveries'
import { addEndpoint } from '@/test/webhook-harness'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./action-result.ts'], {
  eager: true,
})

/** Actions anyone may call: they establish a session or only touch the caller's own browser. */
const PUBLIC = new Set([
  'signInAction',
  'signUpAction',
  'signInFormAction',
  'signUpFormAction',
  'acceptInvitationFormAction',
  'signOutAction',
  'acceptInvitationAction',
  'setLocaleAction',
])
/** Actions staff may call (docs/behaviour.md §7: read-only settings, the preview, their own presence). */
const STAFF_ALLOWED = new Set(['setPresenceAction', 'previewHolidaysAction'])

const actions = Object.entries(modules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, value]) => typeof value === 'function')
    .map(([name, fn]) => ({ file, name, fn: fn as (...args: unknown[]) => Promise<unknown> })),
)

// Plausible arguments aimed at real rows: a refused call must not depend on the payload being wrong. The webhook
// ids are filled in once the rows exist (beforeAll).
const TARGET: Record<string, unknown> = {
  departmentId: 'dep_aurora_ventas',
  memberId: 'x',
  agentId: 'x',
  invitationId: 'x',
  name: 'Nuevo',
  email: 'n@example.test',
  role: 'admin',
  url: 'https://hooks.example.test/horarios',
  events: ['routing.changed'],
  enabled: false,
}
const ARGS: unknown[] = [TARGET, { expectedVersion: 1 }]

async function snapshot(db: Db): Promise<string> {
  const tables = [
    'organization',
    'member',
    'invitation',
    'department',
    'scope_settings',
    'schedule_range',
    'schedule_override',
    'assistant',
    'agent',
    'agent_department',
    'audit_log',
    'scope_version',
    'api_key',
    'webhook_endpoint',
    'webhook_delivery',
    'webhook_routing_state',
  ]
  return tableSnapshot(db, tables)
}

describe.each(testDrivers)('§7 every server action guards itself (%s)', (driver) => {
  const t = useTestDatabase(driver)
  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
    // A webhook endpoint with a delivery, so the webhook actions aim at rows that exist.
    const endpoint = await addEndpoint(t.db, DEMO.auroraId, 'https://hooks.example.test/x')
    const payload = { type: 'webhook.test', timestamp: '2026-11-26T15:00:00.000Z', data: {} }
    const deliveryId = crypto.randomUUID()
    await insertDeliveries(t.db, DEMO.auroraId, [
      {
        id: deliveryId,
        endpointId: endpoint.id,
        webhookId: 'msg_authorization',
        eventType: 'webhook.test',
        payload,
        body: JSON.stringify(payload),
      },
    ])
    Object.assign(TARGET, { endpointId: endpoint.id, deliveryId })
  })

  it('finds the server actions', () => {
    expect(actions.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'saveScheduleAction',
        'inviteMemberAction',
        'createDepartmentAction',
        'createWebhookEndpointAction',
        'resendWebhookDeliveryAction',
      ]),
    )
  })

  it('refuses every non-public action without a session, changing nothing', async () => {
    signOutLocally()
    const before = await snapshot(t.db)
    for (const action of actions.filter((a) => !PUBLIC.has(a.name))) {
      const result = await action.fn(...ARGS)
      expect({ action: action.name, result }).toEqual({
        action: action.name,
        result: { ok: false, error: 'unauthenticated' },
      })
    }
    expect(await snapshot(t.db)).toBe(before)
  })

  it('refuses staff on every admin action, changing nothing', async () => {
    await signInAs(DEMO.staff.email, DEMO.staff.password)
    const before = await snapshot(t.db)
    for (const action of actions.filter((a) => !PUBLIC.has(a.name) && !STAFF_ALLOWED.has(a.name))) {
      const result = await action.fn(...ARGS)
      expect({ action: action.name, result }).toEqual({
        action: action.name,
        result: { ok: false, error: 'forbidden' },
      })
    }
    expect(await snapshot(t.db)).toBe(before)
  })
})

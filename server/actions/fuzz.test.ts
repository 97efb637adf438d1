// Issue 12 item 5 — a property-based fuzz of every server action: valid-looking payloads with one hostile value put
// in at a random text field (NUL, lone surrogates, control characters, a megabyte of text, impossible or year-0
// dates, odd zone spellings). Every call answers a refusal (never a throw, never a 500) and nothing is stored.
// Actions are discovered like authorization.test.ts does, so a new action must get a valid example here.
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { tableSnapshot, testDrivers, useTestDatabase } from '@/test/db'
import { DEMO, seedDemoData, signInAs, useDatabase } from '@/test/action-harness'
import { getScopeSettings } from '@/db/dal/scopes'
import { toFormValues } from '@/lib/settings/scope-settings-values'
import type { Db } from '@/db/connection'

vi.mock('next/headers', () => import('@/test/action-harness').then((h) => h.nextHeadersMock))
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }))
vi.mock('@/db/client', () => import('@/test/action-harness').then((h) => h.dbClientMock))

const modules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./action-result.ts'], {
  eager: true,
})
const actions = new Map(
  Object.values(modules).flatMap((mod) =>
    Object.entries(mod)
      .filter(([, value]) => typeof value === 'function')
      .map(([name, fn]) => [name, fn as (...args: unknown[]) => Promise<unknown>] as const),
  ),
)

/** Actions without text input: nothing to inject into. */
const NO_TEXT_INPUT = new Set(['signOutAction'])
const HOSTILE = ['Ventas\u0000', '\u0000', 'a\ud800b', '\udfff', 'x\ud83d', 'x'.repeat(1_100_000)]
const HOSTILE_DATES = ['0000-01-01', '0001-01-01', '9999-12-31', '1899-12-31', '2026-02-30', '+02026-01-01']

const SIGN_UP = {
  name: 'Persona',
  email: 'fuzz@example.test',
  password: 'a-long-password',
  organizationName: 'Empresa',
  country: 'CO',
  timeZone: 'America/Bogota',
}

function representableInForm(text: string): boolean {
  const data = new FormData()
  data.set('x', text)
  return data.get('x') === text
}

function formData(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

async function validExamples(db: Db): Promise<Record<string, unknown[]>> {
  const general = await getScopeSettings(db, DEMO.auroraId, null)
  if (!general) throw new Error('General missing')
  const values = toFormValues(general.usesGeneral, general.config)
  values.config.business.overrides = [{ date: '2026-12-24', label: 'Nochebuena', ranges: [] }] as never
  values.config.outOfHoursMessage = 'Volvemos pronto.'
  return {
    saveScheduleAction: [{ departmentId: null, expectedVersion: general.version }, values],
    previewHolidaysAction: ['CO', 2026],
    restoreVersionAction: [{ departmentId: 'dep_aurora_ventas', version: 2, expectedVersion: 1 }],
    copySourceAction: ['dep_aurora_ventas'],
    createDepartmentAction: [{ name: 'Postventa' }],
    renameDepartmentAction: [{ departmentId: 'dep_aurora_ventas', name: 'Ventas y más' }],
    deleteDepartmentAction: [{ departmentId: 'dep_aurora_ventas' }],
    createAgentAction: [{ name: 'Nueva', email: 'nueva@example.test', userId: '', departmentIds: [] }],
    updateAgentAction: [{ agentId: 'x', name: 'Nueva', email: '', userId: '', departmentIds: [] }],
    deleteAgentAction: [{ agentId: 'x' }],
    setPresenceAction: [{ agentId: 'x', presence: 'online' }],
    inviteMemberAction: [{ email: 'invitada@example.test', role: 'staff' }],
    changeMemberRoleAction: [{ memberId: 'x', role: 'staff' }],
    removeMemberAction: [{ memberId: 'x' }],
    cancelInvitationAction: [{ invitationId: 'x' }],
    acceptInvitationAction: [{ invitationId: 'x', name: 'Persona', password: 'a-long-password' }],
    signInAction: [{ email: DEMO.admin.email, password: DEMO.admin.password }],
    signUpAction: [SIGN_UP],
    // The no-JavaScript twins post a FormData (issue 12 item 2).
    signInFormAction: [null, formData({ email: DEMO.admin.email, password: DEMO.admin.password })],
    signUpFormAction: [null, formData(SIGN_UP)],
    acceptInvitationFormAction: [
      null,
      formData({ invitationId: 'x', name: 'Persona', password: 'a-long-password' }),
    ],
    setLocaleAction: ['en'],
    createApiKeyAction: [{ name: 'Integración', permissions: ['routing:read'] }],
    revokeApiKeyAction: [{ keyId: 'x' }],
    createWebhookEndpointAction: [
      {
        url: 'https://hooks.example.test/horarios',
        description: 'Pruebas',
        events: ['routing.changed'],
        enabled: true,
      },
    ],
    setWebhookEndpointEnabledAction: [{ endpointId: 'x', enabled: false }],
    rotateWebhookSecretAction: [{ endpointId: 'x' }],
    deleteWebhookEndpointAction: [{ endpointId: 'x' }],
    sendWebhookTestAction: [{ endpointId: 'x' }],
    resendWebhookDeliveryAction: [{ deliveryId: 'x' }],
  }
}

/** Paths of every string inside `value` (array indexes and object keys). */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path]
  if (value instanceof FormData) return [...value.keys()].map((name) => [...path, name])
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]))
  return []
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  if (value instanceof FormData) {
    const copy = new FormData()
    for (const [name, field] of value) copy.set(name, name === head ? (replacement as string) : field)
    return copy
  }
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v))
  const record = value as Record<string, unknown>
  return { ...record, [head!]: replaceAt(record[head!], rest, replacement) }
}

async function snapshot(db: Db): Promise<string> {
  const tables = [
    'user',
    'organization',
    'member',
    'invitation',
    'department',
    'scope_settings',
    'schedule_range',
  ]
  tables.push(
    'schedule_override',
    'assistant',
    'agent',
    'agent_department',
    'audit_log',
    'rate_limit',
    'api_key',
    'webhook_endpoint',
    'webhook_delivery',
  )
  return tableSnapshot(db, tables)
}

describe.each(testDrivers)('fuzz: hostile input to every server action (%s)', (driver) => {
  const t = useTestDatabase(driver)
  let examples: Record<string, unknown[]>

  beforeAll(async () => {
    useDatabase(t.db)
    await seedDemoData(t.db)
    await signInAs(DEMO.admin.email, DEMO.admin.password)
    examples = await validExamples(t.db)
  })

  it('has a valid example for every action with text input', () => {
    const missing = [...actions.keys()].filter((name) => !NO_TEXT_INPUT.has(name) && !(name in examples))
    expect(missing).toEqual([])
  })

  it('one hostile string anywhere: refused as invalid, no throw, nothing stored', async () => {
    const before = await snapshot(t.db)
    const names = Object.keys(examples).filter((name) => actions.has(name))
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.nat(),
        fc.constantFrom(...HOSTILE),
        fc.string({ maxLength: 8 }),
        async (name, pick, hostile, prefix) => {
          const args = examples[name]!
          const paths = stringPaths(args)
          const path = paths[pick % paths.length]!
          // A FormData (the no-JavaScript forms) cannot carry a lone surrogate: it arrives as U+FFFD, valid text.
          fc.pre(!args.some((arg) => arg instanceof FormData) || representableInForm(prefix + hostile))
          const mutated = replaceAt(args, path, prefix + hostile) as unknown[]
          const result = (await actions.get(name)!(...mutated)) as { ok: boolean; error?: string }
          expect({ name, path, ok: result.ok }).toEqual({ name, path, ok: false })
        },
      ),
      { numRuns: driver === 'pglite' ? 150 : 60 },
    )
    expect(await snapshot(t.db)).toBe(before)
  }, 120_000)

  // Deterministic sweep beside the random one: every text field of every example, a megabyte long. A field the
  // schema does not know (and so strips) would be accepted here, which is how a wrong example hides a gap.
  it('every text field of every example refuses a megabyte of text; nothing stored', async () => {
    const before = await snapshot(t.db)
    const accepted: string[] = []
    for (const [name, args] of Object.entries(examples)) {
      if (!actions.has(name)) continue
      for (const path of stringPaths(args)) {
        const mutated = replaceAt(args, path, 'x'.repeat(1_100_000)) as unknown[]
        const result = (await actions.get(name)!(...mutated)) as { ok: boolean }
        if (result.ok) accepted.push(`${name} ${path.join('.')}`)
      }
    }
    expect(accepted).toEqual([])
    expect(await snapshot(t.db)).toBe(before)
  }, 120_000)

  it('special dates outside 2000–2100 or impossible are refused; nothing stored', async () => {
    const before = await snapshot(t.db)
    const [target, values] = examples.saveScheduleAction as [unknown, ReturnType<typeof toFormValues>]
    for (const date of HOSTILE_DATES) {
      const mutated = structuredClone(values)
      mutated.config.business.overrides = [{ date, label: 'x', ranges: [] }] as never
      const result = (await actions.get('saveScheduleAction')!(target, mutated)) as {
        ok: boolean
        fieldErrors?: object
      }
      expect({ date, result }).toMatchObject({
        date,
        result: { ok: false, fieldErrors: { 'config.business.overrides.0.date': expect.any(String) } },
      })
    }
    expect(await snapshot(t.db)).toBe(before)
  })
})

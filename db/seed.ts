// Demo data. No 'server-only': run by scripts/seed.ts and scripts/prepare-db.ts (tsx) and by tests.
//
// Users are NOT created here: password hashing belongs to better-auth. The auth code creates DEMO_USERS (+ their
// `member` rows) after seedDemo() and then calls linkDemoAgents() to link agents to users by e-mail.
import { publicHolidays } from '@/lib/holidays/calendar'
import { mergeHolidays } from '@/lib/holidays/merge'
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm'
import type { DateOverride, Schedule, TimeRange, Weekday } from '@/lib/schedule/types'
import type { ScopeConfiguration } from '@/lib/settings/types'
import { departmentNameKey } from '@/lib/settings/department-name'
import type { Db } from './connection'
import {
  agent,
  agentDepartment,
  department,
  member,
  organization,
  apiKey,
  auditLog,
  scopeSettings,
  scopeVersion,
  user,
  type Presence,
} from './schema'
import { loadScopeConfigs, replaceScopeChildren, scopeColumns } from './schedule-rows'
import { diffSettings } from '@/lib/settings/settings-diff'
import { emptyWeek } from '@/lib/schedule/constructors'
import { formatLocalDate } from '@/lib/schedule/time'
import { localDateOf } from '@/lib/schedule/zone'
import { API_KEY_PERMISSIONS } from '@/lib/api/api-key-schema'
import { apiKeyPrefix, hashApiKeySecret } from '@/lib/api/api-key-secret'

export const DEMO_ORGANIZATIONS = {
  aurora: {
    id: 'org_tienda_aurora',
    slug: 'tienda-aurora',
    name: 'Tienda Aurora',
    country: 'CO',
    timeZone: 'America/Bogota',
  },
  montana: {
    id: 'org_cafe_montana',
    slug: 'cafe-montana',
    name: 'Café Montaña',
    country: 'PE',
    timeZone: 'America/Lima',
  },
} as const

export const DEMO_DEPARTMENTS = {
  ventas: { id: 'dep_aurora_ventas', name: 'Ventas' },
  soporte: { id: 'dep_aurora_soporte', name: 'Soporte técnico' },
  facturacion: { id: 'dep_aurora_facturacion', name: 'Facturación' },
  nocturno: { id: 'dep_aurora_turno_nocturno', name: 'Turno nocturno' },
  pedidos: { id: 'dep_montana_pedidos', name: 'Pedidos' },
} as const

/**
 * The demo organization's API key with every permission (embedded demo only, like the demo passwords; README).
 * Tienda Aurora's; Café Montaña has its own so isolation can be tried by hand.
 */
export const DEMO_API_KEYS = {
  aurora: { name: 'Demo (todos los permisos)', secret: 'hor_demo-tienda-aurora-2026-all-permissions' },
  montana: { name: 'Demo (todos los permisos)', secret: 'hor_demo-cafe-montana-2026-all-permissions' },
} as const

export type DemoUser = {
  email: string
  password: string
  name: string
  role: 'admin' | 'staff'
  org: (typeof DEMO_ORGANIZATIONS)[keyof typeof DEMO_ORGANIZATIONS]['slug']
}

/** For the auth seed (better-auth hashes the passwords). */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@tienda-aurora.co',
    password: 'Aurora-admin-2026',
    name: 'Valentina Ríos',
    role: 'admin',
    org: 'tienda-aurora',
  },
  {
    email: 'soporte@tienda-aurora.co',
    password: 'Aurora-soporte-2026',
    name: 'Andrés Gómez',
    role: 'staff',
    org: 'tienda-aurora',
  },
  {
    email: 'admin@cafe-montana.pe',
    password: 'Montana-admin-2026',
    name: 'Lucía Quispe',
    role: 'admin',
    org: 'cafe-montana',
  },
]

// ---------------------------------------------------------------------------------------------------------------

const r = (start: string, end: string): TimeRange => ({ start, end })

function weekly(days: Partial<Record<Weekday, TimeRange[]>>): Record<Weekday, TimeRange[]> {
  return { ...emptyWeek(), ...days }
}

function everyDay(...ranges: TimeRange[]): Record<Weekday, TimeRange[]> {
  return weekly({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, sat: ranges, sun: ranges })
}

function weekdays(ranges: TimeRange[], extra: Partial<Record<Weekday, TimeRange[]>> = {}) {
  return weekly({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges, ...extra })
}

/** "YYYY-MM-DD" of `now` in `timeZone`. */
function localDate(now: Date, timeZone: string): string {
  return formatLocalDate(localDateOf(now, timeZone))
}

/**
 * The country's public holidays from today (in the zone) to the end of next year, as closed dates. Two holidays on
 * one date become one override.
 */
export function upcomingPublicHolidays(country: string, timeZone: string, now: Date): DateOverride[] {
  const today = localDate(now, timeZone)
  const year = now.getUTCFullYear()
  const upcoming = [...publicHolidays(country, year), ...publicHolidays(country, year + 1)].filter(
    (holiday) => holiday.date >= today,
  )
  return mergeHolidays([], upcoming).overrides
}

function schedule(
  timeZone: string,
  week: Record<Weekday, TimeRange[]>,
  overrides: DateOverride[] = [],
): Schedule {
  return { timeZone, weekly: week, overrides }
}

type SeedDepartment = { id: string; name: string; usesGeneral: boolean; config: ScopeConfiguration }
type SeedAgent = { name: string; email: string; presence: Presence; departments: string[] }

/** An earlier General, saved `daysAgo` days before the seed runs (the demo's change history). */
type SeedSave = { config: ScopeConfiguration; daysAgo: number }

type SeedOrganization = {
  org: (typeof DEMO_ORGANIZATIONS)[keyof typeof DEMO_ORGANIZATIONS]
  general: ScopeConfiguration
  /** Earlier versions of General, oldest first; the last save (today) is `general` (`seedDemo`'s `history`). */
  generalHistory?: SeedSave[]
  departments: SeedDepartment[]
  agents: SeedAgent[]
}

function auroraData(now: Date): SeedOrganization {
  const org = DEMO_ORGANIZATIONS.aurora
  const tz = org.timeZone
  const holidays = upcomingPublicHolidays(org.country, tz, now)
  const general: ScopeConfiguration = {
    business: schedule(tz, weekdays([r('08:00', '18:00')], { sat: [r('09:00', '13:00')] }), holidays),
    outOfHoursMessage:
      '¡Hola! Gracias por escribir a {empresa}. Nuestro horario de atención es {horario_semana} (hora de Colombia). Déjanos tu mensaje y te responderemos {proxima_apertura}.',
    outOfHoursTranslations: {
      en: 'Hi! Thanks for writing to {empresa}. Our business hours are {horario_semana} (Colombia time). Leave us a message and we will reply {proxima_apertura}.',
    },
    priority: 'assistant',
    assistant: null,
  }
  // The demo's history: General opened 8:00–17:00 on weekdays with a short message, then added Saturdays and an
  // hour, and today says its hours in the message and answers in English too (issue 16: versions to open/restore).
  const firstMessage = '¡Hola! Gracias por escribir a {empresa}. Te responderemos {proxima_apertura}.'
  const generalHistory: SeedSave[] = [
    {
      daysAgo: 30,
      config: {
        ...general,
        business: schedule(tz, weekdays([r('08:00', '17:00')]), holidays),
        outOfHoursMessage: firstMessage,
        outOfHoursTranslations: {},
      },
    },
    {
      daysAgo: 21,
      config: { ...general, outOfHoursMessage: firstMessage, outOfHoursTranslations: {} },
    },
  ]
  const { ventas, soporte, facturacion, nocturno } = DEMO_DEPARTMENTS
  // Ventas closes early on the coming Christmas Eve and New Year's Eve.
  const today = localDate(now, tz)
  const localYear = Number(today.slice(0, 4))
  const comingDate = (monthDay: string) =>
    `${localYear}-${monthDay}` >= today ? `${localYear}-${monthDay}` : `${localYear + 1}-${monthDay}`
  const shortDays: DateOverride[] = [
    { date: comingDate('12-24'), ranges: [r('08:00', '12:00')], label: 'Nochebuena: horario especial' },
    { date: comingDate('12-31'), ranges: [r('08:00', '12:00')], label: 'Fin de año: horario especial' },
  ]
  const ventasOverrides = [
    ...holidays.filter((h) => !shortDays.some((s) => s.date === h.date)),
    ...shortDays,
  ].sort((a, b) => (a.date < b.date ? -1 : 1))
  const departments: SeedDepartment[] = [
    {
      ...ventas,
      usesGeneral: false,
      config: {
        business: schedule(
          tz,
          weekdays([r('08:00', '13:00'), r('14:00', '19:00')], { sat: [r('09:00', '14:00')] }),
          ventasOverrides,
        ),
        outOfHoursMessage:
          '¡Gracias por tu interés en {empresa}! Nuestros asesores de ventas atienden {horario_semana}. Te contactaremos {proxima_apertura}.',
        priority: 'agents',
        assistant: {
          name: 'Aurora',
          active: true,
          schedule: schedule(
            tz,
            weekly({
              mon: [r('07:00', '22:00')],
              tue: [r('07:00', '22:00')],
              wed: [r('07:00', '22:00')],
              thu: [r('07:00', '22:00')],
              fri: [r('07:00', '22:00')],
              sat: [r('08:00', '20:00')],
              sun: [r('09:00', '18:00')],
            }),
          ),
        },
      },
    },
    {
      ...soporte,
      usesGeneral: false,
      config: {
        business: schedule(tz, everyDay(r('00:00', '24:00'))),
        outOfHoursMessage: 'Soporte técnico de {empresa}: estamos disponibles las 24 horas, todos los días.',
        priority: 'assistant',
        assistant: { name: 'Aurora Soporte', active: true, schedule: null },
      },
    },
    // Uses General: its own rows are a copy of General's (what it starts from if it stops using General).
    { ...facturacion, usesGeneral: true, config: general },
    {
      ...nocturno,
      usesGeneral: false,
      config: {
        business: schedule(tz, everyDay(r('22:00', '06:00'))),
        outOfHoursMessage:
          'El turno nocturno de {empresa} atiende {horario_semana}; volvemos {proxima_apertura}. En el día te atiende nuestro equipo de Ventas o Soporte técnico.',
        priority: 'assistant',
        assistant: null,
      },
    },
  ]
  const agents: SeedAgent[] = [
    {
      name: 'Camila Restrepo',
      email: 'camila.restrepo@tienda-aurora.co',
      presence: 'online',
      departments: [ventas.id],
    },
    {
      name: 'Juan Sebastián Morales',
      email: 'juan.morales@tienda-aurora.co',
      presence: 'online',
      departments: [ventas.id],
    },
    {
      name: 'Daniela Ospina',
      email: 'daniela.ospina@tienda-aurora.co',
      presence: 'away',
      departments: [ventas.id],
    },
    {
      name: 'Santiago Cárdenas',
      email: 'santiago.cardenas@tienda-aurora.co',
      presence: 'offline',
      departments: [ventas.id],
    },
    {
      name: 'Natalia Zapata',
      email: 'natalia.zapata@tienda-aurora.co',
      presence: 'online',
      departments: [ventas.id, soporte.id],
    },
    // Linked to the demo staff user once it exists (linkDemoAgents).
    {
      name: 'Andrés Gómez',
      email: 'soporte@tienda-aurora.co',
      presence: 'online',
      departments: [soporte.id],
    },
    {
      name: 'Laura Valencia',
      email: 'laura.valencia@tienda-aurora.co',
      presence: 'online',
      departments: [soporte.id],
    },
    {
      name: 'Mateo Castaño',
      email: 'mateo.castano@tienda-aurora.co',
      presence: 'offline',
      departments: [soporte.id],
    },
    // Facturación has nobody online: its conversations queue during business hours.
    {
      name: 'Mariana Herrera',
      email: 'mariana.herrera@tienda-aurora.co',
      presence: 'away',
      departments: [facturacion.id],
    },
    {
      name: 'Felipe Londoño',
      email: 'felipe.londono@tienda-aurora.co',
      presence: 'offline',
      departments: [facturacion.id],
    },
    {
      name: 'Isabella Vargas',
      email: 'isabella.vargas@tienda-aurora.co',
      presence: 'online',
      departments: [nocturno.id],
    },
    {
      name: 'Carlos Andrés Muñoz',
      email: 'carlos.munoz@tienda-aurora.co',
      presence: 'offline',
      departments: [nocturno.id],
    },
  ]
  return { org, general, generalHistory, departments, agents }
}

function montanaData(now: Date): SeedOrganization {
  const org = DEMO_ORGANIZATIONS.montana
  const tz = org.timeZone
  const general: ScopeConfiguration = {
    business: schedule(
      tz,
      weekly({
        mon: [r('07:00', '20:00')],
        tue: [r('07:00', '20:00')],
        wed: [r('07:00', '20:00')],
        thu: [r('07:00', '20:00')],
        fri: [r('07:00', '20:00')],
        sat: [r('07:00', '20:00')],
        sun: [r('08:00', '14:00')],
      }),
      upcomingPublicHolidays(org.country, tz, now),
    ),
    outOfHoursMessage:
      '¡Gracias por escribir a {empresa}! Te responderemos {proxima_apertura} (hora de Lima), en nuestro horario de atención: {horario_semana}.',
    priority: 'assistant',
    assistant: null,
  }
  const departments: SeedDepartment[] = [
    {
      ...DEMO_DEPARTMENTS.pedidos,
      usesGeneral: false,
      config: {
        business: schedule(tz, everyDay(r('08:00', '22:00'))),
        outOfHoursMessage: 'Recibimos pedidos {horario_semana}.',
        priority: 'assistant',
        assistant: { name: 'Quipu', active: true, schedule: null },
      },
    },
  ]
  const agents: SeedAgent[] = [
    {
      name: 'Rosa Mamani',
      email: 'rosa.mamani@cafe-montana.pe',
      presence: 'online',
      departments: [DEMO_DEPARTMENTS.pedidos.id],
    },
    {
      name: 'Jorge Huamán',
      email: 'jorge.huaman@cafe-montana.pe',
      presence: 'away',
      departments: [DEMO_DEPARTMENTS.pedidos.id],
    },
  ]
  return { org, general, departments, agents }
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * One save of General as the editor makes it (db/dal/scopes.ts saveScopeSettings, which the seed cannot import:
 * it is server-only): the next version, its rows, an audit entry with what changed, and its version snapshot.
 */
async function seedSave(
  tx: Db,
  organizationId: string,
  scopeId: string,
  before: ScopeConfiguration,
  after: ScopeConfiguration,
  at: Date,
): Promise<ScopeConfiguration> {
  const [updated] = await tx
    .update(scopeSettings)
    .set({ ...scopeColumns(after), version: sql`${scopeSettings.version} + 1`, updatedAt: at })
    .where(and(eq(scopeSettings.organizationId, organizationId), eq(scopeSettings.id, scopeId)))
    .returning({ version: scopeSettings.version })
  if (!updated) throw new Error('General scope update returned no row')
  await replaceScopeChildren(tx, organizationId, scopeId, after)
  // What reads back (dates sorted, messages canonical) is what the snapshot keeps and the next diff starts from.
  const stored = (await loadScopeConfigs(tx, organizationId, [{ id: scopeId, ...scopeColumns(after) }])).get(
    scopeId,
  )
  if (!stored) throw new Error('General scope configuration missing')
  const actorName = DEMO_USERS.find((u) => u.role === 'admin' && u.org === 'tienda-aurora')?.name ?? 'Demo'
  await tx.insert(auditLog).values({
    organizationId,
    at,
    actorName,
    departmentId: null,
    scopeName: 'General',
    action: 'settings.update',
    changes: diffSettings({ usesGeneral: false, config: before }, { usesGeneral: false, config: stored }),
    newVersion: updated.version,
  })
  await tx.insert(scopeVersion).values({
    organizationId,
    departmentId: null,
    version: updated.version,
    usesGeneral: false,
    hasOwnConfig: true,
    config: stored,
    savedByName: actorName,
    savedAt: at,
  })
  return stored
}

async function insertOrganization(
  tx: Db,
  data: SeedOrganization,
  { now, history }: { now: Date; history: boolean },
): Promise<void> {
  const { org } = data
  await tx
    .insert(organization)
    .values({ id: org.id, name: org.name, slug: org.slug, country: org.country, timeZone: org.timeZone })

  const saves = history ? (data.generalHistory ?? []) : []
  const first = saves[0]?.config ?? data.general
  const [general] = await tx
    .insert(scopeSettings)
    .values({
      organizationId: org.id,
      departmentId: null,
      usesGeneral: false,
      hasOwnConfig: true,
      ...scopeColumns(first),
      ...(saves[0] && { updatedAt: new Date(now.getTime() - saves[0].daysAgo * DAY_MS) }),
    })
    .returning({ id: scopeSettings.id })
  if (!general) throw new Error('General scope insert returned no row')
  await replaceScopeChildren(tx, org.id, general.id, first)
  // Each later history entry, then today's configuration, is one more save.
  let previous = first
  for (let i = 1; i <= saves.length; i++) {
    const next = saves[i]
    const at = next ? new Date(now.getTime() - next.daysAgo * DAY_MS) : now
    previous = await seedSave(tx, org.id, general.id, previous, next?.config ?? data.general, at)
  }

  for (const [position, dep] of data.departments.entries()) {
    await tx.insert(department).values({
      id: dep.id,
      organizationId: org.id,
      name: dep.name,
      nameKey: departmentNameKey(dep.name),
      position,
    })
    const [scope] = await tx
      .insert(scopeSettings)
      .values({
        organizationId: org.id,
        departmentId: dep.id,
        usesGeneral: dep.usesGeneral,
        hasOwnConfig: !dep.usesGeneral,
        ...scopeColumns(dep.config),
      })
      .returning({ id: scopeSettings.id })
    if (!scope) throw new Error('department scope insert returned no row')
    await replaceScopeChildren(tx, org.id, scope.id, dep.config)
  }

  const demoKey = org.id === DEMO_ORGANIZATIONS.aurora.id ? DEMO_API_KEYS.aurora : DEMO_API_KEYS.montana
  await tx.insert(apiKey).values({
    organizationId: org.id,
    name: demoKey.name,
    prefix: apiKeyPrefix(demoKey.secret),
    secretHash: hashApiKeySecret(demoKey.secret),
    permissions: [...API_KEY_PERMISSIONS],
    createdByName: 'Demo',
  })

  for (const seedAgent of data.agents) {
    const [created] = await tx
      .insert(agent)
      .values({
        organizationId: org.id,
        name: seedAgent.name,
        email: seedAgent.email,
        presence: seedAgent.presence,
      })
      .returning({ id: agent.id })
    if (!created) throw new Error('agent insert returned no row')
    await tx.insert(agentDepartment).values(
      seedAgent.departments.map((departmentId) => ({
        organizationId: org.id,
        agentId: created.id,
        departmentId,
      })),
    )
  }
}

export type SeedResult = { created: string[]; skipped: string[] }

/**
 * Creates the demo organizations that do not exist yet (matched by id or slug), each in its own transaction.
 * Idempotent: a second run creates nothing. `now` picks the holiday years (rest of this year + next year).
 * `history`: General of Tienda Aurora gets a few earlier saved versions (audited, with snapshots) — the demo's
 * Historial de cambios; tests leave it off so General starts at version 1.
 */
export async function seedDemo(
  db: Db,
  { now, history = false }: { now: Date; history?: boolean },
): Promise<SeedResult> {
  const result: SeedResult = { created: [], skipped: [] }
  for (const data of [auroraData(now), montanaData(now)]) {
    const created = await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: organization.id })
        .from(organization)
        .where(or(eq(organization.id, data.org.id), eq(organization.slug, data.org.slug)))
      if (existing) return false
      await insertOrganization(tx, data, { now, history })
      return true
    })
    result[created ? 'created' : 'skipped'].push(data.org.slug)
  }
  return result
}

/** True when no organization exists yet (a fresh database). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: organization.id }).from(organization).limit(1)
  return !row
}

/**
 * Links the demo agents to the demo users by e-mail, once the auth seed has created the users and their `member`
 * rows. Returns the number of agents linked. Idempotent.
 */
export async function linkDemoAgents(db: Db): Promise<number> {
  const orgIds = Object.values(DEMO_ORGANIZATIONS).map((org) => org.id)
  // Raw SQL with explicit aliases: the correlated subquery must not confuse agent's and member's organization_id.
  const matchingUser = sql`(select m.user_id from ${member} m join ${user} u on u.id = m.user_id
    where m.organization_id = ${agent}.organization_id and lower(u.email) = lower(${agent}.email) limit 1)`
  const linked = await db
    .update(agent)
    .set({ userId: matchingUser })
    .where(and(isNull(agent.userId), inArray(agent.organizationId, orgIds), sql`${matchingUser} is not null`))
    .returning({ id: agent.id })
  return linked.length
}

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
  scopeSettings,
  user,
  type Presence,
} from './schema'
import { replaceScopeChildren, scopeColumns } from './schedule-rows'
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

type SeedOrganization = {
  org: (typeof DEMO_ORGANIZATIONS)[keyof typeof DEMO_ORGANIZATIONS]
  general: ScopeConfiguration
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
  return { org, general, departments, agents }
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

async function insertOrganization(tx: Db, data: SeedOrganization): Promise<void> {
  const { org } = data
  await tx
    .insert(organization)
    .values({ id: org.id, name: org.name, slug: org.slug, country: org.country, timeZone: org.timeZone })

  const [general] = await tx
    .insert(scopeSettings)
    .values({
      organizationId: org.id,
      departmentId: null,
      usesGeneral: false,
      hasOwnConfig: true,
      ...scopeColumns(data.general),
    })
    .returning({ id: scopeSettings.id })
  if (!general) throw new Error('General scope insert returned no row')
  await replaceScopeChildren(tx, org.id, general.id, data.general)

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
 */
export async function seedDemo(db: Db, { now }: { now: Date }): Promise<SeedResult> {
  const result: SeedResult = { created: [], skipped: [] }
  for (const data of [auroraData(now), montanaData(now)]) {
    const created = await db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: organization.id })
        .from(organization)
        .where(or(eq(organization.id, data.org.id), eq(organization.slug, data.org.slug)))
      if (existing) return false
      await insertOrganization(tx, data)
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

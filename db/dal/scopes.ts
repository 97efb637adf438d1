import 'server-only'
// Scopes (§3): General + departments, their configuration, optimistic-concurrency saves (§6) and routing inputs (§5).
// Every function takes the organization id and filters by it in SQL.
import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { ScopeLoad } from '@/lib/routing'
import type { Schedule } from '@/lib/schedule/types'
import type { ScopeConfiguration, ScopeSettings } from '@/lib/settings/types'
import { mapSchedules } from '@/lib/settings/map-schedules'
import type { MessageLanguage } from '@/lib/out-of-hours/phrases'
import { diffSettings } from '@/lib/settings/settings-diff'
import type { Db } from '../connection'
import { assistant, auditLog, department, organization, scopeSettings, scopeVersion } from '../schema'
import {
  loadScopeConfigs,
  replaceScopeChildren,
  rowsToSchedule,
  scheduleToRows,
  scopeColumns,
} from '../schedule-rows'
import { defaultGeneralConfig } from '../defaults'
import type { Actor } from './types'
import {
  agentsIn,
  countOnlineAgents,
  countScopeAgents,
  getOnlineCounts,
  type OnlineCounts,
} from './online-agents'

export { countOnlineAgents }

export const GENERAL_SCOPE_NAME = 'General'

export type ScopeSummary = {
  departmentId: string | null
  name: string
  usesGeneral: boolean
  timeZone: string
  /** Effective: for a department that uses General, General's assistant. */
  assistantActive: boolean
  version: number
}

type ScopeRow = {
  id: string
  departmentId: string | null
  departmentName: string | null
  departmentPosition: number | null
  usesGeneral: boolean
  hasOwnConfig: boolean
  timeZone: string
  outOfHoursMessage: string
  outOfHoursLanguage: MessageLanguage
  outOfHoursTranslations: Partial<Record<MessageLanguage, string>>
  priority: ScopeConfiguration['priority']
  version: number
  updatedAt: Date
  updatedBy: string | null
}

const scopeRowColumns = {
  id: scopeSettings.id,
  departmentId: scopeSettings.departmentId,
  departmentName: department.name,
  departmentPosition: department.position,
  usesGeneral: scopeSettings.usesGeneral,
  hasOwnConfig: scopeSettings.hasOwnConfig,
  timeZone: scopeSettings.timeZone,
  outOfHoursMessage: scopeSettings.outOfHoursMessage,
  outOfHoursLanguage: scopeSettings.outOfHoursLanguage,
  outOfHoursTranslations: scopeSettings.outOfHoursTranslations,
  priority: scopeSettings.priority,
  version: scopeSettings.version,
  updatedAt: scopeSettings.updatedAt,
  updatedBy: scopeSettings.updatedBy,
}

function scopeFilter(organizationId: string, departmentId: string | null) {
  return and(
    eq(scopeSettings.organizationId, organizationId),
    departmentId === null ? isNull(scopeSettings.departmentId) : eq(scopeSettings.departmentId, departmentId),
  )
}

function selectScopes(db: Db) {
  return db
    .select(scopeRowColumns)
    .from(scopeSettings)
    .leftJoin(
      department,
      and(
        eq(department.organizationId, scopeSettings.organizationId),
        eq(department.id, scopeSettings.departmentId),
      ),
    )
}

// General first, then departments in their order.
const scopeOrder = [
  sql`${scopeSettings.departmentId} is not null`,
  asc(department.position),
  asc(department.name),
  asc(department.id),
]

function toSettings(row: ScopeRow, config: ScopeConfiguration): ScopeSettings {
  return {
    departmentId: row.departmentId,
    name: row.departmentId === null ? GENERAL_SCOPE_NAME : (row.departmentName ?? ''),
    usesGeneral: row.usesGeneral,
    hasOwnConfig: row.departmentId === null || row.hasOwnConfig,
    version: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    config,
  }
}

async function withConfigs(db: Db, organizationId: string, rows: ScopeRow[]): Promise<ScopeSettings[]> {
  const configs = await loadScopeConfigs(db, organizationId, rows)
  return rows.flatMap((row) => {
    const config = configs.get(row.id)
    return config ? [toSettings(row, config)] : []
  })
}

/**
 * Creates the General scope of an organization if it has none (organizations created by better-auth start without
 * one). Returns false when the organization does not exist. Idempotent and race-safe (partial unique index).
 */
export async function ensureGeneralScope(db: Db, organizationId: string): Promise<boolean> {
  const [org] = await db
    .select({ timeZone: organization.timeZone })
    .from(organization)
    .where(eq(organization.id, organizationId))
  if (!org) return false
  await db.transaction(async (tx) => {
    const config = defaultGeneralConfig(org.timeZone)
    const [created] = await tx
      .insert(scopeSettings)
      .values({
        organizationId,
        departmentId: null,
        usesGeneral: false,
        hasOwnConfig: true,
        ...scopeColumns(config),
      })
      .onConflictDoNothing()
      .returning({ id: scopeSettings.id })
    if (created) await replaceScopeChildren(tx, organizationId, created.id, config)
  })
  return true
}

async function scopeRows(db: Db, organizationId: string): Promise<ScopeRow[]> {
  const rows = await selectScopes(db)
    .where(eq(scopeSettings.organizationId, organizationId))
    .orderBy(...scopeOrder)
  if (rows.some((row) => row.departmentId === null)) return rows
  if (!(await ensureGeneralScope(db, organizationId))) return []
  return selectScopes(db)
    .where(eq(scopeSettings.organizationId, organizationId))
    .orderBy(...scopeOrder)
}

/** General + departments, in order. One query (two the first time an organization is used). */
export async function listScopes(db: Db, organizationId: string): Promise<ScopeSummary[]> {
  const rows = await scopeRows(db, organizationId)
  const ids = rows.map((row) => row.id)
  const assistants = ids.length
    ? await db
        .select({ scopeSettingsId: assistant.scopeSettingsId, active: assistant.active })
        .from(assistant)
        .where(eq(assistant.organizationId, organizationId))
    : []
  const activeByScope = new Map(assistants.map((row) => [row.scopeSettingsId, row.active]))
  const general = rows.find((row) => row.departmentId === null)
  const generalActive = general ? (activeByScope.get(general.id) ?? false) : false
  return rows.map((row) => ({
    departmentId: row.departmentId,
    name: row.departmentId === null ? GENERAL_SCOPE_NAME : (row.departmentName ?? ''),
    usesGeneral: row.usesGeneral,
    timeZone: row.usesGeneral && general ? general.timeZone : row.timeZone,
    assistantActive: row.usesGeneral ? generalActive : (activeByScope.get(row.id) ?? false),
    version: row.version,
  }))
}

/** One scope's settings; null when the department does not exist in this organization. */
export async function getScopeSettings(
  db: Db,
  organizationId: string,
  departmentId: string | null,
): Promise<ScopeSettings | null> {
  let [row] = await selectScopes(db).where(scopeFilter(organizationId, departmentId))
  if (!row && departmentId === null && (await ensureGeneralScope(db, organizationId))) {
    ;[row] = await selectScopes(db).where(scopeFilter(organizationId, null))
  }
  if (!row) return null
  const [settings] = await withConfigs(db, organizationId, [row])
  return settings ?? null
}

/** Every scope of the organization (General first) in five queries, whatever the number of departments. */
export async function getAllScopeSettings(db: Db, organizationId: string): Promise<ScopeSettings[]> {
  return withConfigs(db, organizationId, await scopeRows(db, organizationId))
}

export type RoutingInputs = {
  /** The scope asked for (its own settings; `usesGeneral` tells whether General's apply). */
  scope: ScopeSettings
  /** General's settings, to resolve inheritance (same object as `scope` for General). */
  general: ScopeSettings
  /**
   * Agents online and available in the scope (§5 "Inputs"), with their load: for a department, its agents (whether
   * it uses General's configuration or not, the conversation is for that department's agents); for General, every
   * online agent of the organization.
   */
  agents: ScopeLoad
  /** `agents.online`: how many are connected (shown; §5 decides with `agents`). */
  agentsOnline: number
}

/**
 * The settings come from several queries (scope rows, ranges, special dates, assistants, agents): they run in one
 * REPEATABLE READ transaction, so a page shows one saved version even while someone saves (issue 12 item 4; a
 * plain read once showed save N's message with save N+1's special dates).
 */
export async function getRoutingInputs(
  db: Db,
  organizationId: string,
  departmentId: string | null,
): Promise<RoutingInputs | null> {
  return db.transaction(
    async (transaction) => {
      const tx = transaction as unknown as Db
      const general = await getScopeSettings(tx, organizationId, null)
      if (!general) return null
      const scope = departmentId === null ? general : await getScopeSettings(tx, organizationId, departmentId)
      if (!scope) return null
      const agents = await countScopeAgents(tx, organizationId, departmentId)
      return { scope, general, agents, agentsOnline: agents.online }
    },
    { isolationLevel: 'repeatable read' },
  )
}

/** Routing inputs of every scope (General first) in a handful of queries — for the preview overview. */
export async function getAllRoutingInputs(db: Db, organizationId: string): Promise<RoutingInputs[]> {
  return routingInputsOf(
    await getAllScopeSettings(db, organizationId),
    await getOnlineCounts(db, organizationId),
  )
}

/** Every scope's routing inputs from its settings (General among them) and the online counts; [] without General. */
export function routingInputsOf(all: ScopeSettings[], online: OnlineCounts): RoutingInputs[] {
  const general = all.find((scope) => scope.departmentId === null)
  if (!general) return []
  return all.map((scope) => {
    const agents = agentsIn(online, scope.departmentId)
    return { scope, general, agents, agentsOnline: agents.online }
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Saving (§6): optimistic concurrency on scope_settings.version, all-or-nothing, audited.
// ---------------------------------------------------------------------------------------------------------------

export type SaveScopeInput = {
  expectedVersion: number
  usesGeneral: boolean
  config: ScopeConfiguration
  /** Set when this save restores an earlier version's configuration (audited as 'settings.restore'). */
  restoredFrom?: number
}
/** On success: the scope as it now reads back (normalised, overrides by date), so callers need not re-read it. */
export type SaveScopeResult =
  | { ok: true; version: number; updatedAt: Date; usesGeneral: boolean; config: ScopeConfiguration }
  | { ok: false; reason: 'conflict' | 'not_found' }

/** The configuration exactly as it will read back (normalised times, overrides by date, assistant in the scope zone). */
function normalise(config: ScopeConfiguration): ScopeConfiguration {
  const roundTrip = (schedule: Schedule, timeZone: string) =>
    rowsToSchedule(timeZone, scheduleToRows('', '', 'business', schedule))
  const timeZone = config.business.timeZone
  return mapSchedules(config, (schedule) => roundTrip(schedule, timeZone))
}

/**
 * Saves one scope in ONE transaction: bumps the version only if it still is `expectedVersion` (else 'conflict' and
 * nothing is written), replaces the ranges/overrides/assistant, and appends one audit entry and one version snapshot
 * (scope_version: the configuration as stored after the save; a restore passes `restoredFrom`). For General,
 * `usesGeneral` is always stored as false. Input is expected to be validated (zod in the server action); the
 * database constraints still reject garbage, in which case this throws and nothing is written.
 *
 * Switching a department to General (§3) never touches its own configuration: `input.config` is ignored, the
 * stored one stays as it is (inactive) and is what "Configuración propia" brings back. Only a save with its own
 * configuration writes one (and marks the department as having one).
 */
export async function saveScopeSettings(
  db: Db,
  organizationId: string,
  departmentId: string | null,
  input: SaveScopeInput,
  actor: Actor,
): Promise<SaveScopeResult> {
  return db.transaction(async (tx) => {
    const before = await getScopeSettings(tx, organizationId, departmentId)
    if (!before) return { ok: false, reason: 'not_found' } as const
    if (before.version !== input.expectedVersion) return { ok: false, reason: 'conflict' } as const

    const usesGeneral = departmentId === null ? false : input.usesGeneral
    const config = usesGeneral ? before.config : normalise(input.config)
    // The version check happens here, under the row lock: a concurrent save that committed since our read makes
    // this match 0 rows.
    const [updated] = await tx
      .update(scopeSettings)
      .set({
        usesGeneral,
        ...(usesGeneral ? {} : { ...scopeColumns(config), hasOwnConfig: true }),
        version: sql`${scopeSettings.version} + 1`,
        updatedAt: sql`now()`,
        updatedBy: actor.userId,
      })
      .where(and(scopeFilter(organizationId, departmentId), eq(scopeSettings.version, input.expectedVersion)))
      .returning({ id: scopeSettings.id, version: scopeSettings.version, updatedAt: scopeSettings.updatedAt })
    if (!updated) return { ok: false, reason: 'conflict' } as const

    if (!usesGeneral) await replaceScopeChildren(tx, organizationId, updated.id, config)
    const restoredFrom = input.restoredFrom ?? null
    await tx.insert(auditLog).values({
      organizationId,
      actorUserId: actor.userId,
      actorName: actor.name,
      departmentId,
      scopeName: before.name,
      action: restoredFrom === null ? 'settings.update' : 'settings.restore',
      changes: diffSettings(before, { usesGeneral, config }),
      newVersion: updated.version,
      restoredVersion: restoredFrom,
    })
    // The complete configuration this save leaves stored, in the same transaction (issue 16 item 1): the history
    // can show and restore any version saved from now on.
    await tx.insert(scopeVersion).values({
      organizationId,
      departmentId,
      version: updated.version,
      usesGeneral,
      hasOwnConfig: usesGeneral ? before.hasOwnConfig : true,
      config: usesGeneral ? before.config : config,
      restoredFrom,
      savedByUserId: actor.userId,
      savedByName: actor.name,
      savedAt: updated.updatedAt,
    })
    return { ok: true, version: updated.version, updatedAt: updated.updatedAt, usesGeneral, config } as const
  })
}

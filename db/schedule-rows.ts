// Mapping between the domain model (lib/schedule, lib/settings) and the schedule rows, plus the writer/loader of a
// scope's configuration. No 'server-only' here: the seed (run by scripts) writes configurations through it.
//
// A time of day is stored as wall-clock minutes (0..1440) next to the scope's IANA zone, never as a timestamp.
import { and, asc, eq, inArray } from 'drizzle-orm'
import type { DateOverride, Schedule } from '@/lib/schedule/types'
import { emptyWeek } from '@/lib/schedule/constructors'
import { formatMinutes, parseClockDigits } from '@/lib/schedule/time'
import { WEEKDAYS } from '@/lib/schedule/types'
import type { AssistantSettings, ScopeConfiguration } from '@/lib/settings/types'
import { canonicalMessages } from '@/lib/out-of-hours/canonical'
import type { MessageLanguage } from '@/lib/out-of-hours/phrases'
import type { Db } from './connection'
import {
  assistant,
  scheduleOverride,
  scheduleOverrideRange,
  scheduleRange,
  type ScheduleKind,
} from './schema'

/** "HH:MM" → the stored minute; the database's CHECK constraints judge the range (see parseClockDigits). */
function storedMinute(time: string): number {
  const minute = parseClockDigits(time)
  if (minute === null) throw new Error(`Invalid time of day "${time}" (expected HH:MM)`)
  return minute
}

type RangeRow = typeof scheduleRange.$inferSelect
type OverrideRow = typeof scheduleOverride.$inferSelect
type OverrideRangeRow = typeof scheduleOverrideRange.$inferSelect
type AssistantRow = typeof assistant.$inferSelect

export type ScheduleRows = {
  ranges: RangeRow[]
  overrides: OverrideRow[]
  overrideRanges: OverrideRangeRow[]
}

export function scheduleToRows(
  organizationId: string,
  scopeSettingsId: string,
  kind: ScheduleKind,
  schedule: Schedule,
): ScheduleRows {
  const ranges = WEEKDAYS.flatMap((day) =>
    (schedule.weekly[day] ?? []).map((range, position) => ({
      organizationId,
      scopeSettingsId,
      kind,
      weekday: WEEKDAYS.indexOf(day),
      position,
      startMinute: storedMinute(range.start),
      endMinute: storedMinute(range.end),
    })),
  )
  const overrides: OverrideRow[] = []
  const overrideRanges: OverrideRangeRow[] = []
  for (const override of schedule.overrides) {
    const id = crypto.randomUUID()
    overrides.push({
      id,
      organizationId,
      scopeSettingsId,
      kind,
      date: override.date,
      label: override.label ?? null,
    })
    override.ranges.forEach((range, position) =>
      overrideRanges.push({
        organizationId,
        overrideId: id,
        position,
        startMinute: storedMinute(range.start),
        endMinute: storedMinute(range.end),
      }),
    )
  }
  return { ranges, overrides, overrideRanges }
}

/** Builds a Schedule from the rows of ONE scope and kind (rows of other scopes/kinds must be filtered out first). */
export function rowsToSchedule(timeZone: string, rows: ScheduleRows): Schedule {
  const weekly = emptyWeek()
  const sortedRanges = [...rows.ranges].sort((a, b) => a.weekday - b.weekday || a.position - b.position)
  for (const row of sortedRanges) {
    const day = WEEKDAYS[row.weekday]
    if (!day) continue
    weekly[day].push({ start: formatMinutes(row.startMinute), end: formatMinutes(row.endMinute) })
  }

  const rangesByOverride = new Map<string, OverrideRangeRow[]>()
  for (const row of rows.overrideRanges) {
    const list = rangesByOverride.get(row.overrideId) ?? []
    list.push(row)
    rangesByOverride.set(row.overrideId, list)
  }
  const overrides: DateOverride[] = [...rows.overrides]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((row) => {
      const ranges = (rangesByOverride.get(row.id) ?? [])
        .sort((a, b) => a.position - b.position)
        .map((range) => ({
          start: formatMinutes(range.startMinute),
          end: formatMinutes(range.endMinute),
        }))
      return row.label === null ? { date: row.date, ranges } : { date: row.date, ranges, label: row.label }
    })
  return { timeZone, weekly, overrides }
}

/** The scope-level columns of a configuration (the rest lives in child rows). */
export type ScopeColumns = {
  timeZone: string
  outOfHoursMessage: string
  outOfHoursLanguage: MessageLanguage
  outOfHoursTranslations: Partial<Record<MessageLanguage, string>>
  priority: ScopeConfiguration['priority']
}

export function scopeColumns(config: ScopeConfiguration): ScopeColumns {
  return {
    timeZone: config.business.timeZone,
    outOfHoursMessage: config.outOfHoursMessage,
    outOfHoursLanguage: config.outOfHoursLanguage ?? 'es',
    outOfHoursTranslations: canonicalMessages(config).outOfHoursTranslations ?? {},
    priority: config.priority,
  }
}

/**
 * Replaces the child rows (ranges, overrides, assistant) of one scope. Run it inside the transaction that also
 * updates the scope_settings row: a failure part-way leaves the previous rows intact.
 */
export async function replaceScopeChildren(
  tx: Db,
  organizationId: string,
  scopeSettingsId: string,
  config: ScopeConfiguration,
): Promise<void> {
  const ofScope = (table: typeof scheduleRange | typeof scheduleOverride | typeof assistant) =>
    and(eq(table.organizationId, organizationId), eq(table.scopeSettingsId, scopeSettingsId))
  // Override ranges go with their override (ON DELETE CASCADE).
  await tx.delete(scheduleRange).where(ofScope(scheduleRange))
  await tx.delete(scheduleOverride).where(ofScope(scheduleOverride))
  await tx.delete(assistant).where(ofScope(assistant))

  const business = scheduleToRows(organizationId, scopeSettingsId, 'business', config.business)
  const own = config.assistant?.schedule
  const assistantRows = own
    ? scheduleToRows(organizationId, scopeSettingsId, 'assistant', own)
    : { ranges: [], overrides: [], overrideRanges: [] }

  const ranges = [...business.ranges, ...assistantRows.ranges]
  const overrides = [...business.overrides, ...assistantRows.overrides]
  const overrideRanges = [...business.overrideRanges, ...assistantRows.overrideRanges]
  if (ranges.length) await tx.insert(scheduleRange).values(ranges)
  if (overrides.length) await tx.insert(scheduleOverride).values(overrides)
  if (overrideRanges.length) await tx.insert(scheduleOverrideRange).values(overrideRanges)
  if (config.assistant) {
    await tx.insert(assistant).values({
      organizationId,
      scopeSettingsId,
      name: config.assistant.name,
      active: config.assistant.active,
      alwaysOn: config.assistant.schedule === null,
      followsBusinessOverrides: config.assistant.followsBusinessOverrides === true,
    })
  }
}

export type ScopeRowForConfig = ScopeColumns & { id: string }

/**
 * Loads the configurations of several scopes of one organization in four queries (not one per scope).
 * Returns scope id → configuration.
 */
export async function loadScopeConfigs(
  db: Db,
  organizationId: string,
  scopes: ScopeRowForConfig[],
): Promise<Map<string, ScopeConfiguration>> {
  const result = new Map<string, ScopeConfiguration>()
  if (scopes.length === 0) return result
  const ids = scopes.map((scope) => scope.id)

  // Sequential on purpose: inside a transaction node-postgres has one connection, which must not run queries
  // concurrently.
  const ranges = await db
    .select()
    .from(scheduleRange)
    .where(and(eq(scheduleRange.organizationId, organizationId), inArray(scheduleRange.scopeSettingsId, ids)))
  const overrides = await db
    .select()
    .from(scheduleOverride)
    .where(
      and(
        eq(scheduleOverride.organizationId, organizationId),
        inArray(scheduleOverride.scopeSettingsId, ids),
      ),
    )
  const overrideRanges = await db
    .select({
      organizationId: scheduleOverrideRange.organizationId,
      overrideId: scheduleOverrideRange.overrideId,
      position: scheduleOverrideRange.position,
      startMinute: scheduleOverrideRange.startMinute,
      endMinute: scheduleOverrideRange.endMinute,
    })
    .from(scheduleOverrideRange)
    .innerJoin(
      scheduleOverride,
      and(
        eq(scheduleOverride.organizationId, scheduleOverrideRange.organizationId),
        eq(scheduleOverride.id, scheduleOverrideRange.overrideId),
      ),
    )
    .where(
      and(
        eq(scheduleOverrideRange.organizationId, organizationId),
        inArray(scheduleOverride.scopeSettingsId, ids),
      ),
    )
    .orderBy(asc(scheduleOverrideRange.overrideId), asc(scheduleOverrideRange.position))
  const assistants = await db
    .select()
    .from(assistant)
    .where(and(eq(assistant.organizationId, organizationId), inArray(assistant.scopeSettingsId, ids)))

  // Group once (O(rows)) instead of filtering per scope: the overview loads 50+ scopes at once.
  const groups = new Map<string, ScheduleRows>()
  const group = (scopeId: string, kind: ScheduleKind): ScheduleRows => {
    const key = `${scopeId}|${kind}`
    let rows = groups.get(key)
    if (!rows) {
      rows = { ranges: [], overrides: [], overrideRanges: [] }
      groups.set(key, rows)
    }
    return rows
  }
  for (const row of ranges) group(row.scopeSettingsId, row.kind).ranges.push(row)
  const overrideById = new Map<string, OverrideRow>()
  for (const row of overrides) {
    overrideById.set(row.id, row)
    group(row.scopeSettingsId, row.kind).overrides.push(row)
  }
  for (const row of overrideRanges) {
    const parent = overrideById.get(row.overrideId)
    if (parent) group(parent.scopeSettingsId, parent.kind).overrideRanges.push(row)
  }
  const pick = (scopeId: string, kind: ScheduleKind) => group(scopeId, kind)
  const assistantByScope = new Map<string, AssistantRow>(assistants.map((row) => [row.scopeSettingsId, row]))

  for (const scope of scopes) {
    const assistantRow = assistantByScope.get(scope.id)
    const assistantSettings: AssistantSettings | null = assistantRow
      ? {
          name: assistantRow.name,
          active: assistantRow.active,
          followsBusinessOverrides: assistantRow.followsBusinessOverrides,
          // The assistant's own hours are evaluated in the scope's zone (§3).
          schedule: assistantRow.alwaysOn
            ? null
            : rowsToSchedule(scope.timeZone, pick(scope.id, 'assistant')),
        }
      : null
    result.set(scope.id, {
      business: rowsToSchedule(scope.timeZone, pick(scope.id, 'business')),
      outOfHoursMessage: scope.outOfHoursMessage,
      ...canonicalMessages({
        outOfHoursMessage: scope.outOfHoursMessage,
        outOfHoursLanguage: scope.outOfHoursLanguage,
        outOfHoursTranslations: scope.outOfHoursTranslations,
      }),
      priority: scope.priority,
      assistant: assistantSettings,
    })
  }
  return result
}

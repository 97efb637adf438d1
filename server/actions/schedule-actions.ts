'use server'
// docs/behaviour.md §6 / §7 — saving a scope's Horarios, reading a scope to copy from, and previewing a country's public
// holidays.
//
// saveScheduleAction: authorize (organization ALWAYS from the session) → parse the payload with the same schema
// the form uses → saveScopeSettings (one transaction, version check, audit row) → a small typed result. A staff
// member or a signed-out caller gets a refusal before anything is read; a department id of another organization
// is simply not found (the DAL filters by the session's organization).
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import type { AppLocale } from '@/i18n/config'
import { getScopeSettings, saveScopeSettings } from '@/db/queries'
import { defineAction } from '@/server/action-client'
import { requestLocale } from '@/server/request-locale'
import type { Viewer } from '@/server/session'
import { scopeSettingsSchemaFor } from '@/server/scope-settings-schemas'
import type { ScopeConfiguration } from '@/lib/settings/types'
import { DepartmentIdSchema, VersionSchema } from '@/lib/settings/scope-target'
import {
  isHolidayCountry,
  MAX_HOLIDAY_YEAR,
  MIN_HOLIDAY_YEAR,
  type HolidayPreview,
} from '@/lib/holidays/countries'
import { publicHolidays } from '@/lib/holidays/calendar'

/** Which scope and which version the edit started from. Ids are opaque (seeded slugs or UUIDs). */
const TargetSchema = z.strictObject({ departmentId: DepartmentIdSchema, expectedVersion: VersionSchema })

/** What a successful save answers: the scope exactly as stored (normalised, overrides by date), for the form's reset. */
export type SavedScope = {
  version: number
  updatedAt: string
  usesGeneral: boolean
  config: ScopeConfiguration
}

/** The target is checked first, then the settings with the same (localized) schema the form uses. */
async function saveSchema(viewer: Viewer) {
  const settings = scopeSettingsSchemaFor(await requestLocale(), viewer.organizationName)
  return z.unknown().transform((args, ctx) => {
    const [target, values] = args as [unknown, unknown]
    const parsedTarget = TargetSchema.safeParse(target)
    if (!parsedTarget.success) {
      ctx.addIssue({ code: 'custom', message: 'invalid target', path: [] })
      return z.NEVER
    }
    const parsed = settings.safeParse(values)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom' } as never)
      return z.NEVER
    }
    return { target: parsedTarget.data, settings: parsed.data }
  })
}

export const saveScheduleAction = defineAction<
  Awaited<ReturnType<typeof saveSchema>>,
  SavedScope,
  [target: unknown, values: unknown]
>({
  permission: { settings: ['update'] },
  schema: saveSchema,
  input: (target, values) => [target, values],
  run: async ({ target, settings }, viewer) => {
    const result = await saveScopeSettings(
      viewer.organizationId,
      target.departmentId,
      { expectedVersion: target.expectedVersion, usesGeneral: settings.usesGeneral, config: settings.config },
      { userId: viewer.userId, name: viewer.name },
    )
    if (!result.ok) return { ok: false, error: result.reason }
    // Every Horarios page (General feeds the departments that use it) and the preview read what was just saved.
    revalidatePath('/settings/schedules', 'layout')
    revalidatePath('/preview')
    const { version, updatedAt, usesGeneral, config } = result
    return { ok: true, data: { version, updatedAt: updatedAt.toISOString(), usesGeneral, config } }
  },
})

const CopySourceSchema = z.strictObject({ departmentId: TargetSchema.shape.departmentId })

/**
 * Issue 16 item 3 — "Copiar de…": the configuration a department's editor copies sections from (another department
 * or General, null), read inside the viewer's organization only (another organization's id is not found). A source
 * that uses General routes with General's configuration (docs/behaviour.md §3), so that is what it gives.
 */
export const copySourceAction = defineAction<
  typeof CopySourceSchema,
  ScopeConfiguration,
  [departmentId: unknown]
>({
  permission: { settings: ['update'] },
  schema: CopySourceSchema,
  input: (departmentId) => ({ departmentId }),
  run: async ({ departmentId }, viewer) => {
    const source = await getScopeSettings(viewer.organizationId, departmentId)
    if (!source) return { ok: false, error: 'not_found' }
    if (!source.usesGeneral) return { ok: true, data: source.config }
    const general = await getScopeSettings(viewer.organizationId, null)
    return general ? { ok: true, data: general.config } : { ok: false, error: 'not_found' }
  },
})

const HolidayRequestSchema = z.strictObject({
  country: z.string().refine(isHolidayCountry),
  year: z.number().int().min(MIN_HOLIDAY_YEAR).max(MAX_HOLIDAY_YEAR),
})

const HOLIDAY_LANGUAGE: Record<AppLocale, string> = { es: 'es', en: 'en', 'pt-BR': 'pt' }

/**
 * A country's public holidays in a year, for the import preview ([{date, name}], by date; two holidays on one date
 * become one entry). Runs on the server so the holiday data (large) never reaches the browser.
 */
export const previewHolidaysAction = defineAction<
  typeof HolidayRequestSchema,
  HolidayPreview[],
  [country: unknown, year: unknown]
>({
  permission: { settings: ['update'] },
  schema: HolidayRequestSchema,
  input: (country, year) => ({ country, year }),
  run: async ({ country, year }) => {
    const locale = await requestLocale()
    return { ok: true, data: publicHolidays(country, year, [HOLIDAY_LANGUAGE[locale], 'en']) }
  },
})
